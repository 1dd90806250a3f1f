import {
  errorCodes,
  startSubgraphTestApp,
  type GraphQLResponse,
  type SubgraphTestApp,
} from '@points/testing';
import { AppModule } from '../app.module';
import { MIGRATIONS } from '../migrations';
import { REGISTER, REVIEW, registrationInput, staff, TestClock, testOptions } from '../test-support';

interface Registered {
  registerEmployer: { employerId: string; status: string; district: string; hrUsernames: string[] };
}

const fieldOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.field;

describe('employer registration, review and sanctions', () => {
  let t: SubgraphTestApp;
  const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'employer-registration',
      createModule: (config) => AppModule.forRoot(config, testOptions(clock)),
      migrations: MIGRATIONS,
    });
  });
  afterAll(() => t.close());

  async function register(overrides: Record<string, unknown> = {}): Promise<Registered['registerEmployer']> {
    const res = await t.gql<Registered>(REGISTER, { variables: { input: registrationInput(overrides) } });
    expect(res.errors).toBeUndefined();
    return res.data!.registerEmployer;
  }

  async function outboxOf(type: string, employerId: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<{ envelope: { data: Record<string, unknown> } }> = await t.dataSource.query(
      `SELECT envelope FROM employer_registration.outbox WHERE type = $1 AND envelope->'data'->>'employerId' = $2
       ORDER BY created_at`,
      [type, employerId],
    );
    return rows.map((r) => r.envelope.data);
  }

  describe('registerEmployer (public)', () => {
    it('registers an employer with its HR specialist, waiting for its district centre', async () => {
      const input = registrationInput({ district: 'PUDONG' });
      const res = await t.gql<Registered>(REGISTER, { variables: { input } });
      expect(res.errors).toBeUndefined();
      const reg = res.data!.registerEmployer;
      expect(reg).toEqual({
        employerId: expect.any(String),
        status: 'PENDING_REVIEW',
        district: 'PUDONG',
        hrUsernames: [`${input.creditCode as string}-1`],
      });
      // The registration is announced to the application service's projection.
      expect(await outboxOf('employer.status-changed', reg.employerId)).toEqual([
        expect.objectContaining({ status: 'PENDING_REVIEW', district: 'PUDONG', suspendedUntil: null }),
      ]);
      const hrss = await t.gql<{ employer: Record<string, unknown> }>(
        `query($id: ID!) { employer(id: $id) { name creditCode organisationType establishment address
           legalRepresentative socialInsuranceNo suspended history { action toStatus actorRole } } }`,
        { variables: { id: reg.employerId }, as: staff.hrss() },
      );
      expect(hrss.data?.employer).toEqual({
        name: '上海测试科技有限公司',
        creditCode: input.creditCode,
        organisationType: 'ENTERPRISE',
        establishment: 'SHANGHAI_REGISTERED',
        address: '上海市徐汇区漕溪北路 1 号',
        legalRepresentative: '王五',
        socialInsuranceNo: 'SI-31010400001',
        suspended: false,
        history: [{ action: 'REGISTERED', toStatus: 'PENDING_REVIEW', actorRole: null }],
      });
    });

    it('gives each HR specialist a login name <credit code>-<n>', async () => {
      const input = registrationInput();
      const base = registrationInput();
      input.hrSpecialists = [
        ...(base.hrSpecialists as unknown[]),
        ...(registrationInput().hrSpecialists as unknown[]),
      ];
      const res = await t.gql<Registered>(REGISTER, { variables: { input } });
      expect(res.data?.registerEmployer.hrUsernames).toEqual([
        `${input.creditCode as string}-1`,
        `${input.creditCode as string}-2`,
      ]);
    });

    it('refuses a credit code registered already, naming the field', async () => {
      const first = registrationInput();
      await t.gql(REGISTER, { variables: { input: first } });
      const again = await t.gql(REGISTER, {
        variables: { input: registrationInput({ creditCode: (first.creditCode as string).toLowerCase() }) },
      });
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(fieldOf(again)).toBe('input.creditCode');
    });

    it.each([
      ['OUT_OF_TOWN_REPRESENTATIVE_OFFICE', /out-of-town governments, institutions or enterprises/],
      ['OUT_OF_TOWN_BRANCH', /Out-of-town branches of Shanghai employers cannot register/],
    ])('refuses an establishment of kind %s with the reason', async (establishment, reason) => {
      const input = registrationInput({ establishment });
      const res = await t.gql(REGISTER, { variables: { input } });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(res)).toBe('input.establishment');
      expect(res.errors?.[0]?.message).toMatch(reason);
      const rows = await t.dataSource.query(
        `SELECT 1 FROM employer_registration.employer WHERE credit_code = $1`,
        [input.creditCode],
      );
      expect(rows).toHaveLength(0);
    });

    it('requires an HR service agency to give a licence kind and number', async () => {
      const noLicence = await t.gql(REGISTER, {
        variables: { input: registrationInput({ organisationType: 'HR_SERVICE_AGENCY' }) },
      });
      expect(errorCodes(noLicence)).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(noLicence)).toBe('input.licenceKind');
      const noNumber = await t.gql(REGISTER, {
        variables: {
          input: registrationInput({
            organisationType: 'HR_SERVICE_AGENCY',
            licenceKind: 'LABOUR_DISPATCH_LICENCE',
          }),
        },
      });
      expect(fieldOf(noNumber)).toBe('input.licenceNumber');
      const agency = await register({
        organisationType: 'HR_SERVICE_AGENCY',
        licenceKind: 'HR_SERVICE_LICENCE',
        licenceNumber: '(沪)人服证字[2024]第0104000123号',
      });
      const read = await t.gql<{ employer: { licenceKind: string; licenceNumber: string } }>(
        `query($id: ID!) { employer(id: $id) { licenceKind licenceNumber } }`,
        { variables: { id: agency.employerId }, as: staff.hrss() },
      );
      expect(read.data?.employer).toEqual({
        licenceKind: 'HR_SERVICE_LICENCE',
        licenceNumber: '(沪)人服证字[2024]第0104000123号',
      });
    });

    it.each([
      [
        'a credit code with a forbidden letter O',
        { creditCode: '91350100MO00100Y43' },
        'input.creditCode',
        'FORBIDDEN_CHARACTER',
      ],
      [
        'a credit code with a wrong check character',
        { creditCode: '91350100M000100Y44' },
        'input.creditCode',
        'CHECK_CHARACTER',
      ],
      ['an unknown district', { district: 'SUZHOU' }, 'input.district', 'DISTRICT'],
      ['an empty address', { address: '  ' }, 'input.address', 'TOO_SMALL'],
      ['no HR specialist', { hrSpecialists: [] }, 'input.hrSpecialists', 'TOO_SMALL'],
      [
        'an HR resident ID with a wrong check character',
        {
          hrSpecialists: [
            { name: '李四', residentId: '110105194912310021', mobile: '13812345678', password: 'abc123' },
          ],
        },
        'input.hrSpecialists[0].residentId',
        'CHECK_CHARACTER',
      ],
      [
        'an HR mobile starting 12',
        {
          hrSpecialists: [
            { name: '李四', residentId: '11010519491231002X', mobile: '12812345678', password: 'abc123' },
          ],
        },
        'input.hrSpecialists[0].mobile',
        'PREFIX',
      ],
      [
        'an HR password without digits',
        {
          hrSpecialists: [
            { name: '李四', residentId: '11010519491231002X', mobile: '13812345678', password: 'abcdefgh' },
          ],
        },
        'input.hrSpecialists[0].password',
        'NEEDS_LETTER_AND_DIGIT',
      ],
    ])('refuses %s, naming the field and rule, writing nothing', async (_label, overrides, field, rule) => {
      const input = registrationInput(overrides);
      const res = await t.gql(REGISTER, { variables: { input } });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions).toMatchObject({ field, rule });
      const rows = await t.dataSource.query(
        `SELECT 1 FROM employer_registration.employer WHERE credit_code = $1`,
        [input.creditCode],
      );
      expect(rows).toHaveLength(0);
    });
  });

  describe('district review', () => {
    const QUEUE = `query($first: Int, $after: String) {
      registrationReviewQueue(first: $first, after: $after) { nodes { id district } endCursor hasNextPage } }`;

    it("shows an officer their district's pending registrations only, in pages", async () => {
      const ids = [];
      for (let i = 0; i < 3; i++) {
        clock.advanceMinutes(1);
        ids.push((await register({ district: 'JINSHAN' })).employerId);
      }
      await register({ district: 'CHONGMING' });
      const officer = staff.officer('JINSHAN');
      type Queue = {
        registrationReviewQueue: { nodes: Array<{ id: string }>; endCursor: string; hasNextPage: boolean };
      };
      const page1 = await t.gql<Queue>(QUEUE, { variables: { first: 2 }, as: officer });
      expect(page1.data?.registrationReviewQueue.nodes.map((n) => n.id)).toEqual(ids.slice(0, 2));
      expect(page1.data?.registrationReviewQueue.hasNextPage).toBe(true);
      const page2 = await t.gql<Queue>(QUEUE, {
        variables: { first: 2, after: page1.data?.registrationReviewQueue.endCursor },
        as: officer,
      });
      expect(page2.data?.registrationReviewQueue.nodes.map((n) => n.id)).toEqual(ids.slice(2));
      expect(page2.data?.registrationReviewQueue.hasNextPage).toBe(false);
    });

    it("lets the district's supervisor watch it and HRSS see every district's", async () => {
      const jiading = (await register({ district: 'JIADING' })).employerId;
      const songjiang = (await register({ district: 'SONGJIANG' })).employerId;
      type Queue = { registrationReviewQueue: { nodes: Array<{ id: string; district: string }> } };
      const bySupervisor = await t.gql<Queue>(QUEUE, {
        variables: { first: 100 },
        as: staff.supervisor('JIADING'),
      });
      const supervised = bySupervisor.data?.registrationReviewQueue.nodes ?? [];
      expect(supervised.map((n) => n.id)).toContain(jiading);
      expect(supervised.every((n) => n.district === 'JIADING')).toBe(true);
      const byHrss = await t.gql<Queue>(QUEUE, { variables: { first: 100 }, as: staff.hrss() });
      const all = byHrss.data?.registrationReviewQueue.nodes.map((n) => n.id) ?? [];
      expect(all).toEqual(expect.arrayContaining([jiading, songjiang]));
    });

    it('is closed to employers, applicants and the city verifier', async () => {
      for (const user of [
        staff.hr('6f1f6c1e-0000-4000-8000-000000000001'),
        staff.applicant(),
        staff.verifier(),
      ]) {
        expect(errorCodes(await t.gql(QUEUE, { as: user }))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await t.gql(QUEUE))).toEqual(['UNAUTHENTICATED']);
      expect(
        errorCodes(await t.gql(QUEUE, { variables: { after: 'not-a-cursor' }, as: staff.officer() })),
      ).toEqual(['BAD_USER_INPUT']);
    });

    it('approves: status, history entry with who and when, and the events', async () => {
      const { employerId } = await register();
      const officer = staff.officer('XUHUI');
      const res = await t.gql<{ reviewEmployerRegistration: { status: string } }>(REVIEW, {
        variables: { input: { employerId, decision: 'APPROVED' } },
        as: officer,
      });
      expect(res.data?.reviewEmployerRegistration.status).toBe('APPROVED');
      const read = await t.gql<{ employer: { history: unknown[] } }>(
        `query($id: ID!) { employer(id: $id) { history { action fromStatus toStatus actorId actorRole reason at } } }`,
        { variables: { id: employerId }, as: officer },
      );
      expect(read.data?.employer.history[1]).toEqual({
        action: 'APPROVED',
        fromStatus: 'PENDING_REVIEW',
        toStatus: 'APPROVED',
        actorId: officer.sub,
        actorRole: 'CENTRE_OFFICER',
        reason: null,
        at: clock.now().toISOString(),
      });
      expect(await outboxOf('employer.registration-reviewed', employerId)).toEqual([
        expect.objectContaining({ decision: 'APPROVED', district: 'XUHUI', reason: null }),
      ]);
      expect((await outboxOf('employer.status-changed', employerId)).map((d) => d.status)).toEqual([
        'PENDING_REVIEW',
        'APPROVED',
      ]);
    });

    it('rejects only with a reason, and records it', async () => {
      const { employerId } = await register();
      const officer = staff.officer('XUHUI');
      const noReason = await t.gql(REVIEW, {
        variables: { input: { employerId, decision: 'REJECTED' } },
        as: officer,
      });
      expect(noReason.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.reason',
      });
      const res = await t.gql<{ reviewEmployerRegistration: { status: string } }>(REVIEW, {
        variables: { input: { employerId, decision: 'REJECTED', reason: '营业执照复印件与系统信息不符' } },
        as: officer,
      });
      expect(res.data?.reviewEmployerRegistration.status).toBe('REJECTED');
      expect(await outboxOf('employer.registration-reviewed', employerId)).toEqual([
        expect.objectContaining({ decision: 'REJECTED', reason: '营业执照复印件与系统信息不符' }),
      ]);
    });

    it("refuses another district's officer (NOT_FOUND) and every other role", async () => {
      const { employerId } = await register({ district: 'XUHUI' });
      const input = { employerId, decision: 'APPROVED' };
      expect(errorCodes(await t.gql(REVIEW, { variables: { input }, as: staff.officer('PUDONG') }))).toEqual([
        'NOT_FOUND',
      ]);
      for (const user of [
        staff.supervisor(),
        staff.hrss(),
        staff.hr(employerId),
        staff.verifier(),
        staff.applicant(),
      ]) {
        expect(errorCodes(await t.gql(REVIEW, { variables: { input }, as: user }))).toEqual(['FORBIDDEN']);
      }
      const still = await t.dataSource.query(
        `SELECT status FROM employer_registration.employer WHERE id = $1`,
        [employerId],
      );
      expect(still).toEqual([{ status: 'PENDING_REVIEW' }]);
    });

    it('lets exactly one of two concurrent approvals win; the other gets CONFLICT', async () => {
      const { employerId } = await register();
      const input = { employerId, decision: 'APPROVED', expectedVersion: 1 };
      const results = await Promise.all([
        t.gql(REVIEW, { variables: { input }, as: staff.officer('XUHUI') }),
        t.gql(REVIEW, { variables: { input }, as: staff.officer('XUHUI') }),
      ]);
      expect(results.map((r) => errorCodes(r)).sort()).toEqual([[], ['CONFLICT']]);
      const decisions = await t.dataSource.query(
        `SELECT action FROM employer_registration.employer_history WHERE employer_id = $1 AND action = 'APPROVED'`,
        [employerId],
      );
      expect(decisions).toHaveLength(1);
      expect(await outboxOf('employer.registration-reviewed', employerId)).toHaveLength(1);
      // And a decision on a registration decided already is a CONFLICT too.
      const late = await t.gql(REVIEW, {
        variables: { input: { employerId, decision: 'REJECTED', reason: 'x' } },
        as: staff.officer('XUHUI'),
      });
      expect(errorCodes(late)).toEqual(['CONFLICT']);
    });
  });

  describe('changes of registered details', () => {
    const UPDATE = `mutation($input: UpdateEmployerDetailsInput!) {
      updateEmployerDetails(input: $input) { id status district version } }`;
    const details = (employerId: string, expectedVersion: number, district = 'XUHUI') => ({
      employerId,
      expectedVersion,
      name: '上海测试科技有限公司（更名）',
      organisationType: 'ENTERPRISE',
      district,
      address: '上海市浦东新区世纪大道 100 号',
      legalRepresentative: '王五',
      socialInsuranceNo: 'SI-31010400001',
    });

    it("go back to review; a new district moves the employer to that district's queue", async () => {
      const { employerId } = await register({ district: 'XUHUI' });
      await t.gql(REVIEW, {
        variables: { input: { employerId, decision: 'APPROVED' } },
        as: staff.officer('XUHUI'),
      });
      const hr = staff.hr(employerId);
      const res = await t.gql<{
        updateEmployerDetails: { status: string; district: string; version: number };
      }>(UPDATE, {
        variables: { input: details(employerId, 2, 'PUDONG') },
        as: hr,
      });
      expect(res.data?.updateEmployerDetails).toMatchObject({
        status: 'PENDING_REVIEW',
        district: 'PUDONG',
        version: 3,
      });
      const queue = `{ registrationReviewQueue(first: 100) { nodes { id } } }`;
      type Q = { registrationReviewQueue: { nodes: Array<{ id: string }> } };
      const pudong = await t.gql<Q>(queue, { as: staff.officer('PUDONG') });
      expect(pudong.data?.registrationReviewQueue.nodes.map((n) => n.id)).toContain(employerId);
      const xuhui = await t.gql<Q>(queue, { as: staff.officer('XUHUI') });
      expect(xuhui.data?.registrationReviewQueue.nodes.map((n) => n.id)).not.toContain(employerId);
      const events = await outboxOf('employer.status-changed', employerId);
      expect(events[events.length - 1]).toMatchObject({ status: 'PENDING_REVIEW', district: 'PUDONG' });
      const history = await t.dataSource.query(
        `SELECT action, reason FROM employer_registration.employer_history WHERE employer_id = $1 ORDER BY at, action`,
        [employerId],
      );
      expect(history.map((h: { action: string }) => h.action)).toEqual(
        expect.arrayContaining(['DETAILS_CHANGED', 'DISTRICT_MOVED']),
      );
    });

    it('refuse a stale version (CONFLICT), another employer (NOT_FOUND) and non-HR roles', async () => {
      const { employerId } = await register();
      const stale = await t.gql(UPDATE, {
        variables: { input: details(employerId, 7) },
        as: staff.hr(employerId),
      });
      expect(errorCodes(stale)).toEqual(['CONFLICT']);
      const other = await register();
      const foreign = await t.gql(UPDATE, {
        variables: { input: details(employerId, 1) },
        as: staff.hr(other.employerId),
      });
      expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
      for (const user of [staff.officer(), staff.hrss(), staff.applicant()]) {
        expect(
          errorCodes(await t.gql(UPDATE, { variables: { input: details(employerId, 1) }, as: user })),
        ).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('sanctions', () => {
    const SANCTION = `mutation($input: RecordSanctionInput!) {
      recordEmployerSanction(input: $input) { id suspendedUntil suspended sanctions { status fineCny suspendedUntil reason decidedRole } } }`;

    it('HRSS records a fine and a suspension; it shows on the record and reaches the projection', async () => {
      clock.setShanghaiDay('2026-11-20');
      const { employerId } = await register();
      const res = await t.gql<{ recordEmployerSanction: Record<string, unknown> }>(SANCTION, {
        variables: {
          input: { employerId, fineCny: 30000, suspendedUntil: '2029-11-20', reason: '使用伪造的学历证明' },
        },
        as: staff.hrss(),
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.recordEmployerSanction).toMatchObject({
        suspendedUntil: '2029-11-20',
        suspended: true,
        sanctions: [
          {
            status: 'DECIDED',
            fineCny: 30000,
            suspendedUntil: '2029-11-20',
            reason: '使用伪造的学历证明',
            decidedRole: 'HRSS_ADMIN',
          },
        ],
      });
      const events = await outboxOf('employer.status-changed', employerId);
      expect(events[events.length - 1]).toMatchObject({ suspendedUntil: '2029-11-20' });
    });

    it('a supervisor may sanction in their own district only; officers and HR may not', async () => {
      const { employerId } = await register({ district: 'XUHUI' });
      const input = { employerId, fineCny: 50000, reason: '伪造社保缴费证明' };
      expect(
        errorCodes(await t.gql(SANCTION, { variables: { input }, as: staff.supervisor('XUHUI') })),
      ).toEqual([]);
      expect(
        errorCodes(await t.gql(SANCTION, { variables: { input }, as: staff.supervisor('PUDONG') })),
      ).toEqual(['NOT_FOUND']);
      for (const user of [
        staff.officer('XUHUI'),
        staff.hr(employerId),
        staff.verifier(),
        staff.applicant(),
      ]) {
        expect(errorCodes(await t.gql(SANCTION, { variables: { input }, as: user }))).toEqual(['FORBIDDEN']);
      }
    });

    it.each([
      ['a fine below 30,000', { fineCny: 29999 }, 'input.fineCny'],
      ['a fine above 50,000', { fineCny: 50001 }, 'input.fineCny'],
      [
        'a suspension past 3 years (today 2026-11-20: 2029-11-20 at the latest)',
        { suspendedUntil: '2029-11-21' },
        'input.suspendedUntil',
      ],
      ['a suspension date that does not exist', { suspendedUntil: '2027-02-30' }, 'input.suspendedUntil'],
      ['no reason', { reason: ' ' }, 'input.reason'],
    ])('refuses %s, naming the field', async (_label, overrides, field) => {
      clock.setShanghaiDay('2026-11-20');
      const { employerId } = await register();
      const res = await t.gql(SANCTION, {
        variables: { input: { employerId, fineCny: 40000, reason: '伪造', ...overrides } },
        as: staff.hrss(),
      });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(res)).toBe(field);
      const rows = await t.dataSource.query(
        `SELECT 1 FROM employer_registration.employer_sanction WHERE employer_id = $1`,
        [employerId],
      );
      expect(rows).toHaveLength(0);
    });
  });
});
