import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { Role, type AuthUser } from '@points/auth';
import { BlindIndex, PiiCipher } from '@points/crypto';
import { createRedisConnection } from '@points/db';
import { profileEvidenceSchema } from '@points/scoring-engine';
import { OutboxService } from '@points/subgraph';
import {
  deliverEvent,
  eventually,
  startSubgraphTestApp,
  statementsDuring,
  testEvent,
  type SubgraphTestApp,
} from '@points/testing';
import {
  acceptedEvent,
  EMPLOYER_CREDIT_CODE,
  residentIdOf,
  startTestRegistry,
  type RecordedRequest,
} from '../test-support/fixtures';
import { AppModule } from './app.module';
import { MIGRATIONS } from './migrations';
import { createHttpRegistries } from './registries/http/http-registry.adapter';
import type { Registries } from './registries/registry.types';
import { createRegistrySimulator } from './registries/simulator/registry-simulator';
import { registrySeedSchema } from './registries/simulator/registry-seed.schema';
import { seedRegistryRecords } from './registries/simulator/registry-seeder';
import type { VerificationSettings } from './verification-settings';
import { jobIdOfTask, TaskProcessor } from './verification-tasks/jobs/verify-task.job';
import { TaskQueueService } from './verification-tasks/task-queue.service';
import { startVerificationWorker } from './verification-tasks/task-worker.service';

const S = 'archive_verification';
const SECRET = 'test-registry-secret-0123456789';
const settings: Partial<VerificationSettings> = {
  taskAttempts: 3,
  backoffMs: 100,
  attemptTimeoutMs: 600,
  dispatchIntervalMs: 50,
  lockDurationMs: 1500,
  stalledIntervalMs: 500,
  concurrency: 4,
};
const workerSettings = {
  concurrency: 4,
  attemptTimeoutMs: 600,
  lockDurationMs: 1500,
  stalledIntervalMs: 500,
};
const HRSS: AuthUser = { sub: 'hrss-1', role: Role.HRSS_ADMIN };
const XUHUI_OFFICER: AuthUser = { sub: 'officer-xh', role: Role.CENTRE_OFFICER, district: 'XUHUI' };

interface TaskRow {
  id: string;
  kind: string;
  status: string;
  attempts: number;
  reason: string | null;
  version: number;
  requested_at: Date | null;
}

/** Canned answers of a healthy HTTP registry (one person, one month). */
function healthyAnswer(request: RecordedRequest): { status: number; json: unknown } {
  const json: Record<string, unknown> = {
    '/registry/education/diplomas': {
      diplomas: [
        {
          level: 'BACHELOR_WITH_DEGREE',
          school: '华东示例大学',
          major: null,
          graduationDate: '2012-07-01',
          fullTime: true,
          certificateNo: 'EDU-HTTP-1',
        },
      ],
    },
    '/registry/qualification/certificates': { certificates: [] },
    '/registry/social-insurance/months': {
      months: [{ month: '2023-01', base: 10000, payerCreditCode: EMPLOYER_CREDIT_CODE, backPaid: false }],
    },
    '/registry/tax/months': {
      months: [{ month: '2023-01', taxBase: 10000, payerCreditCode: EMPLOYER_CREDIT_CODE }],
    },
    '/registry/civil-records/search': { records: [] },
    '/registry/archive/requests': { status: 'ANSWERED', reference: 'HTTP-ARCHIVE-1' },
    '/registry/residence-permit/current': {
      permit: { number: 'SH-HTTP-1', issuedOn: '2024-01-05', endorsedOn: null, validUntil: '2025-01-04' },
    },
  };
  return { status: 200, json: json[request.path] ?? {} };
}

// Real PostgreSQL, Redis and worker processes on a shared machine: generous, not tight.
jest.setTimeout(30_000);

describe('archive-verification: from application.accepted to verification.case-completed', () => {
  let t: SubgraphTestApp;
  let cipher: PiiCipher;
  let blindIndex: BlindIndex;
  let outbox: OutboxService;
  let simulator: Registries;

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'archive-verification',
      createModule: (config) => AppModule.forRoot(config, settings),
      migrations: MIGRATIONS,
      // The sweep runs when a test asks (sweepNow), with no grace: the tests decide what is lost.
      config: { redrive: { graceMs: 0, intervalMs: 0 } },
    });
    cipher = t.app.get(PiiCipher);
    blindIndex = t.app.get(BlindIndex);
    outbox = t.app.get(OutboxService);
    simulator = createRegistrySimulator(t.dataSource, blindIndex, { latencyMs: 0, failureRate: 0 });
  }, 60_000);
  afterAll(() => t.close());

  function startWorker(registries: Registries): { close(): Promise<void> } {
    const connection = createRedisConnection(t.redis.url);
    const processor = new TaskProcessor({ dataSource: t.dataSource, cipher, registries, outbox });
    const worker = startVerificationWorker(processor, {
      connection,
      prefix: t.redis.prefix,
      settings: workerSettings,
    });
    return {
      async close() {
        await worker.close();
        await connection.quit();
      },
    };
  }

  const seed = (input: Record<string, unknown>) =>
    seedRegistryRecords(t.dataSource, cipher, blindIndex, [registrySeedSchema.parse(input)]);

  async function openCase(event: ReturnType<typeof acceptedEvent>): Promise<string> {
    await deliverEvent(t, 'archive-verification', event);
    return eventually(async () => {
      const rows: Array<{ id: string }> = await t.dataSource.query(
        `SELECT id FROM ${S}.verification_case WHERE application_id = $1`,
        [event.data.applicationId],
      );
      return rows[0]?.id;
    });
  }

  const tasksOf = (caseId: string): Promise<TaskRow[]> =>
    t.dataSource.query(
      `SELECT id, kind, status, attempts, reason, version, requested_at FROM ${S}.verification_task
        WHERE case_id = $1 ORDER BY ordinal`,
      [caseId],
    );

  const completedEvents = (
    applicationId: string,
  ): Promise<Array<{ type: string; envelope: { data: unknown } }>> =>
    t.dataSource.query(
      `SELECT type, envelope FROM ${S}.outbox WHERE envelope->'data'->>'applicationId' = $1 ORDER BY created_at`,
      [applicationId],
    );

  it('runs a full case: tasks as jobs, an officer records the archive, the verified profile from registry facts', async () => {
    const residentId = residentIdOf(101, '19880612');
    // Seeded the way the e2e suite would: through the HRSS-only development mutation.
    const seeded = await t.gql<{ seedRegistryRecords: number }>(
      `mutation($persons: [SeedRegistryPersonInput!]!) { seedRegistryRecords(persons: $persons) }`,
      {
        as: HRSS,
        variables: {
          persons: [
            {
              residentId,
              education: [
                {
                  level: 'JUNIOR_COLLEGE',
                  school: '上海示例职业学院',
                  graduationDate: '2009-07-01',
                  certificateNo: 'JC-1',
                },
                {
                  level: 'BACHELOR_WITH_DEGREE',
                  school: '上海示例大学',
                  graduationDate: '2012-07-01',
                  certificateNo: 'BD-1',
                },
              ],
              socialInsurance: [
                { from: '2022-01', to: '2023-02', base: 10000, payerCreditCode: EMPLOYER_CREDIT_CODE },
                {
                  from: '2023-03',
                  to: '2023-03',
                  base: 10000,
                  payerCreditCode: EMPLOYER_CREDIT_CODE,
                  backPaid: true,
                },
                { from: '2023-04', to: '2023-12', base: 10000, payerCreditCode: EMPLOYER_CREDIT_CODE },
              ],
              tax: [
                { from: '2022-01', to: '2023-05', taxBase: 10000, payerCreditCode: EMPLOYER_CREDIT_CODE },
                { from: '2023-06', to: '2023-06', taxBase: 9000, payerCreditCode: EMPLOYER_CREDIT_CODE },
                { from: '2023-07', to: '2023-12', taxBase: 10000, payerCreditCode: EMPLOYER_CREDIT_CODE },
              ],
              civilRecords: [
                { kind: 'MARRIAGE', date: '2016-05-01' },
                { kind: 'HUKOU', date: '2016-05-01', spouseShanghaiHukou: true },
              ],
              residencePermit: {
                number: 'SH31010400101',
                issuedOn: '2023-06-01',
                endorsedOn: null,
                validUntil: '2024-05-31',
              },
            },
          ],
        },
      },
    );
    expect(seeded.data).toEqual({ seedRegistryRecords: 1 });

    const event = acceptedEvent(cipher, residentId, {
      claimedProfile: {
        education: 'BACHELOR_WITH_DEGREE',
        spouseHukouMarriageDate: '2016-05-01',
        // Claimed, but scoring only ever sees the registry's months.
        socialInsurance: [{ from: '2015-01', to: '2023-12', base: 30000 }],
      },
      educationHistory: [
        {
          level: 'JUNIOR_COLLEGE',
          school: '上海示例职业学院',
          major: null,
          graduationDate: '2009-07-01',
          fullTime: true,
          overseas: false,
          certificateNo: 'JC-1',
        },
        {
          level: 'BACHELOR_WITH_DEGREE',
          school: '上海示例大学',
          major: '计算机',
          graduationDate: '2012-07-01',
          fullTime: false,
          overseas: false,
          certificateNo: 'BD-1',
        },
      ],
    });
    const caseId = await openCase(event);
    // Redelivery of the same event and a second acceptance event for the same application.
    await deliverEvent(t, 'archive-verification', event, { jobId: `${event.id}-again` });
    await deliverEvent(
      t,
      'archive-verification',
      acceptedEvent(cipher, residentId, { applicationId: event.data.applicationId }),
    );

    const worker = startWorker(simulator);
    try {
      const tasks = await eventually(async () => {
        const rows = await tasksOf(caseId);
        const archive = rows.find((r) => r.kind === 'ARCHIVE_RETRIEVAL');
        const rest = rows.filter((r) => r.kind !== 'ARCHIVE_RETRIEVAL');
        return archive?.requested_at && rest.every((r) => r.status === 'PASSED') ? rows : undefined;
      });
      expect(tasks.map((r) => r.kind)).toEqual([
        'ARCHIVE_RETRIEVAL',
        'RESIDENCE_PERMIT',
        'EDUCATION',
        'EDUCATION',
        'SOCIAL_INSURANCE',
        'TAX',
        'MARRIAGE',
        'HUKOU',
        'CRIMINAL',
        'DETENTION',
        'FAMILY_PLANNING',
      ]);
      const cases: Array<{ n: number }> = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM ${S}.verification_case WHERE application_id = $1`,
        [event.data.applicationId],
      );
      expect(cases[0]?.n).toBe(1);
      expect(await completedEvents(event.data.applicationId)).toEqual([]);

      // The archive is requested by post (TRANSFER in XUHUI): the officer records its arrival.
      const archive = tasks[0]!;
      expect(archive.status).toBe('IN_PROGRESS');
      const arrived = await t.gql<{ recordArchiveArrival: { status: string; archiveArrivedOn: string } }>(
        `mutation($input: RecordArchiveArrivalInput!) {
           recordArchiveArrival(input: $input) { status archiveArrivedOn }
         }`,
        {
          as: XUHUI_OFFICER,
          variables: {
            input: {
              taskId: archive.id,
              version: archive.version,
              receivedOn: '2024-04-10',
              note: '档案已到, 核对无误',
            },
          },
        },
      );
      expect(arrived.data).toEqual({
        recordArchiveArrival: { status: 'PASSED', archiveArrivedOn: '2024-04-10' },
      });
    } finally {
      await worker.close();
    }

    const events = await completedEvents(event.data.applicationId);
    expect(events.map((e) => e.type)).toEqual(['verification.case-completed']);
    const ok = { backPaid: false, payerMatchesContract: true, baseMatchesTax: true };
    const completed = events[0]?.envelope.data as {
      verifiedProfile: { evidence: Array<{ field: string; kind: string; source: string }> };
    };
    // Every counted fact names its registry; the schema the engine exports accepts it.
    const fields = completed.verifiedProfile.evidence.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'education',
        'socialInsurance',
        'spouseHukouMarriageDate',
        'residencePermitValidUntil',
      ]),
    );
    expect(
      completed.verifiedProfile.evidence.filter((e) => e.field === 'education').map((e) => e.kind),
    ).toEqual(['REGISTRY', 'REGISTRY']);
    expect(profileEvidenceSchema.safeParse(completed.verifiedProfile.evidence).success).toBe(true);
    expect(events[0]?.envelope.data).toEqual({
      caseId,
      applicationId: event.data.applicationId,
      outcome: 'VERIFIED',
      findings: [{ code: 'SOCIAL_INSURANCE_BACK_PAID', note: '1 back-paid month(s) do not count' }],
      verifiedProfile: {
        assessmentDate: '2024-03-20',
        birthDate: '1988-06-12',
        education: 'BACHELOR_WITH_DEGREE',
        qualification: 'NONE',
        qualificationMatchesPosition: false,
        // Each month carries the income it was taxed on: June's 9,000 against a 10,000 base is the
        // engine's 合理对应 judgement, not a mismatch decided here.
        socialInsurance: [
          { from: '2022-01', to: '2023-02', base: 10000, ...ok, incomeTaxBase: 10000 },
          { from: '2023-03', to: '2023-03', base: 10000, ...ok, backPaid: true, incomeTaxBase: 10000 },
          { from: '2023-04', to: '2023-05', base: 10000, ...ok, incomeTaxBase: 10000 },
          { from: '2023-06', to: '2023-06', base: 10000, ...ok, incomeTaxBase: 9000 },
          { from: '2023-07', to: '2023-12', base: 10000, ...ok, incomeTaxBase: 10000 },
        ],
        awards: [],
        spouseHukouMarriageDate: '2016-05-01',
        averageAnnualTaxCny: 0,
        averageAnnualLocalHires: 0,
        falseMaterialDates: [],
        administrativeDetentionDates: [],
        criminalRecordDates: [],
        familyPlanningViolation: false,
        seriousCriminalRecord: false,
        residencePermitIssuedOn: '2023-06-01',
        residencePermitValidUntil: '2024-05-31',
        // The filing employer paid 2022-01 … 2023-12, nothing since: employed until 2023-12-31.
        employmentStartDate: '2022-01-01',
        employmentEndDate: '2023-12-31',
        evidence: completed.verifiedProfile.evidence,
      },
      coResidents: [],
      residencePermit: {
        number: 'SH31010400101',
        issuedOn: '2023-06-01',
        endorsedOn: null,
        validFrom: '2023-06-01',
        validUntil: '2024-05-31',
      },
    });

    const seen = await t.gql<{
      verificationCase: { status: string; outcome: string; tasks: { items: unknown[] } };
    }>(`query($id: ID!) { verificationCase(id: $id) { status outcome tasks { items { kind status } } } }`, {
      as: XUHUI_OFFICER,
      variables: { id: caseId },
    });
    expect(seen.data?.verificationCase.status).toBe('COMPLETED');
    expect(seen.data?.verificationCase.outcome).toBe('VERIFIED');
    // The district officer's view of the case leaves the education tasks to the city verifiers.
    expect(seen.data?.verificationCase.tasks.items).toHaveLength(9);
  });

  it('decides on the permit the registry holds, checks each co-resident, and counts a claim once a person confirms it', async () => {
    const residentId = residentIdOf(109, '19870405');
    await seed({
      residentId,
      socialInsurance: [
        { from: '2023-01', to: '2024-02', base: 9000, payerCreditCode: EMPLOYER_CREDIT_CODE },
      ],
      tax: [{ from: '2023-01', to: '2024-02', taxBase: 9000, payerCreditCode: EMPLOYER_CREDIT_CODE }],
      civilRecords: [
        { kind: 'MARRIAGE', date: '2012-10-01', spouseName: '王芳' },
        { kind: 'CHILD', date: '2014-06-01', childName: '李小明' },
        // 17 on the acceptance day (2024-03-20) and no full-time high-school enrolment on record.
        { kind: 'CHILD', date: '2006-09-01', childName: '李大宝', fullTimeHighSchool: false },
      ],
      archiveHolding: { holder: '徐汇区人才服务中心', answersOnline: true },
      residencePermit: {
        number: 'SH31010400109',
        issuedOn: '2023-07-01',
        endorsedOn: '2024-01-15',
        validUntil: '2024-06-30',
      },
    });
    const person = (relation: 'SPOUSE' | 'CHILD', name: string, birthDate: string, added = false) => ({
      relation,
      name,
      birthDate,
      highSchoolEnrolmentProof: null,
      added,
    });
    const event = acceptedEvent(cipher, residentId, {
      claimedProfile: { education: 'NONE', entrepreneur: true },
      // Typed: valid until 2099. Only a claim.
      residencePermit: { number: 'SH31010400109', validFrom: '2023-07-01', validTo: '2099-12-31' },
      coResidents: [
        person('SPOUSE', '王芳', '1990-01-01'),
        person('CHILD', '李小明', '2014-06-01'),
        person('CHILD', '李大宝', '2006-09-01'),
        // Added now and not on the household register.
        person('CHILD', '李三宝', '2020-02-02', true),
      ],
    });
    const caseId = await openCase(event);
    const worker = startWorker(simulator);
    try {
      const tasks = await eventually(async () => {
        const rows = await tasksOf(caseId);
        return rows.every((r) => r.status !== 'PENDING' || r.kind === 'CLAIM_CHECK') &&
          rows.filter((r) => r.kind === 'CO_RESIDENT').every((r) => r.status !== 'IN_PROGRESS')
          ? rows
          : undefined;
      });
      // XUHUI is seeded TRANSFER anyway; the archive task records why the child needs it.
      const archive: Array<{ claim: Record<string, unknown>; archive_mode: string }> =
        await t.dataSource.query(
          `SELECT claim, archive_mode FROM ${S}.verification_task WHERE case_id = $1 AND kind = 'ARCHIVE_RETRIEVAL'`,
          [caseId],
        );
      expect(archive[0]?.archive_mode).toBe('TRANSFER');
      expect(archive[0]?.claim.transferBecause).toContain('增加同住子女需调档');
      expect(tasks.filter((r) => r.kind === 'CO_RESIDENT').map((r) => [r.status, r.reason])).toEqual([
        ['PASSED', null],
        ['PASSED', null],
        ['FAILED', '李大宝 is 17: no full-time high-school enrolment (全日制普通高中学籍) on record'],
        ['FAILED', 'No child 李三宝 born 2020-02-02 on the household register'],
      ]);
      expect(await completedEvents(event.data.applicationId)).toEqual([]);

      // The entrepreneur claim waits for a person: the officer sees what must be seen and confirms it.
      const check = tasks.find((r) => r.kind === 'CLAIM_CHECK')!;
      const listed = await t.gql<{ verificationTask: { request: string; automated: boolean } }>(
        `query($id: ID!) { verificationTask(id: $id) { request automated } }`,
        { as: XUHUI_OFFICER, variables: { id: check.id } },
      );
      expect(listed.data?.verificationTask.automated).toBe(false);
      expect(listed.data?.verificationTask.request).toMatch(/^entrepreneur \(true\): 创业人才认定.*市科委/);
      const done = await t.gql<{ completeVerificationTask: { status: string } }>(
        `mutation($input: CompleteVerificationTaskInput!) { completeVerificationTask(input: $input) { status } }`,
        {
          as: XUHUI_OFFICER,
          variables: {
            input: {
              taskId: check.id,
              version: check.version,
              result: 'PASSED',
              note: '市科委认定函 2024-031 原件已核',
            },
          },
        },
      );
      expect(done.data).toEqual({ completeVerificationTask: { status: 'PASSED' } });
    } finally {
      await worker.close();
    }

    const [completed] = await eventually(async () => {
      const rows = await completedEvents(event.data.applicationId);
      return rows.length > 0 ? rows : undefined;
    });
    const data = completed!.envelope.data as {
      outcome: string;
      verifiedProfile: Record<string, unknown> & { evidence: unknown };
      findings: Array<{ code: string; note: string }>;
      coResidents: Array<{ name: string; verified: boolean; reason: string | null }>;
      residencePermit: Record<string, unknown>;
    };
    expect(data.outcome).toBe('VERIFIED');
    // Endorsed on 2024-01-15 to 2024-06-30: valid without a break from the endorsement.
    expect(data.verifiedProfile).toMatchObject({
      residencePermitIssuedOn: '2024-01-15',
      residencePermitValidUntil: '2024-06-30',
      entrepreneur: true,
      // Paid by the filing employer through February, accepted in March: employed now.
      employmentStartDate: '2023-01-01',
      employmentEndDate: null,
    });
    expect(data.residencePermit).toMatchObject({ number: 'SH31010400109', endorsedOn: '2024-01-15' });
    expect(
      (data.verifiedProfile.evidence as Array<{ field: string }>).filter((e) => e.field === 'entrepreneur'),
    ).toEqual([
      {
        field: 'entrepreneur',
        kind: 'MANUAL_CHECK',
        source: expect.stringContaining('市科委认定函 2024-031'),
        checkedBy: XUHUI_OFFICER.sub,
        checkedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    expect(data.findings).toContainEqual({
      code: 'RESIDENCE_PERMIT_EXPIRY_CONTRADICTED',
      note: 'Typed expiry 2099-12-31; the registry holds 2024-06-30, which the points follow',
    });
    expect(data.coResidents.map((p) => [p.name, p.verified])).toEqual([
      ['王芳', true],
      ['李小明', true],
      ['李大宝', false],
      ['李三宝', false],
    ]);
  });

  it('fails the case of someone with no residence permit on record, and a passed-by-hand permit needs its expiry', async () => {
    const residentId = residentIdOf(110);
    await seed({
      residentId,
      socialInsurance: [
        { from: '2023-01', to: '2023-12', base: 9000, payerCreditCode: EMPLOYER_CREDIT_CODE },
      ],
      archiveHolding: { holder: '徐汇区人才服务中心', answersOnline: true },
    });
    const event = acceptedEvent(cipher, residentId);
    await openCase(event);
    const worker = startWorker(simulator);
    try {
      const [completed] = await eventually(async () => {
        const rows = await completedEvents(event.data.applicationId);
        return rows.length > 0 ? rows : undefined;
      });
      const data = completed!.envelope.data as {
        outcome: string;
        findings: Array<{ code: string; note: string }>;
      };
      expect(data.outcome).toBe('FAILED');
      expect(data.findings).toContainEqual({
        code: 'RESIDENCE_PERMIT_NOT_VALID',
        note: 'No Shanghai residence permit on record in the residence registry',
      });
    } finally {
      await worker.close();
    }

    // A permit check a registry outage left to a person: passing it without the expiry seen is refused.
    const other = acceptedEvent(cipher, residentIdOf(111));
    const otherCase = await openCase(other);
    const permit = (await tasksOf(otherCase)).find((r) => r.kind === 'RESIDENCE_PERMIT')!;
    await t.dataSource.query(`UPDATE ${S}.verification_task SET status = 'NEEDS_MANUAL' WHERE id = $1`, [
      permit.id,
    ]);
    const refused = await t.gql(
      `mutation($input: CompleteVerificationTaskInput!) { completeVerificationTask(input: $input) { status } }`,
      {
        as: XUHUI_OFFICER,
        variables: {
          input: { taskId: permit.id, version: permit.version, result: 'PASSED', note: '居住证原件已核' },
        },
      },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.permitValidUntil',
    });
  });

  it('asks every registry again on an upheld appeal (a case of purpose APPEAL) and answers as an acceptance does', async () => {
    const residentId = residentIdOf(112);
    await seed({
      residentId,
      socialInsurance: [
        { from: '2023-01', to: '2023-12', base: 9000, payerCreditCode: EMPLOYER_CREDIT_CODE },
      ],
      archiveHolding: { holder: '徐汇区人才服务中心', answersOnline: true },
    });
    const accepted = acceptedEvent(cipher, residentId);
    const applicationId = accepted.data.applicationId;
    const acceptanceCase = await openCase(accepted);
    const worker = startWorker(simulator);
    try {
      const [failed] = await eventually(async () => {
        const rows = await completedEvents(applicationId);
        return rows.length > 0 ? rows : undefined;
      });
      expect((failed!.envelope.data as { outcome: string }).outcome).toBe('FAILED');

      // The permit is on record now (entered late); HRSS upheld the appeal: the application asks again.
      await seed({
        residentId,
        residencePermit: { number: 'SH-112', issuedOn: '2023-09-01', validUntil: '2025-08-31' },
      });
      const reopened = testEvent(
        'application.reopened-on-appeal',
        { ...accepted.data, appealId: crypto.randomUUID() },
        `application:${applicationId}`,
      );
      await deliverEvent(t, 'archive-verification', reopened);
      const cases = await eventually(async () => {
        const rows: Array<{ id: string; purpose: string }> = await t.dataSource.query(
          `SELECT id, purpose FROM ${S}.verification_case WHERE application_id = $1 ORDER BY created_at`,
          [applicationId],
        );
        return rows.length === 2 ? rows : undefined;
      });
      expect(cases.map((c) => c.purpose)).toEqual(['ACCEPTANCE', 'APPEAL']);
      const appealCase = cases[1]!.id;
      // Every check of the acceptance again, in a case of its own; the first case keeps what it found.
      const kinds = async (caseId: string) => (await tasksOf(caseId)).map((task) => task.kind);
      expect(await kinds(appealCase)).toEqual(await kinds(acceptanceCase));

      const completions = await eventually(async () => {
        const rows = (await completedEvents(applicationId)).filter(
          (e) => e.type === 'verification.case-completed',
        );
        return rows.length === 2 ? rows : undefined;
      });
      expect(completions[1]!.envelope.data).toMatchObject({
        caseId: appealCase,
        applicationId,
        outcome: 'VERIFIED',
        residencePermit: { number: 'SH-112', validUntil: '2025-08-31' },
      });
      // The appeal announced again (a new event, the same application) opens nothing more.
      const repeated = testEvent('application.reopened-on-appeal', reopened.data, reopened.subject);
      await deliverEvent(t, 'archive-verification', repeated);
      await eventually(async () => {
        const rows: unknown[] = await t.dataSource.query(`SELECT 1 FROM ${S}.inbox WHERE event_id = $1`, [
          repeated.id,
        ]);
        return rows.length > 0;
      });
      const again: unknown[] = await t.dataSource.query(
        `SELECT 1 FROM ${S}.verification_case WHERE application_id = $1`,
        [applicationId],
      );
      expect(again).toHaveLength(2);
    } finally {
      await worker.close();
    }
  });

  it('scores the registry fact, not a claim the registry contradicts; a forged certificate fails the case', async () => {
    const honest = residentIdOf(102, '19920101');
    await seed({
      residentId: honest,
      education: [
        {
          level: 'BACHELOR_WITH_DEGREE',
          school: '上海示例大学',
          graduationDate: '2014-07-01',
          certificateNo: 'C-77',
        },
      ],
      socialInsurance: [
        { from: '2023-01', to: '2023-12', base: 8000, payerCreditCode: EMPLOYER_CREDIT_CODE },
      ],
      tax: [{ from: '2023-01', to: '2023-12', taxBase: 8000, payerCreditCode: EMPLOYER_CREDIT_CODE }],
      archiveHolding: { holder: '徐汇区人才服务中心', answersOnline: true },
      residencePermit: { number: 'SH-102', issuedOn: '2023-09-01', validUntil: '2024-08-31' },
    });
    const forger = residentIdOf(103, '19930202');
    await seed({
      residentId: forger,
      socialInsurance: [
        { from: '2023-01', to: '2023-12', base: 8000, payerCreditCode: EMPLOYER_CREDIT_CODE },
      ],
      archiveHolding: { holder: '徐汇区人才服务中心', answersOnline: true },
    });
    const diploma = {
      level: 'MASTER',
      school: '上海示例大学',
      major: null,
      graduationDate: '2014-07-01',
      fullTime: true,
      overseas: false,
      certificateNo: 'C-77',
    };
    const claimedProfile = { education: 'MASTER', awards: ['NATIONAL'] };
    const contradicted = acceptedEvent(cipher, honest, { claimedProfile, educationHistory: [diploma] });
    const forged = acceptedEvent(cipher, forger, {
      claimedProfile,
      educationHistory: [{ ...diploma, certificateNo: 'FAKE-1' }],
    });
    await openCase(contradicted);
    await openCase(forged);

    const worker = startWorker(simulator);
    try {
      const [first] = await eventually(async () => {
        const rows = await completedEvents(contradicted.data.applicationId);
        return rows.length > 0 ? rows : undefined;
      });
      const data = first!.envelope.data as {
        outcome: string;
        verifiedProfile: Record<string, unknown>;
        findings: Array<{ code: string }>;
      };
      expect(data.outcome).toBe('VERIFIED');
      expect(data.verifiedProfile.education).toBe('BACHELOR_WITH_DEGREE');
      expect(data.verifiedProfile.awards).toEqual([]);
      expect(data.verifiedProfile.socialInsurance).toEqual([
        {
          from: '2023-01',
          to: '2023-12',
          base: 8000,
          backPaid: false,
          payerMatchesContract: true,
          baseMatchesTax: true,
          incomeTaxBase: 8000,
        },
      ]);
      expect(data.findings.map((f) => f.code)).toEqual([
        'EDUCATION_CLAIM_CONTRADICTED',
        'EDUCATION_NOT_VERIFIED',
        'AWARD_NOT_VERIFIED',
      ]);

      const forgedEvents = await eventually(async () => {
        const rows = await completedEvents(forged.data.applicationId);
        return rows.length === 2 ? rows : undefined;
      });
      expect(forgedEvents.map((e) => e.type).sort()).toEqual([
        'verification.case-completed',
        'verification.forgery-found',
      ]);
      const completed = forgedEvents.find((e) => e.type === 'verification.case-completed')!.envelope.data as {
        outcome: string;
        verifiedProfile: Record<string, unknown>;
      };
      expect(completed.outcome).toBe('FAILED');
      expect(completed.verifiedProfile.falseMaterialDates).toEqual(['2024-03-20']);
      expect(forgedEvents.find((e) => e.type === 'verification.forgery-found')!.envelope.data).toMatchObject({
        applicationId: forged.data.applicationId,
        applicantId: forged.data.applicantId,
        employerId: forged.data.employerId,
        district: 'XUHUI',
        note: 'EDUCATION: Certificate FAKE-1 is not in the national education registry for this person',
      });
    } finally {
      await worker.close();
    }
  });

  it('retries a registry that fails twice, with backoff, and writes one result', async () => {
    const residentId = residentIdOf(104);
    const registry = await startTestRegistry({ k1: SECRET }, (request, nth) =>
      request.path === '/registry/education/diplomas' && nth <= 2
        ? { status: 503, json: {} }
        : healthyAnswer(request),
    );
    const http = createHttpRegistries({
      baseUrl: registry.url,
      keyId: 'k1',
      secret: SECRET,
      timeoutMs: 2000,
    });
    const event = acceptedEvent(cipher, residentId, {
      claimedProfile: { education: 'BACHELOR_WITH_DEGREE' },
      educationHistory: [
        {
          level: 'BACHELOR_WITH_DEGREE',
          school: '华东示例大学',
          major: null,
          graduationDate: '2012-07-01',
          fullTime: true,
          overseas: false,
          certificateNo: 'EDU-HTTP-1',
        },
      ],
    });
    const caseId = await openCase(event);
    const worker = startWorker({ ...simulator, education: http.education });
    try {
      const education = await eventually(async () => {
        const row = (await tasksOf(caseId)).find((r) => r.kind === 'EDUCATION');
        return row?.status === 'PASSED' ? row : undefined;
      });
      expect(education.attempts).toBe(3);
      const calls = registry.requests.filter((r) => r.path === '/registry/education/diplomas');
      expect(calls).toHaveLength(3);
      expect(calls.every((c) => c.signed)).toBe(true);
      expect(calls[0]?.body).toEqual({ residentId });
    } finally {
      await worker.close();
      await registry.close();
    }
  });

  it('gives a registry that never answers to a person (NEEDS_MANUAL) and shows HRSS the failed job to retry', async () => {
    const residentId = residentIdOf(105);
    let answering = false;
    const registry = await startTestRegistry({ k1: SECRET }, (request) =>
      request.path === '/registry/social-insurance/months' && !answering ? 'hang' : healthyAnswer(request),
    );
    const http = createHttpRegistries({
      baseUrl: registry.url,
      keyId: 'k1',
      secret: SECRET,
      timeoutMs: 10_000,
    });
    const caseId = await openCase(acceptedEvent(cipher, residentId));
    const worker = startWorker({ ...simulator, socialInsurance: http.socialInsurance });
    try {
      const stuck = await eventually(async () => {
        const row = (await tasksOf(caseId)).find((r) => r.kind === 'SOCIAL_INSURANCE');
        return row?.status === 'NEEDS_MANUAL' ? row : undefined;
      });
      expect(stuck.attempts).toBe(3);
      expect(stuck.reason).toContain('did not answer within 600 ms');

      const failed = await eventually(async () => {
        const res = await t.gql<{
          failedVerificationJobs: Array<{ jobId: string; taskId: string; attemptsMade: number }>;
        }>(`{ failedVerificationJobs { jobId taskId attemptsMade failedReason } }`, { as: HRSS });
        return res.data?.failedVerificationJobs.find((j) => j.taskId === stuck.id);
      });
      expect(failed.attemptsMade).toBe(3);

      answering = true;
      const retried = await t.gql(`mutation($id: ID!) { retryVerificationJob(jobId: $id) { jobId } }`, {
        as: HRSS,
        variables: { id: failed.jobId },
      });
      expect(retried.errors).toBeUndefined();
      const passed = await eventually(async () => {
        const row = (await tasksOf(caseId)).find((r) => r.kind === 'SOCIAL_INSURANCE');
        return row?.status === 'PASSED' ? row : undefined;
      });
      expect(passed.attempts).toBe(4);
    } finally {
      await worker.close();
      await registry.close();
    }
  });

  it('writes nothing when the same job runs again after its result', async () => {
    const residentId = residentIdOf(107);
    await seed({
      residentId,
      socialInsurance: [
        { from: '2023-01', to: '2023-06', base: 9000, payerCreditCode: EMPLOYER_CREDIT_CODE },
      ],
    });
    const caseId = await openCase(acceptedEvent(cipher, residentId));
    const si = (await tasksOf(caseId)).find((r) => r.kind === 'SOCIAL_INSURANCE')!;
    const processor = new TaskProcessor({ dataSource: t.dataSource, cipher, registries: simulator, outbox });
    const attempt = { timeoutMs: 5000, isLast: false };
    expect(await processor.process(si.id, attempt)).toBe('WRITTEN');
    const after = (await tasksOf(caseId)).find((r) => r.id === si.id)!;
    // A redelivery, or a second worker that got the job after a stall: the status guard stops it.
    expect(await processor.process(si.id, attempt)).toBe('ALREADY_DONE');
    expect((await tasksOf(caseId)).find((r) => r.id === si.id)).toEqual(after);
    expect(after).toMatchObject({ status: 'PASSED', attempts: 1 });
  });

  it('re-dispatches tasks whose jobs were flushed from Redis, and the case completes once', async () => {
    const residentId = residentIdOf(108);
    await seed({
      residentId,
      socialInsurance: [
        { from: '2023-01', to: '2023-06', base: 9000, payerCreditCode: EMPLOYER_CREDIT_CODE },
      ],
    });
    const event = acceptedEvent(cipher, residentId);
    const caseId = await openCase(event);
    const queue = t.app.get(TaskQueueService);
    // No worker runs yet: every automated task is dispatched and its job waits in Redis.
    const automated = await eventually(async () => {
      const rows: Array<{ id: string; dispatched: boolean }> = await t.dataSource.query(
        `SELECT id, dispatched_at IS NOT NULL AS dispatched FROM ${S}.verification_task
          WHERE case_id = $1 AND automated`,
        [caseId],
      );
      return rows.length > 0 && rows.every((r) => r.dispatched) ? rows : undefined;
    });
    // FLUSHALL, as far as this suite's keys go: the jobs are gone, the rows still say "dispatched".
    const connection = createRedisConnection(t.redis.url);
    try {
      for (const { id } of automated) {
        const keys = await connection.keys(
          `${t.redis.prefix}:archive-verification.tasks:${jobIdOfTask(id)}*`,
        );
        if (keys.length > 0) await connection.del(...keys);
        await connection.lrem(`${t.redis.prefix}:archive-verification.tasks:wait`, 0, jobIdOfTask(id));
      }
    } finally {
      connection.disconnect();
    }
    expect(await queue.sweepNow()).toBeGreaterThanOrEqual(automated.length);
    const worker = startWorker(simulator);
    try {
      // Without the sweep these tasks would stay PENDING for good (issue 17: stuck in ARCHIVE_REVIEW).
      const done = await eventually(async () => {
        const rows = (await tasksOf(caseId)).filter((r) => automated.some((a) => a.id === r.id));
        return rows.every(
          (r) => r.status !== 'PENDING' && (r.status !== 'IN_PROGRESS' || r.requested_at !== null),
        )
          ? rows
          : undefined;
      }, 20_000);
      // Each registry check ran once, after the flush.
      expect(done.map((r) => r.attempts)).toEqual(done.map(() => 1));
      expect(await queue.sweepNow()).toBe(0);
    } finally {
      await worker.close();
    }
  });

  /** A case every task of which the simulator passes (as the benchmark opens them), and its automated tasks. */
  async function openVerifiableCase(
    seq: number,
  ): Promise<{ caseId: string; applicationId: string; tasks: string[] }> {
    const residentId = residentIdOf(seq);
    await seed({
      residentId,
      education: [
        {
          level: 'BACHELOR_WITH_DEGREE',
          school: '上海示例大学',
          graduationDate: '2012-07-01',
          certificateNo: `C-${residentId}`,
        },
      ],
      socialInsurance: [
        { from: '2023-01', to: '2023-12', base: 10000, payerCreditCode: EMPLOYER_CREDIT_CODE },
      ],
      tax: [{ from: '2023-01', to: '2023-12', taxBase: 10000, payerCreditCode: EMPLOYER_CREDIT_CODE }],
      archiveHolding: { holder: '徐汇区人才服务中心', answersOnline: true },
      residencePermit: {
        number: `SH-RACE-${seq}`,
        issuedOn: '2023-06-01',
        endorsedOn: null,
        validUntil: '2024-05-31',
      },
    });
    const event = acceptedEvent(cipher, residentId, {
      claimedProfile: { education: 'BACHELOR_WITH_DEGREE' },
      educationHistory: [
        {
          level: 'BACHELOR_WITH_DEGREE',
          school: '上海示例大学',
          major: null,
          graduationDate: '2012-07-01',
          fullTime: true,
          overseas: false,
          certificateNo: `C-${residentId}`,
        },
      ],
      residencePermit: { number: `SH-RACE-${seq}`, validFrom: '2023-06-01', validTo: '2024-05-31' },
    });
    const caseId = await openCase(event);
    const rows: Array<{ id: string; automated: boolean }> = await t.dataSource.query(
      `SELECT id, automated FROM ${S}.verification_task WHERE case_id = $1 ORDER BY ordinal`,
      [caseId],
    );
    // Every task automated: the processor alone completes the case.
    expect(rows.every((r) => r.automated)).toBe(true);
    return { caseId, applicationId: event.data.applicationId, tasks: rows.map((r) => r.id) };
  }

  const caseCompletedEvents = async (applicationId: string): Promise<number> =>
    (await completedEvents(applicationId)).filter((e) => e.type === 'verification.case-completed').length;

  it('claims, reads the case and writes a result in five statements per task; the last one completes the case', async () => {
    // The processor on a data source of its own: the app's pollers (dispatcher, relay) and the
    // simulator's registry reads (on the app's) are not in the count.
    const own = new DataSource(t.dataSource.options);
    await own.initialize();
    try {
      const processor = new TaskProcessor({ dataSource: own, cipher, registries: simulator, outbox });
      const { caseId, applicationId, tasks } = await openVerifiableCase(120);
      const attempt = { timeoutMs: 5000, isLast: false };
      const verbs = (statements: string[]) => statements.map((sql) => sql.trim().split(/\s+/)[0]);
      for (const taskId of tasks.slice(0, -1)) {
        const { result, statements } = await statementsDuring(own, () => processor.process(taskId, attempt));
        expect(result).toBe('WRITTEN');
        // The claim with the case's columns; then, under the case lock, the result with the open count.
        expect(verbs(statements)).toEqual(['UPDATE', 'START', 'SELECT', 'WITH', 'COMMIT']);
      }
      expect(await caseCompletedEvents(applicationId)).toBe(0);
      const last = tasks[tasks.length - 1]!;
      const { result, statements } = await statementsDuring(own, () => processor.process(last, attempt));
      expect(result).toBe('WRITTEN');
      // …and the completion: the case and its tasks read, the case moved, its event in the outbox.
      expect(verbs(statements)).toEqual([
        'UPDATE',
        'START',
        'SELECT',
        'WITH',
        'SELECT',
        'SELECT',
        'UPDATE',
        'INSERT',
        'COMMIT',
      ]);
      const [c] = await t.dataSource.query<Array<{ status: string; outcome: string }>>(
        `SELECT status, outcome FROM ${S}.verification_case WHERE id = $1`,
        [caseId],
      );
      expect(c).toEqual({ status: 'COMPLETED', outcome: 'VERIFIED' });
      expect(await caseCompletedEvents(applicationId)).toBe(1);
    } finally {
      await own.destroy();
    }
  });

  it('completes a case exactly once when its last two tasks finish at the same time', async () => {
    const processor = new TaskProcessor({ dataSource: t.dataSource, cipher, registries: simulator, outbox });
    const attempt = { timeoutMs: 5000, isLast: false };
    const cases = [];
    for (const seq of [121, 122, 123, 124]) cases.push(await openVerifiableCase(seq));
    for (const { tasks } of cases) {
      for (const taskId of tasks.slice(0, -2))
        expect(await processor.process(taskId, attempt)).toBe('WRITTEN');
    }
    // The two last tasks of each case at once: each sees the other's result, so one completes it.
    await Promise.all(
      cases.flatMap(({ tasks }) => tasks.slice(-2).map((id) => processor.process(id, attempt))),
    );
    for (const { caseId, applicationId } of cases) {
      const [c] = await t.dataSource.query<Array<{ status: string }>>(
        `SELECT status FROM ${S}.verification_case WHERE id = $1`,
        [caseId],
      );
      expect(c?.status).toBe('COMPLETED');
      expect(await caseCompletedEvents(applicationId)).toBe(1);
    }
  });

  describe('a worker process killed in the middle of a job', () => {
    let buildDir: string;
    const children: ChildProcess[] = [];

    beforeAll(() => {
      // The worker entry compiled on its own (not dist/, which others may be rebuilding).
      buildDir = mkdtempSync(path.join(tmpdir(), 'av-worker-'));
      const root = path.resolve(__dirname, '../../..');
      execFileSync(
        process.execPath,
        [
          path.join(root, 'node_modules/@swc/cli/bin/swc.js'),
          'libs',
          'services/archive-verification/src',
          '--out-dir',
          buildDir,
          '--config-file',
          '.swcrc',
          '--extensions',
          '.ts',
          '--ignore',
          '**/*.spec.ts,**/*.integration-spec.ts',
          '--quiet',
        ],
        { cwd: root, stdio: 'inherit' },
      );
    }, 60_000);
    afterAll(() => {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(buildDir, { recursive: true, force: true });
    });

    function spawnWorker(registryUrl: string): ChildProcess {
      const child = spawn(
        process.execPath,
        [path.join(buildDir, 'services/archive-verification/src/worker.js')],
        {
          cwd: process.cwd(),
          env: {
            ...process.env,
            NODE_PATH: path.resolve(__dirname, '../../../node_modules'),
            NODE_ENV: 'test',
            LOG_LEVEL: 'silent',
            DATABASE_URL: t.db.url,
            REDIS_URL: t.redis.url,
            REDIS_PREFIX: t.redis.prefix,
            ARCHIVE_VERIFICATION_REGISTRY: 'http',
            ARCHIVE_VERIFICATION_REGISTRY_URL: registryUrl,
            ARCHIVE_VERIFICATION_REGISTRY_KEY_ID: 'k1',
            ARCHIVE_VERIFICATION_REGISTRY_SECRET: SECRET,
            ARCHIVE_VERIFICATION_TASK_TIMEOUT_MS: '20000',
            ARCHIVE_VERIFICATION_LOCK_DURATION_MS: '1500',
            ARCHIVE_VERIFICATION_STALLED_INTERVAL_MS: '500',
            ARCHIVE_VERIFICATION_WORKER_CONCURRENCY: '2',
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      children.push(child);
      return child;
    }

    it('hands the job to the next worker, which completes it once', async () => {
      const residentId = residentIdOf(106);
      let firstArrived: () => void = () => undefined;
      const arrived = new Promise<void>((resolve) => (firstArrived = resolve));
      const registry = await startTestRegistry({ k1: SECRET }, (request, nth) => {
        if (request.path !== '/registry/education/diplomas') return healthyAnswer(request);
        if (nth === 1) {
          firstArrived();
          return 'hang';
        }
        return healthyAnswer(request);
      });
      try {
        const event = acceptedEvent(cipher, residentId, {
          claimedProfile: { education: 'BACHELOR_WITH_DEGREE' },
          educationHistory: [
            {
              level: 'BACHELOR_WITH_DEGREE',
              school: '华东示例大学',
              major: null,
              graduationDate: '2012-07-01',
              fullTime: true,
              overseas: false,
              certificateNo: 'EDU-HTTP-1',
            },
          ],
        });
        const caseId = await openCase(event);
        const first = spawnWorker(registry.url);
        await arrived;
        first.kill('SIGKILL');
        await new Promise((resolve) => first.once('exit', resolve));

        spawnWorker(registry.url);
        const events = await eventually(async () => {
          const rows = await completedEvents(event.data.applicationId);
          return rows.length > 0 ? rows : undefined;
        }, 30_000);
        const education = (await tasksOf(caseId)).find((r) => r.kind === 'EDUCATION')!;
        expect(education.status).toBe('PASSED');
        expect(education.attempts).toBe(2);
        expect(registry.requests.filter((r) => r.path === '/registry/education/diplomas')).toHaveLength(2);
        // Give a duplicate a chance to show up before asserting there is none.
        await new Promise((r) => setTimeout(r, 1000));
        expect(await completedEvents(event.data.applicationId)).toHaveLength(events.length);
        expect(events.map((e) => e.type)).toEqual(['verification.case-completed']);
        expect((events[0]?.envelope.data as { outcome: string }).outcome).toBe('VERIFIED');

        // SIGTERM: the worker stops taking jobs, closes its connections and exits on its own.
        const second = children.at(-1)!;
        const exited = new Promise<string | null>((resolve) =>
          second.once('exit', (_code, signal) => resolve(signal)),
        );
        second.kill('SIGTERM');
        expect(await exited).toBe('SIGTERM');
      } finally {
        await registry.close();
      }
    }, 60_000);
  });
});
