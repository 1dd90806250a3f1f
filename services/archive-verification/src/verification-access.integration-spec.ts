import { Role, type AuthUser } from '@points/auth';
import { PiiCipher } from '@points/crypto';
import {
  deliverEvent,
  errorCodes,
  eventually,
  startSubgraphTestApp,
  type SubgraphTestApp,
} from '@points/testing';
import { acceptedEvent, residentIdOf } from '../test-support/fixtures';
import { AppModule } from './app.module';
import { MIGRATIONS } from './migrations';

const S = 'archive_verification';
const HRSS: AuthUser = { sub: 'hrss', role: Role.HRSS_ADMIN };
const XUHUI: AuthUser = { sub: 'o-xh', role: Role.CENTRE_OFFICER, district: 'XUHUI' };
const XUHUI_SUPERVISOR: AuthUser = { sub: 's-xh', role: Role.CENTRE_SUPERVISOR, district: 'XUHUI' };
const PUDONG: AuthUser = { sub: 'o-pd', role: Role.CENTRE_OFFICER, district: 'PUDONG' };
const VERIFIER: AuthUser = { sub: 'v', role: Role.CITY_VERIFIER };
const HR: AuthUser = {
  sub: 'hr',
  role: Role.EMPLOYER_HR,
  employerId: '11111111-1111-4111-8111-111111111111',
};
const APPLICANT: AuthUser = {
  sub: 'a',
  role: Role.APPLICANT,
  applicantId: '22222222-2222-4222-8222-222222222222',
};

interface Task {
  id: string;
  kind: string;
  district: string;
  status: string;
  version: number;
}

const TASKS = `query($filter: VerificationTaskFilter, $first: Int, $after: String) {
  verificationTasks(filter: $filter, first: $first, after: $after) {
    items { id kind district status version caseId } endCursor hasNextPage
  }
}`;
const TASK = `query($id: ID!) { verificationTask(id: $id) { id kind status version } }`;
const COMPLETE = `mutation($input: CompleteVerificationTaskInput!) {
  completeVerificationTask(input: $input) { id status note version completedManually }
}`;
const ARRIVAL = `mutation($input: RecordArchiveArrivalInput!) { recordArchiveArrival(input: $input) { id status } }`;
const CASE = `query($id: ID!) { verificationCase(id: $id) { id district } }`;
const CASE_OF_APPLICATION = `query($id: ID!) { verificationCaseOfApplication(applicationId: $id) { id } }`;
const RETURNED = `mutation($input: RecordCertificatesReturnedInput!) {
  recordCertificatesReturned(input: $input) { id certificatesReturnedOn }
}`;

// Real PostgreSQL, Redis and worker processes on a shared machine: generous, not tight.
jest.setTimeout(30_000);

describe('archive-verification: who may see and do what', () => {
  let t: SubgraphTestApp;
  let xuhuiCase: { id: string; applicationId: string; version: number };
  let pudongCaseId: string;
  let xuhuiTasks: Task[];

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'archive-verification',
      createModule: (config) => AppModule.forRoot(config, { dispatchIntervalMs: 60_000 }),
      migrations: MIGRATIONS,
    });
    const cipher = t.app.get(PiiCipher);
    const overseasMaster = {
      level: 'MASTER',
      school: 'Example University',
      major: null,
      graduationDate: '2015-06-30',
      fullTime: true,
      overseas: true,
      certificateNo: null,
    };
    const xuhui = acceptedEvent(cipher, residentIdOf(201), {
      claimedProfile: { education: 'MASTER' },
      educationHistory: [overseasMaster],
    });
    const pudong = acceptedEvent(cipher, residentIdOf(202), {
      district: 'PUDONG',
      archiveHolder: '浦东新区人才服务中心',
      claimedProfile: { education: 'BACHELOR' },
      educationHistory: [{ ...overseasMaster, level: 'BACHELOR', overseas: false }],
    });
    await deliverEvent(t, 'archive-verification', xuhui);
    await deliverEvent(t, 'archive-verification', pudong);
    const ids = await eventually(async () => {
      const rows: Array<{ id: string; application_id: string; district: string; version: number }> =
        await t.dataSource.query(`SELECT id, application_id, district, version FROM ${S}.verification_case`);
      return rows.length === 2 ? rows : undefined;
    });
    const x = ids.find((r) => r.district === 'XUHUI')!;
    xuhuiCase = { id: x.id, applicationId: x.application_id, version: x.version };
    pudongCaseId = ids.find((r) => r.district === 'PUDONG')!.id;
    xuhuiTasks = await t.dataSource.query(
      `SELECT id, kind, district, status, version FROM ${S}.verification_task WHERE case_id = $1 ORDER BY ordinal`,
      [xuhuiCase.id],
    );
  }, 60_000);
  afterAll(() => t.close());

  const taskOf = (kind: string): Task => xuhuiTasks.find((x) => x.kind === kind)!;
  const list = async (as: AuthUser, variables: Record<string, unknown> = {}) => {
    const res = await t.gql<{
      verificationTasks: { items: Task[]; endCursor: string | null; hasNextPage: boolean };
    }>(TASKS, { as, variables: { first: 100, ...variables } });
    expect(res.errors).toBeUndefined();
    return res.data!.verificationTasks;
  };

  it('lists to each role only its tasks: verifiers the education of all districts, officers the rest of theirs', async () => {
    const officer = await list(XUHUI);
    expect(officer.items.length).toBe(xuhuiTasks.length - 1);
    expect(officer.items.every((i) => i.district === 'XUHUI' && i.kind !== 'EDUCATION')).toBe(true);
    const verifier = await list(VERIFIER);
    expect(verifier.items.map((i) => `${i.district}:${i.kind}`).sort()).toEqual([
      'PUDONG:EDUCATION',
      'XUHUI:EDUCATION',
    ]);
    const all = await list(HRSS);
    expect(all.items.filter((i) => i.district === 'XUHUI')).toHaveLength(xuhuiTasks.length);
    expect(all.items.some((i) => i.district === 'PUDONG' && i.kind !== 'EDUCATION')).toBe(true);
    expect((await list(PUDONG)).items.every((i) => i.district === 'PUDONG')).toBe(true);

    expect(errorCodes(await t.gql(TASKS, { as: HR }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(TASKS, { as: APPLICANT }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(TASKS))).toEqual(['UNAUTHENTICATED']);
  });

  it('pages through a task list with a keyset cursor, each task once, in the same order', async () => {
    const everything = await list(HRSS);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: { items: Task[]; endCursor: string | null; hasNextPage: boolean } = await list(HRSS, {
        first: 3,
        after,
      });
      expect(res.items.length).toBeLessThanOrEqual(3);
      seen.push(...res.items.map((i) => i.id));
      if (!res.hasNextPage) break;
      after = res.endCursor;
    }
    expect(seen).toEqual(everything.items.map((i) => i.id));
    const bad = await t.gql(TASKS, { as: HRSS, variables: { first: 0 } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('first');
  });

  it('reads a single task only within scope', async () => {
    const si = taskOf('SOCIAL_INSURANCE');
    expect((await t.gql(TASK, { as: XUHUI, variables: { id: si.id } })).errors).toBeUndefined();
    expect(errorCodes(await t.gql(TASK, { as: PUDONG, variables: { id: si.id } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(TASK, { as: VERIFIER, variables: { id: si.id } }))).toEqual(['NOT_FOUND']);
    const education = taskOf('EDUCATION');
    expect(errorCodes(await t.gql(TASK, { as: XUHUI, variables: { id: education.id } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect((await t.gql(TASK, { as: VERIFIER, variables: { id: education.id } })).errors).toBeUndefined();
  });

  it('lets the district officer complete a NEEDS_MANUAL task once; a stale version is a CONFLICT', async () => {
    const si = taskOf('SOCIAL_INSURANCE');
    await t.dataSource.query(
      `UPDATE ${S}.verification_task SET status = 'NEEDS_MANUAL', reason = 'registry down', version = version + 1 WHERE id = $1`,
      [si.id],
    );
    const version = si.version + 1;
    const input = { taskId: si.id, version, result: 'PASSED', note: '窗口核对社保缴费记录' };
    expect(errorCodes(await t.gql(COMPLETE, { as: PUDONG, variables: { input } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(COMPLETE, { as: VERIFIER, variables: { input } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(COMPLETE, { as: HR, variables: { input } }))).toEqual(['FORBIDDEN']);
    const blank = await t.gql(COMPLETE, { as: XUHUI, variables: { input: { ...input, note: '  ' } } });
    expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ field: 'input.note', rule: 'LENGTH' });
    const forgedPass = await t.gql(COMPLETE, {
      as: XUHUI,
      variables: { input: { ...input, forgedMaterial: true } },
    });
    expect(forgedPass.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.forgedMaterial',
    });

    const done = await t.gql<{ completeVerificationTask: Record<string, unknown> }>(COMPLETE, {
      as: XUHUI,
      variables: { input },
    });
    expect(done.data?.completeVerificationTask).toMatchObject({
      status: 'PASSED',
      note: '窗口核对社保缴费记录',
      completedManually: true,
      version: version + 1,
    });
    // The supervisor acted on the same screen at the same time: their write loses.
    const late = await t.gql(COMPLETE, {
      as: XUHUI_SUPERVISOR,
      variables: { input: { ...input, result: 'FAILED' } },
    });
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    // Completed is final, whatever the version.
    const again = await t.gql(COMPLETE, {
      as: XUHUI,
      variables: { input: { ...input, version: version + 1 } },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'TASK_STATE' });
  });

  it('refuses to hand-complete a task the registries are still working on', async () => {
    const tax = taskOf('TAX');
    const res = await t.gql(COMPLETE, {
      as: XUHUI,
      variables: { input: { taskId: tax.id, version: tax.version, result: 'PASSED', note: 'x' } },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.taskId',
      rule: 'TASK_STATE',
    });
  });

  it('lets the city verifier complete a manual-only (overseas) diploma with the level established', async () => {
    const education = taskOf('EDUCATION');
    const input = {
      taskId: education.id,
      version: education.version,
      result: 'PASSED',
      note: '留学服务中心认证书核对',
    };
    const wrongLevel = await t.gql(COMPLETE, {
      as: VERIFIER,
      variables: { input: { ...input, verifiedLevel: 'PHD' } },
    });
    expect(wrongLevel.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.verifiedLevel',
    });
    expect(errorCodes(await t.gql(COMPLETE, { as: XUHUI, variables: { input } }))).toEqual(['NOT_FOUND']);
    const done = await t.gql<{ completeVerificationTask: { status: string } }>(COMPLETE, {
      as: VERIFIER,
      variables: { input: { ...input, verifiedLevel: 'MASTER' } },
    });
    expect(done.data?.completeVerificationTask.status).toBe('PASSED');
    const facts: Array<{ facts: Record<string, unknown> }> = await t.dataSource.query(
      `SELECT facts FROM ${S}.verification_task WHERE id = $1`,
      [education.id],
    );
    expect(facts[0]?.facts).toMatchObject({ level: 'MASTER' });
  });

  it('records the archive arrival only for the district, for a requested archive, on a real date', async () => {
    const archive = taskOf('ARCHIVE_RETRIEVAL');
    const input = { taskId: archive.id, version: archive.version, receivedOn: '2024-04-01', note: '档案到' };
    expect(errorCodes(await t.gql(ARRIVAL, { as: VERIFIER, variables: { input } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(ARRIVAL, { as: PUDONG, variables: { input } }))).toEqual(['NOT_FOUND']);
    const notRequested = await t.gql(ARRIVAL, { as: XUHUI, variables: { input } });
    expect(notRequested.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'TASK_STATE',
    });
    const badDate = await t.gql(ARRIVAL, {
      as: XUHUI,
      variables: { input: { ...input, receivedOn: '2024-02-30' } },
    });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.receivedOn',
    });
  });

  it('shows a case to its district, the city verifiers and HRSS; not to another district', async () => {
    expect((await t.gql(CASE, { as: XUHUI, variables: { id: xuhuiCase.id } })).errors).toBeUndefined();
    expect((await t.gql(CASE, { as: VERIFIER, variables: { id: pudongCaseId } })).errors).toBeUndefined();
    expect(errorCodes(await t.gql(CASE, { as: PUDONG, variables: { id: xuhuiCase.id } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await t.gql(CASE, { as: APPLICANT, variables: { id: xuhuiCase.id } }))).toEqual([
      'FORBIDDEN',
    ]);
    const byApplication = await t.gql<{ verificationCaseOfApplication: { id: string } }>(
      CASE_OF_APPLICATION,
      {
        as: XUHUI,
        variables: { id: xuhuiCase.applicationId },
      },
    );
    expect(byApplication.data?.verificationCaseOfApplication.id).toBe(xuhuiCase.id);
    expect(
      errorCodes(
        await t.gql(CASE_OF_APPLICATION, { as: PUDONG, variables: { id: xuhuiCase.applicationId } }),
      ),
    ).toEqual(['NOT_FOUND']);
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on VerificationCase { id } } }`;
    const variables = { r: [{ __typename: 'VerificationCase', id: xuhuiCase.id }] };
    expect(errorCodes(await t.gql(entities, { as: PUDONG, variables }))).toEqual(['NOT_FOUND']);
    expect((await t.gql(entities, { as: HRSS, variables })).data).toEqual({
      _entities: [{ id: xuhuiCase.id }],
    });
  });

  it('records the return of the original certificates once, by the district', async () => {
    const input = {
      caseId: xuhuiCase.id,
      version: xuhuiCase.version,
      returnedOn: '2024-04-02',
      note: '原件已退',
    };
    expect(errorCodes(await t.gql(RETURNED, { as: PUDONG, variables: { input } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(RETURNED, { as: VERIFIER, variables: { input } }))).toEqual(['FORBIDDEN']);
    const stale = await t.gql(RETURNED, { as: XUHUI, variables: { input: { ...input, version: 99 } } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const done = await t.gql<{ recordCertificatesReturned: { certificatesReturnedOn: string } }>(RETURNED, {
      as: XUHUI,
      variables: { input },
    });
    expect(done.data?.recordCertificatesReturned.certificatesReturnedOn).toBe('2024-04-02');
    const twice = await t.gql(RETURNED, {
      as: XUHUI,
      variables: { input: { ...input, version: xuhuiCase.version + 1 } },
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'ALREADY_RETURNED' });
  });

  it('keeps the failed set, the simulator seeding and the archive settings to HRSS', async () => {
    expect(errorCodes(await t.gql(`{ failedVerificationJobs { jobId } }`, { as: XUHUI_SUPERVISOR }))).toEqual(
      ['FORBIDDEN'],
    );
    const retry = `mutation($id: ID!) { retryVerificationJob(jobId: $id) { jobId } }`;
    expect(errorCodes(await t.gql(retry, { as: XUHUI, variables: { id: 'task-x' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(retry, { as: HRSS, variables: { id: 'task-nothing' } }))).toEqual([
      'NOT_FOUND',
    ]);

    const seedMutation = `mutation($p: [SeedRegistryPersonInput!]!) { seedRegistryRecords(persons: $p) }`;
    const person = { residentId: residentIdOf(203) };
    expect(errorCodes(await t.gql(seedMutation, { as: XUHUI, variables: { p: [person] } }))).toEqual([
      'FORBIDDEN',
    ]);
    const badId = await t.gql(seedMutation, {
      as: HRSS,
      variables: { p: [{ residentId: '310104199003152220' }] },
    });
    expect(badId.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'persons[0].residentId',
    });

    const settings = `{ districtArchiveSettings { district archiveMode } }`;
    const own = await t.gql<{ districtArchiveSettings: unknown[] }>(settings, { as: PUDONG });
    expect(own.data?.districtArchiveSettings).toEqual([{ district: 'PUDONG', archiveMode: 'TRANSFER' }]);
    expect(
      (await t.gql<{ districtArchiveSettings: unknown[] }>(settings, { as: HRSS })).data
        ?.districtArchiveSettings,
    ).toHaveLength(16);
    const set = `mutation($d: String!, $m: ArchiveRetrievalMode!) { setDistrictArchiveMode(district: $d, mode: $m) { district archiveMode } }`;
    expect(
      errorCodes(await t.gql(set, { as: PUDONG, variables: { d: 'PUDONG', m: 'CHECK_LETTER' } })),
    ).toEqual(['FORBIDDEN']);
    const unknown = await t.gql(set, { as: HRSS, variables: { d: 'NOWHERE', m: 'CHECK_LETTER' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'district' });
    const changed = await t.gql(set, { as: HRSS, variables: { d: 'PUDONG', m: 'CHECK_LETTER' } });
    expect(changed.data).toEqual({
      setDistrictArchiveMode: { district: 'PUDONG', archiveMode: 'CHECK_LETTER' },
    });

    // A PUDONG case opened from now on asks for a check letter.
    const cipher = t.app.get(PiiCipher);
    const later = acceptedEvent(cipher, residentIdOf(204), { district: 'PUDONG' });
    await deliverEvent(t, 'archive-verification', later);
    const mode = await eventually(async () => {
      const rows: Array<{ archive_mode: string }> = await t.dataSource.query(
        `SELECT t.archive_mode FROM ${S}.verification_task t JOIN ${S}.verification_case c ON c.id = t.case_id
          WHERE c.application_id = $1 AND t.kind = 'ARCHIVE_RETRIEVAL'`,
        [later.data.applicationId],
      );
      return rows[0]?.archive_mode;
    });
    expect(mode).toBe('CHECK_LETTER');
  });
});
