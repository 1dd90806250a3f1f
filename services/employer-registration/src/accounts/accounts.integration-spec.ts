import { randomUUID } from 'node:crypto';
import type { AuthUser } from '@points/auth';
import { createRedisConnection } from '@points/db';
import { QueueName } from '@points/events';
import { Queue } from 'bullmq';
import { PiiCipher } from '@points/crypto';
import { PII_EVENT_AAD } from '@points/events';
import {
  deliverEvent,
  errorCodes,
  eventually,
  graphqlRequest,
  startSubgraphTestApp,
  testEvent,
  type GraphQLResponse,
  type SubgraphTestApp,
} from '@points/testing';
import { AppModule } from '../app.module';
import { MIGRATIONS } from '../migrations';
import {
  newMobile,
  newResidentId,
  REGISTER,
  registrationInput,
  REVIEW,
  staff,
  TestClock,
  testOptions,
} from '../test-support';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken expiresAt role } }`;
const CREATE_APPLICANT = `mutation($input: CreateApplicantAccountInput!) {
  createApplicantAccount(input: $input) { id role name employerId district permitDate residentId mobile } }`;
const ACCOUNT = `query($id: ID!, $full: Boolean!) { account(id: $id) {
  id name residentId(unmasked: $full) mobile(unmasked: $full) employerId } }`;

type LoginData = { login: { accessToken: string; expiresAt: string; role: string } };

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

// Generous: the job-change steps wait for real events; CI once took over 30 s here on a busy machine.
jest.setTimeout(90_000);

describe('accounts, login, job change and personal data', () => {
  let t: SubgraphTestApp;
  const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));
  /** Every resident ID and mobile this suite writes: none may be stored in plaintext. */
  const secrets: string[] = [];

  // Employer A (XUHUI) and B (PUDONG) approved, P (XUHUI) pending, S (XUHUI) approved then suspended.
  const employers: Record<'A' | 'B' | 'P' | 'S', { id: string; hrUsername: string; creditCode: string }> =
    {} as never;
  const HR_PASSWORD = 'hrpass123';

  function person() {
    const p = { residentId: newResidentId(), mobile: newMobile() };
    secrets.push(p.residentId, p.mobile);
    return p;
  }

  async function registerEmployer(district: 'XUHUI' | 'PUDONG', approve: boolean) {
    const hr = person();
    const input = registrationInput({
      district,
      hrSpecialists: [{ name: '人事甲', ...hr, password: HR_PASSWORD }],
    });
    const res = await t.gql<{ registerEmployer: { employerId: string; hrUsernames: string[] } }>(REGISTER, {
      variables: { input },
    });
    const { employerId, hrUsernames } = res.data!.registerEmployer;
    if (approve) {
      await t.gql(REVIEW, {
        variables: { input: { employerId, decision: 'APPROVED' } },
        as: staff.officer(district),
      });
    }
    return { id: employerId, hrUsername: hrUsernames[0]!, creditCode: String(input['creditCode']) };
  }

  async function login(username: string, password: string): Promise<GraphQLResponse<LoginData>> {
    return t.gql<LoginData>(LOGIN, { variables: { u: username, p: password } });
  }

  async function tokenOf(username: string, password: string): Promise<string> {
    const res = await login(username, password);
    expect(res.errors).toBeUndefined();
    return res.data!.login.accessToken;
  }

  function withToken<T = Record<string, unknown>>(
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    return graphqlRequest<T>(t.url, query, { token, variables });
  }

  async function createApplicant(
    as: AuthUser,
    overrides: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<{ createApplicantAccount: Record<string, string> }>> {
    const p = person();
    return t.gql(CREATE_APPLICANT, {
      variables: {
        input: { name: '张三', ...p, password: 'start123', permitDate: '2026-10-20', ...overrides },
      },
      as,
    });
  }

  async function jobState(jobId: string): Promise<string> {
    const connection = createRedisConnection(t.redis.url);
    const queue = new Queue(QueueName.events('employer-registration'), {
      connection,
      prefix: t.redis.prefix,
    });
    try {
      return await queue.getJobState(jobId);
    } finally {
      await queue.close();
      await connection.quit();
    }
  }

  async function outbox(type: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<{ envelope: { data: Record<string, unknown> } }> = await t.dataSource.query(
      `SELECT envelope FROM employer_registration.outbox WHERE type = $1 ORDER BY created_at`,
      [type],
    );
    return rows.map((r) => r.envelope.data);
  }

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'employer-registration',
      createModule: (config) => AppModule.forRoot(config, testOptions(clock)),
      migrations: MIGRATIONS,
    });
    employers.A = await registerEmployer('XUHUI', true);
    employers.B = await registerEmployer('PUDONG', true);
    employers.P = await registerEmployer('XUHUI', false);
    employers.S = await registerEmployer('XUHUI', true);
    await t.gql(`mutation($input: RecordSanctionInput!) { recordEmployerSanction(input: $input) { id } }`, {
      variables: {
        input: {
          employerId: employers.S.id,
          fineCny: 30000,
          suspendedUntil: '2028-12-31',
          reason: '伪造材料',
        },
      },
      as: staff.hrss(),
    });
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('logs HR in with a token carrying role and employer', async () => {
      const res = await login(employers.A.hrUsername, HR_PASSWORD);
      expect(res.data?.login.role).toBe('EMPLOYER_HR');
      expect(new Date(res.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now() + 7 * 3600_000);
      expect(claimsOf(res.data!.login.accessToken)).toMatchObject({
        role: 'EMPLOYER_HR',
        employerId: employers.A.id,
      });
      const me = await withToken<{ me: Record<string, unknown> }>(
        res.data!.login.accessToken,
        `{ me { role username name employerId district } }`,
      );
      expect(me.data?.me).toEqual({
        role: 'EMPLOYER_HR',
        username: employers.A.hrUsername,
        name: '人事甲',
        employerId: employers.A.id,
        district: 'XUHUI',
      });
    });

    it('gives the same answer for an unknown username and a wrong password', async () => {
      const unknown = await login('nobody-here', 'whatever1');
      const wrong = await login(employers.B.hrUsername, 'wrongpass1');
      expect(errorCodes(unknown)).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
      expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    });

    it('locks after 5 failures for 15 minutes, even with the right password, then lets in again', async () => {
      const username = employers.P.hrUsername;
      for (let i = 1; i <= 4; i++)
        expect(errorCodes(await login(username, `wrong${i}pass`))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await login(username, 'wrong5pass'))).toEqual(['TOO_MANY_REQUESTS']);
      const locked = await login(username, HR_PASSWORD);
      expect(errorCodes(locked)).toEqual(['TOO_MANY_REQUESTS']);
      expect(locked.errors?.[0]?.message).toMatch(/15 minutes/);
      clock.advanceMinutes(14);
      expect(errorCodes(await login(username, HR_PASSWORD))).toEqual(['TOO_MANY_REQUESTS']);
      clock.advanceMinutes(1);
      expect(errorCodes(await login(username, HR_PASSWORD))).toEqual([]);
    });

    it('locks an unknown username the same way (the lockout does not reveal who exists)', async () => {
      for (let i = 1; i <= 4; i++)
        expect(errorCodes(await login('ghost.user', 'nope123'))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await login('ghost.user', 'nope123'))).toEqual(['TOO_MANY_REQUESTS']);
    });

    it('lets the user change their own password, checking the old one and the rule', async () => {
      const hr = await registerEmployer('XUHUI', true);
      const token = await tokenOf(hr.hrUsername, HR_PASSWORD);
      const change = `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`;
      const wrongOld = await withToken(token, change, { o: 'notmine1', n: 'newpass123' });
      expect(wrongOld.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'oldPassword',
      });
      const weak = await withToken(token, change, { o: HR_PASSWORD, n: 'onlyletters' });
      expect(weak.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'newPassword',
        rule: 'NEEDS_LETTER_AND_DIGIT',
      });
      expect((await withToken(token, change, { o: HR_PASSWORD, n: 'newpass123' })).data).toEqual({
        changePassword: true,
      });
      expect(errorCodes(await login(hr.hrUsername, HR_PASSWORD))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await login(hr.hrUsername, 'newpass123'))).toEqual([]);
      expect(errorCodes(await t.gql(change, { variables: { o: 'a', n: 'b' } }))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('applicant accounts', () => {
    it('opens an applicant account; the applicant logs in with their ID number', async () => {
      clock.setShanghaiDay('2026-11-20');
      const p = person();
      const hr = await tokenOf(employers.A.hrUsername, HR_PASSWORD);
      const res = await withToken<{ createApplicantAccount: Record<string, string> }>(hr, CREATE_APPLICANT, {
        input: { name: '张三', ...p, password: 'start123', permitDate: '2026-11-02' },
      });
      expect(res.errors).toBeUndefined();
      const created = res.data!.createApplicantAccount;
      expect(created).toMatchObject({
        role: 'APPLICANT',
        employerId: employers.A.id,
        district: 'XUHUI',
        permitDate: '2026-11-02',
        residentId: `${p.residentId.slice(0, 3)}***********${p.residentId.slice(-4)}`,
        mobile: `${p.mobile.slice(0, 3)}****${p.mobile.slice(-4)}`,
      });
      const token = await tokenOf(p.residentId.toLowerCase(), 'start123');
      expect(claimsOf(token)).toMatchObject({ role: 'APPLICANT', applicantId: created.id, sub: created.id });
      const me = await withToken<{ me: Record<string, string> }>(
        token,
        `{ me { id residentId(unmasked: true) } }`,
      );
      expect(me.data?.me).toEqual({ id: created.id, residentId: p.residentId });

      // The application and notification services hear of it, with personal data as tokens only.
      const cipher = t.app.get(PiiCipher);
      const employment = (await outbox('applicant.employment-changed')).find(
        (e) => e.applicantId === created.id,
      )!;
      expect(employment).toMatchObject({
        employerId: employers.A.id,
        district: 'XUHUI',
        previousEmployerId: null,
        bannedUntil: null,
      });
      expect(cipher.decrypt(employment.residentId as string, PII_EVENT_AAD.residentId)).toBe(p.residentId);
      const contact = (await outbox('account.contact-changed')).find((e) => e.accountId === created.id)!;
      expect(contact).toMatchObject({ role: 'APPLICANT', employerId: employers.A.id, active: true });
      expect(cipher.decrypt(contact.mobile as string, PII_EVENT_AAD.mobile)).toBe(p.mobile);
    });

    describe('3 working days after the permit date (2026 National Day: 1–7 October off, Saturday 10 October worked)', () => {
      // Permit endorsed Wednesday 30 September 2026. Working days after it: Thursday 1 October to
      // Wednesday 7 October are the holiday; Thursday 8 October is 1, Friday 9 October is 2, and
      // Saturday 10 October (调休 make-up working day) is 3. First allowed day: 2026-10-10.
      it('refuses on 9 October, naming 10 October', async () => {
        clock.setShanghaiDay('2026-10-09');
        const res = await createApplicant(staff.hr(employers.A.id), { permitDate: '2026-09-30' });
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.permitDate',
          rule: 'TOO_SOON_AFTER_PERMIT',
        });
        expect(res.errors?.[0]?.message).toMatch(/from 2026-10-10/);
        expect(res.errors?.[0]?.message).not.toMatch(/provisional/);
      });

      it('accepts on 10 October', async () => {
        clock.setShanghaiDay('2026-10-10');
        const res = await createApplicant(staff.hr(employers.A.id), { permitDate: '2026-09-30' });
        expect(res.errors).toBeUndefined();
      });

      it('counts a permit of Tuesday 29 September to Friday 9 October (30 Sep, 8 Oct, 9 Oct)', async () => {
        clock.setShanghaiDay('2026-10-08');
        const early = await createApplicant(staff.hr(employers.A.id), { permitDate: '2026-09-29' });
        expect(early.errors?.[0]?.message).toMatch(/from 2026-10-09/);
      });

      it('says the date is provisional where the holiday data ends (2027 is not published)', async () => {
        // Wednesday 30 June 2027: Thursday 1 July is 1, Friday 2 July 2, Monday 5 July 3 (weekends only).
        clock.setShanghaiDay('2027-07-02');
        const res = await createApplicant(staff.hr(employers.A.id), { permitDate: '2027-06-30' });
        expect(res.errors?.[0]?.message).toMatch(/from 2027-07-05.*provisional/);
        clock.setShanghaiDay('2027-07-05');
        expect(
          (await createApplicant(staff.hr(employers.A.id), { permitDate: '2027-06-30' })).errors,
        ).toBeUndefined();
      });

      it('refuses a permit date in the future', async () => {
        clock.setShanghaiDay('2026-11-20');
        const res = await createApplicant(staff.hr(employers.A.id), { permitDate: '2026-11-21' });
        expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'input.permitDate', rule: 'IN_FUTURE' });
      });
    });

    it.each([
      [
        'a resident ID born in the future',
        { residentId: '310115203012310018' },
        'input.residentId',
        'BIRTH_DATE_IN_FUTURE',
      ],
      [
        'a resident ID with a wrong check character',
        { residentId: '110105194912310021' },
        'input.residentId',
        'CHECK_CHARACTER',
      ],
      ['a 10-digit mobile', { mobile: '1381234567' }, 'input.mobile', 'LENGTH'],
      ['a 19-character password', { password: 'a1b2c3d4e5f6g7h8i9j' }, 'input.password', 'TOO_LONG'],
      ['a permit date that does not exist', { permitDate: '2026-02-30' }, 'input.permitDate', 'DATE_INVALID'],
    ])('refuses %s, naming the field and rule', async (_label, overrides, field, rule) => {
      clock.setShanghaiDay('2026-11-20');
      const res = await createApplicant(staff.hr(employers.A.id), overrides);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
    });

    it('allows one account per person (CONFLICT naming the field)', async () => {
      clock.setShanghaiDay('2026-11-20');
      const p = person();
      const input = { name: '王二', ...p, password: 'start123', permitDate: '2026-10-20' };
      expect(
        errorCodes(await t.gql(CREATE_APPLICANT, { variables: { input }, as: staff.hr(employers.A.id) })),
      ).toEqual([]);
      const again = await t.gql(CREATE_APPLICANT, { variables: { input }, as: staff.hr(employers.B.id) });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.residentId' });
    });

    it('refuses a pending or suspended employer, and every role but HR', async () => {
      clock.setShanghaiDay('2026-11-20');
      expect(errorCodes(await createApplicant(staff.hr(employers.P.id)))).toEqual(['FORBIDDEN']);
      const suspended = await createApplicant(staff.hr(employers.S.id));
      expect(errorCodes(suspended)).toEqual(['FORBIDDEN']);
      expect(suspended.errors?.[0]?.message).toMatch(/suspended until 2028-12-31/);
      for (const user of [
        staff.officer(),
        staff.supervisor(),
        staff.hrss(),
        staff.verifier(),
        staff.applicant(),
      ]) {
        expect(errorCodes(await createApplicant(user))).toEqual(['FORBIDDEN']);
      }
    });

    it('lists an employer its own applicants only, newest first, in pages', async () => {
      clock.setShanghaiDay('2026-11-20');
      const hr = await registerEmployer('XUHUI', true);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        clock.advanceMinutes(1);
        ids.unshift((await createApplicant(staff.hr(hr.id))).data!.createApplicantAccount.id!);
      }
      const LIST = `query($after: String) { applicantAccounts(first: 2, after: $after) { nodes { id } endCursor hasNextPage } }`;
      type L = {
        applicantAccounts: { nodes: Array<{ id: string }>; endCursor: string; hasNextPage: boolean };
      };
      const page1 = await t.gql<L>(LIST, { as: staff.hr(hr.id) });
      const page2 = await t.gql<L>(LIST, {
        variables: { after: page1.data?.applicantAccounts.endCursor },
        as: staff.hr(hr.id),
      });
      expect(
        [...page1.data!.applicantAccounts.nodes, ...page2.data!.applicantAccounts.nodes].map((n) => n.id),
      ).toEqual(ids);
      expect(page2.data?.applicantAccounts.hasNextPage).toBe(false);
      const other = await t.gql<L>(LIST, { as: staff.hr(employers.B.id) });
      expect(other.data?.applicantAccounts.nodes.map((n) => n.id)).not.toContain(ids[0]);
    });

    it('adds another HR specialist as <credit code>-2, for approved employers only', async () => {
      const add = `mutation($input: AddHrAccountInput!) { addHrAccount(input: $input) { username role employerId } }`;
      const input = { name: '人事乙', ...person(), password: 'second123' };
      const res = await t.gql<{ addHrAccount: { username: string } }>(add, {
        variables: { input },
        as: staff.hr(employers.A.id),
      });
      expect(res.data?.addHrAccount.username).toBe(employers.A.hrUsername.replace(/-1$/, '-2'));
      expect(errorCodes(await login(res.data!.addHrAccount.username, 'second123'))).toEqual([]);
      expect(errorCodes(await t.gql(add, { variables: { input }, as: staff.hr(employers.P.id) }))).toEqual([
        'FORBIDDEN',
      ]);
    });
  });

  describe('personal data: masked unless entitled, full reads audited', () => {
    let applicantId: string;
    let p: { residentId: string; mobile: string };

    beforeAll(async () => {
      clock.setShanghaiDay('2026-11-20');
      p = person();
      const res = await t.gql<{ createApplicantAccount: { id: string } }>(CREATE_APPLICANT, {
        variables: { input: { name: '赵六', ...p, password: 'start123', permitDate: '2026-10-20' } },
        as: staff.hr(employers.A.id),
      });
      applicantId = res.data!.createApplicantAccount.id;
    });

    it.each([
      ['their employer', () => staff.hr(employers.A.id)],
      ["the district's officer", () => staff.officer('XUHUI')],
      ["the district's supervisor", () => staff.supervisor('XUHUI')],
      ['HRSS', () => staff.hrss()],
      ['the person', () => staff.applicant(applicantId)],
    ])('shows %s the full values, and audits the read', async (_label, who) => {
      const user = who();
      const masked = await t.gql<{ account: Record<string, string> }>(ACCOUNT, {
        variables: { id: applicantId, full: false },
        as: user,
      });
      expect(masked.data?.account.residentId).toBe(
        `${p.residentId.slice(0, 3)}***********${p.residentId.slice(-4)}`,
      );
      expect(masked.data?.account.mobile).toBe(`${p.mobile.slice(0, 3)}****${p.mobile.slice(-4)}`);
      const full = await t.gql<{ account: Record<string, string> }>(ACCOUNT, {
        variables: { id: applicantId, full: true },
        as: user,
      });
      expect(full.data?.account).toMatchObject({ residentId: p.residentId, mobile: p.mobile });
      const audit = await t.dataSource.query(
        `SELECT field, reader_role FROM employer_registration.pii_read_audit WHERE reader_id = $1 ORDER BY field`,
        [user.sub],
      );
      expect(audit).toEqual([
        { field: 'mobile', reader_role: user.role },
        { field: 'residentId', reader_role: user.role },
      ]);
    });

    it.each([
      ['another employer', () => staff.hr(employers.B.id)],
      ["another district's officer", () => staff.officer('PUDONG')],
      ['a city verifier', () => staff.verifier()],
      ['another applicant', () => staff.applicant()],
    ])('shows %s nothing (NOT_FOUND)', async (_label, who) => {
      const res = await t.gql(ACCOUNT, { variables: { id: applicantId, full: false }, as: who() });
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      expect(res.data).toEqual({ account: null });
    });
  });

  describe('password reset at the district centre', () => {
    const RESET = `mutation($input: ResetApplicantPasswordInput!) { resetApplicantPassword(input: $input) { id } }`;

    it("lets an officer of the applicant's employer's district reset it, recorded and announced", async () => {
      clock.setShanghaiDay('2026-11-20');
      const p = person();
      const created = await t.gql<{ createApplicantAccount: { id: string } }>(CREATE_APPLICANT, {
        variables: { input: { name: '孙七', ...p, password: 'start123', permitDate: '2026-10-20' } },
        as: staff.hr(employers.A.id),
      });
      const id = created.data!.createApplicantAccount.id;
      for (let i = 0; i < 5; i++) await login(p.residentId, 'forgot123');
      const input = { accountId: id, newPassword: 'window123' };
      expect(errorCodes(await t.gql(RESET, { variables: { input }, as: staff.officer('PUDONG') }))).toEqual([
        'NOT_FOUND',
      ]);
      for (const user of [staff.supervisor(), staff.hrss(), staff.hr(employers.A.id), staff.applicant(id)]) {
        expect(errorCodes(await t.gql(RESET, { variables: { input }, as: user }))).toEqual(['FORBIDDEN']);
      }
      const weak = await t.gql(RESET, {
        variables: { input: { accountId: id, newPassword: '12345' } },
        as: staff.officer(),
      });
      expect(weak.errors?.[0]?.extensions).toMatchObject({ field: 'input.newPassword', rule: 'TOO_SHORT' });
      const officer = staff.officer('XUHUI');
      expect(errorCodes(await t.gql(RESET, { variables: { input }, as: officer }))).toEqual([]);
      // The reset lifts the lockout and the new password works.
      expect(errorCodes(await login(p.residentId, 'window123'))).toEqual([]);
      const history = await t.gql<{ account: { history: unknown[] } }>(
        `query($id: ID!) { account(id: $id) { history { action actorId actorRole } } }`,
        { variables: { id }, as: officer },
      );
      expect(history.data?.account.history).toEqual([
        { action: 'CREATED', actorId: expect.any(String), actorRole: 'EMPLOYER_HR' },
        { action: 'PASSWORD_RESET', actorId: officer.sub, actorRole: 'CENTRE_OFFICER' },
      ]);
      expect(await outbox('employer.password-reset')).toContainEqual({
        accountId: id,
        district: 'XUHUI',
        resetBy: officer.sub,
      });
    });
  });

  describe('staff accounts', () => {
    const CREATE_STAFF = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id role district username } }`;

    it('HRSS creates a district officer who then logs in with the district in the token', async () => {
      const input = {
        username: 'officer.jingan',
        name: '静安受理员',
        role: 'CENTRE_OFFICER',
        district: 'JINGAN',
        password: 'staff123',
      };
      const res = await t.gql(CREATE_STAFF, { variables: { input }, as: staff.hrss() });
      expect(res.data).toEqual({
        createStaffAccount: {
          id: expect.any(String),
          role: 'CENTRE_OFFICER',
          district: 'JINGAN',
          username: 'officer.jingan',
        },
      });
      const token = await tokenOf('officer.jingan', 'staff123');
      expect(claimsOf(token)).toMatchObject({ role: 'CENTRE_OFFICER', district: 'JINGAN' });
      // Announced to the application service's staff directory (assignments go to real officers only).
      const officerId = (res.data as { createStaffAccount: { id: string } }).createStaffAccount.id;
      expect((await outbox('staff.account-changed')).filter((e) => e.accountId === officerId)).toEqual([
        { accountId: officerId, role: 'CENTRE_OFFICER', district: 'JINGAN', active: true },
      ]);
      const again = await t.gql(CREATE_STAFF, { variables: { input }, as: staff.hrss() });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.username' });
    });

    it("the supervisor sees their own district's officers, none of another district's", async () => {
      const create = (username: string, name: string, role: string, district: string) =>
        t.gql<{ createStaffAccount: { id: string } }>(CREATE_STAFF, {
          variables: { input: { username, name, role, district, password: 'staff123' } },
          as: staff.hrss(),
        });
      const second = (await create('officer.songjiang.b', '松江受理员乙', 'CENTRE_OFFICER', 'SONGJIANG'))
        .data!;
      const first = (await create('officer.songjiang.a', '松江受理员甲', 'CENTRE_OFFICER', 'SONGJIANG'))
        .data!;
      await create('supervisor.songjiang', '松江负责人', 'CENTRE_SUPERVISOR', 'SONGJIANG');
      await create('officer.qingpu', '青浦受理员', 'CENTRE_OFFICER', 'QINGPU');
      const OFFICERS = `query { districtOfficers { id name username district role } }`;
      const seen = await t.gql(OFFICERS, { as: staff.supervisor('SONGJIANG') });
      // Only the two officers of 松江, by login name (…a before …b); not its supervisor, not 青浦's officer.
      expect(seen.data).toEqual({
        districtOfficers: [
          {
            id: first.createStaffAccount.id,
            name: '松江受理员甲',
            username: 'officer.songjiang.a',
            district: 'SONGJIANG',
            role: 'CENTRE_OFFICER',
          },
          {
            id: second.createStaffAccount.id,
            name: '松江受理员乙',
            username: 'officer.songjiang.b',
            district: 'SONGJIANG',
            role: 'CENTRE_OFFICER',
          },
        ],
      });
      for (const user of [
        staff.officer('SONGJIANG'),
        staff.hrss(),
        staff.verifier(),
        staff.hr(employers.A.id),
      ]) {
        expect(errorCodes(await t.gql(OFFICERS, { as: user }))).toEqual(['FORBIDDEN']);
      }
    });

    it('needs a district for centre staff and none for others; only HRSS may create staff', async () => {
      const base = { username: 'sup.nowhere', name: '某', password: 'staff123' };
      const noDistrict = await t.gql(CREATE_STAFF, {
        variables: { input: { ...base, role: 'CENTRE_SUPERVISOR' } },
        as: staff.hrss(),
      });
      expect(noDistrict.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.district',
      });
      const verifierWithDistrict = await t.gql(CREATE_STAFF, {
        variables: { input: { ...base, role: 'CITY_VERIFIER', district: 'XUHUI' } },
        as: staff.hrss(),
      });
      expect(verifierWithDistrict.errors?.[0]?.extensions).toMatchObject({
        field: 'input.district',
        rule: 'NO_DISTRICT',
      });
      const applicantRole = await t.gql(CREATE_STAFF, {
        variables: { input: { ...base, role: 'APPLICANT' } },
        as: staff.hrss(),
      });
      expect(applicantRole.errors?.[0]?.extensions).toMatchObject({
        field: 'input.role',
        rule: 'STAFF_ROLE',
      });
      for (const user of [staff.officer(), staff.supervisor(), staff.hr(employers.A.id), staff.verifier()]) {
        const res = await t.gql(CREATE_STAFF, {
          variables: { input: { ...base, role: 'CITY_VERIFIER' } },
          as: user,
        });
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('job change and forgery', () => {
    const RELEASE = `mutation($input: ReleaseApplicantInput!) { releaseApplicant(input: $input) { id employerId district } }`;
    const TAKE_OVER = `mutation($input: TakeOverApplicantInput!) { takeOverApplicant(input: $input) { id employerId district } }`;

    it('the old employer releases, the new one takes over by resident ID; both histories show it', async () => {
      clock.setShanghaiDay('2026-11-20');
      const p = person();
      const created = await t.gql<{ createApplicantAccount: { id: string } }>(CREATE_APPLICANT, {
        variables: { input: { name: '周八', ...p, password: 'start123', permitDate: '2026-10-20' } },
        as: staff.hr(employers.A.id),
      });
      const id = created.data!.createApplicantAccount.id;
      const early = await t.gql(TAKE_OVER, {
        variables: { input: { residentId: p.residentId } },
        as: staff.hr(employers.B.id),
      });
      // Not released yet reads exactly like a person with no account at all (nothing about strangers).
      expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'NO_RELEASED_ACCOUNT' });
      const nobody = await t.gql(TAKE_OVER, {
        variables: { input: { residentId: person().residentId } },
        as: staff.hr(employers.B.id),
      });
      expect(nobody.errors?.[0]).toEqual({ ...early.errors?.[0], path: nobody.errors?.[0]?.path });
      expect(
        errorCodes(
          await t.gql(RELEASE, { variables: { input: { accountId: id } }, as: staff.hr(employers.B.id) }),
        ),
      ).toEqual(['NOT_FOUND']);
      for (const user of [staff.officer(), staff.hrss(), staff.applicant(id)]) {
        expect(
          errorCodes(await t.gql(RELEASE, { variables: { input: { accountId: id } }, as: user })),
        ).toEqual(['FORBIDDEN']);
      }
      const released = await t.gql(RELEASE, {
        variables: { input: { accountId: id, reason: '劳动合同解除' } },
        as: staff.hr(employers.A.id),
      });
      expect(released.data).toEqual({ releaseApplicant: { id, employerId: null, district: 'XUHUI' } });
      expect(
        errorCodes(
          await t.gql(TAKE_OVER, {
            variables: { input: { residentId: p.residentId } },
            as: staff.hr(employers.S.id),
          }),
        ),
      ).toEqual(['FORBIDDEN']);
      const taken = await t.gql(TAKE_OVER, {
        variables: { input: { residentId: p.residentId } },
        as: staff.hr(employers.B.id),
      });
      expect(taken.data).toEqual({
        takeOverApplicant: { id, employerId: employers.B.id, district: 'PUDONG' },
      });

      const history = await t.gql<{ account: { history: unknown[] } }>(
        `query($id: ID!) { account(id: $id) { history { action employerId previousEmployerId reason } } }`,
        { variables: { id }, as: staff.hrss() },
      );
      expect(history.data?.account.history).toEqual([
        { action: 'CREATED', employerId: employers.A.id, previousEmployerId: null, reason: null },
        { action: 'RELEASED', employerId: null, previousEmployerId: employers.A.id, reason: '劳动合同解除' },
        {
          action: 'TAKEN_OVER',
          employerId: employers.B.id,
          previousEmployerId: employers.A.id,
          reason: null,
        },
      ]);
      const employerActions = await t.dataSource.query(
        `SELECT employer_id, action FROM employer_registration.employer_history
          WHERE action IN ('APPLICANT_RELEASED', 'APPLICANT_TAKEN_OVER') AND reason LIKE $1 ORDER BY seq`,
        [`%${id}%`],
      );
      expect(employerActions).toEqual([
        { employer_id: employers.A.id, action: 'APPLICANT_RELEASED' },
        { employer_id: employers.B.id, action: 'APPLICANT_TAKEN_OVER' },
      ]);
      const moves = (await outbox('applicant.employment-changed')).filter((e) => e.applicantId === id);
      expect(moves.map((e) => [e.employerId, e.previousEmployerId])).toEqual([
        [employers.A.id, null],
        [null, employers.A.id],
        [employers.B.id, employers.A.id],
      ]);
      const unknown = await t.gql(TAKE_OVER, {
        variables: { input: { residentId: person().residentId } },
        as: staff.hr(employers.B.id),
      });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.residentId' });
    });

    it("releases at the centre window when the old employer does not: the employer's district officer, on the holder's request, recorded", async () => {
      clock.setShanghaiDay('2026-11-20');
      const AT_WINDOW = `mutation($input: ReleaseAtWindowInput!) { releaseApplicantAtWindow(input: $input) { id employerId district } }`;
      const p = person();
      const created = await t.gql<{ createApplicantAccount: { id: string } }>(CREATE_APPLICANT, {
        variables: { input: { name: '吴九', ...p, password: 'start123', permitDate: '2026-10-20' } },
        as: staff.hr(employers.A.id),
      });
      const id = created.data!.createApplicantAccount.id;
      const input = { accountId: id, departureCertificate: '离职证明 2026-11-15' };
      // Only an officer, and only of the old employer's district (XUHUI).
      for (const user of [staff.hr(employers.B.id), staff.applicant(id), staff.hrss()]) {
        expect(errorCodes(await t.gql(AT_WINDOW, { variables: { input }, as: user }))).toEqual(['FORBIDDEN']);
      }
      expect(
        errorCodes(await t.gql(AT_WINDOW, { variables: { input }, as: staff.officer('PUDONG') })),
      ).toEqual(['NOT_FOUND']);
      const blank = await t.gql(AT_WINDOW, {
        variables: { input: { accountId: id, departureCertificate: '  ' } },
        as: staff.officer(),
      });
      expect(blank.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.departureCertificate',
      });
      const released = await t.gql(AT_WINDOW, { variables: { input }, as: staff.officer() });
      expect(released.data).toEqual({
        releaseApplicantAtWindow: { id, employerId: null, district: 'XUHUI' },
      });
      // The new employer can take the holder over now.
      const taken = await t.gql(TAKE_OVER, {
        variables: { input: { residentId: p.residentId } },
        as: staff.hr(employers.B.id),
      });
      expect(taken.data).toEqual({
        takeOverApplicant: { id, employerId: employers.B.id, district: 'PUDONG' },
      });
      const history = await t.gql<{ account: { history: Array<Record<string, unknown>> } }>(
        `query($id: ID!) { account(id: $id) { history { action actorRole previousEmployerId reason } } }`,
        { variables: { id }, as: staff.hrss() },
      );
      expect(history.data?.account.history[1]).toEqual({
        action: 'RELEASED',
        actorRole: 'CENTRE_OFFICER',
        previousEmployerId: employers.A.id,
        reason: expect.stringContaining('离职证明 2026-11-15'),
      });
      const moves = (await outbox('applicant.employment-changed')).filter((e) => e.applicantId === id);
      expect(moves.map((e) => [e.employerId, e.previousEmployerId])).toEqual([
        [employers.A.id, null],
        [null, employers.A.id],
        [employers.B.id, employers.A.id],
      ]);
    });

    it('lets a holder whose points are no longer valid switch the employer code himself; with valid points, not', async () => {
      clock.setShanghaiDay('2026-11-20');
      const SWITCH = `mutation($input: SwitchMyEmployerInput!) { switchMyEmployer(input: $input) { id employerId district } }`;
      const p = person();
      const created = await t.gql<{ createApplicantAccount: { id: string } }>(CREATE_APPLICANT, {
        variables: { input: { name: '郑十', ...p, password: 'start123', permitDate: '2026-10-20' } },
        as: staff.hr(employers.A.id),
      });
      const id = created.data!.createApplicantAccount.id;
      const holder = staff.applicant(id);
      const input = { creditCode: employers.B.creditCode };
      // Points valid until 2027-02-28, as the application service announced.
      const applicationId = randomUUID();
      const valid = testEvent('application.points-validity-changed', {
        applicationId,
        applicantId: id,
        validUntil: '2027-02-28',
      });
      await deliverEvent(t, 'employer-registration', valid);
      const refused = await eventually(async () => {
        const res = await t.gql(SWITCH, { variables: { input }, as: holder });
        return res.errors?.[0]?.extensions?.['rule'] === 'POINTS_STILL_VALID' ? res : undefined;
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.creditCode',
      });
      expect(refused.errors?.[0]?.message).toContain('2027-02-28');
      // Only the holder himself; HR and officers have their own routes.
      for (const user of [staff.hr(employers.B.id), staff.officer()]) {
        expect(errorCodes(await t.gql(SWITCH, { variables: { input }, as: user }))).toEqual(['FORBIDDEN']);
      }
      const unknown = await t.gql(SWITCH, { variables: { input: { creditCode: 'not-a-code' } }, as: holder });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.creditCode',
      });

      // The points lapse: now he switches himself, recorded, and the application service is told.
      const lapsed = testEvent('application.points-validity-changed', {
        applicationId,
        applicantId: id,
        validUntil: null,
      });
      await deliverEvent(t, 'employer-registration', lapsed);
      const switched = await eventually(async () => {
        const res = await t.gql<{ switchMyEmployer: Record<string, unknown> }>(SWITCH, {
          variables: { input },
          as: holder,
        });
        return res.data?.switchMyEmployer ? res : undefined;
      });
      expect(switched.data!.switchMyEmployer).toEqual({ id, employerId: employers.B.id, district: 'PUDONG' });
      const history = await t.gql<{ account: { history: Array<Record<string, unknown>> } }>(
        `query($id: ID!) { account(id: $id) { history { action actorRole employerId previousEmployerId } } }`,
        { variables: { id }, as: staff.hrss() },
      );
      expect(history.data?.account.history.at(-1)).toEqual({
        action: 'SWITCHED_BY_HOLDER',
        actorRole: 'APPLICANT',
        employerId: employers.B.id,
        previousEmployerId: employers.A.id,
      });
      const moves = (await outbox('applicant.employment-changed')).filter((e) => e.applicantId === id);
      expect(moves.map((e) => [e.employerId, e.previousEmployerId])).toEqual([
        [employers.A.id, null],
        [employers.B.id, employers.A.id],
      ]);
    });

    it('lets only HR add HR accounts and take applicants over', async () => {
      const add = `mutation($input: AddHrAccountInput!) { addHrAccount(input: $input) { id } }`;
      const hrInput = { name: '人事丙', ...person(), password: 'third1234' };
      for (const user of [
        staff.officer(),
        staff.supervisor(),
        staff.hrss(),
        staff.verifier(),
        staff.applicant(),
      ]) {
        expect(errorCodes(await t.gql(add, { variables: { input: hrInput }, as: user }))).toEqual([
          'FORBIDDEN',
        ]);
        const take = await t.gql(TAKE_OVER, {
          variables: { input: { residentId: person().residentId } },
          as: user,
        });
        expect(errorCodes(take)).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await t.gql(add, { variables: { input: hrInput } }))).toEqual(['UNAUTHENTICATED']);
    });

    it('a forgery finding opens a case and bans nobody; a person decides 情节严重 (3-year ban) or not; a second person reviews', async () => {
      clock.setShanghaiDay('2026-11-20');
      const p = person();
      const created = await t.gql<{ createApplicantAccount: { id: string } }>(CREATE_APPLICANT, {
        variables: { input: { name: '吴九', ...p, password: 'start123', permitDate: '2026-10-20' } },
        as: staff.hr(employers.A.id),
      });
      const applicantId = created.data!.createApplicantAccount.id;
      const me = staff.applicant(applicantId);
      const finding = (note: string) =>
        testEvent('verification.forgery-found', {
          caseId: randomUUID(),
          applicationId: randomUUID(),
          applicantId,
          employerId: employers.A.id,
          district: 'XUHUI',
          foundOn: '2026-11-02',
          note,
        });
      const event = finding('学历证书系伪造');
      await deliverEvent(t, 'employer-registration', event);
      await deliverEvent(t, 'employer-registration', event, { jobId: `${event.id}-again` });
      await eventually(async () => (await jobState(`${event.id}-again`)) === 'completed');
      const bannedUntil = async () => {
        const rows: Array<{ banned_until: string | null }> = await t.dataSource.query(
          `SELECT banned_until::text FROM employer_registration.account WHERE id = $1`,
          [applicantId],
        );
        return rows[0]?.banned_until;
      };
      // The finding alone bans nobody (第二十二条: only 情节严重); one case however often it is delivered.
      expect(await bannedUntil()).toBeNull();
      const CASES = `query { applicantForgeryCases { id status serious bannedUntil note } }`;
      const mine = await t.gql<{ applicantForgeryCases: Array<{ id: string; status: string }> }>(CASES, {
        as: me,
      });
      expect(mine.data?.applicantForgeryCases).toEqual([
        expect.objectContaining({ status: 'PENDING_DECISION', serious: null, note: '学历证书系伪造' }),
      ]);
      const caseId = mine.data!.applicantForgeryCases[0]!.id;
      const recorded = await t.dataSource.query(
        `SELECT 1 FROM employer_registration.employer_history WHERE employer_id = $1 AND action = 'FORGERY_CASE_RECORDED'`,
        [employers.A.id],
      );
      expect(recorded).toHaveLength(1);
      const cases = await t.dataSource.query(
        `SELECT status, forgery_case_id FROM employer_registration.employer_sanction WHERE employer_id = $1`,
        [employers.A.id],
      );
      expect(cases).toEqual([{ status: 'PENDING_DECISION', forgery_case_id: event.data.caseId }]);
      // Another district's supervisor does not see it.
      const elsewhere = await t.gql<{ applicantForgeryCases: unknown[] }>(CASES, {
        as: staff.supervisor('PUDONG'),
      });
      expect(elsewhere.data?.applicantForgeryCases).toEqual([]);

      const DECIDE = `mutation($input: DecideForgeryCaseInput!) { decideApplicantForgeryCase(input: $input) { status serious bannedUntil decidedRole } }`;
      const APPEAL = `mutation($input: AppealForgeryCaseInput!) { appealApplicantForgeryCase(input: $input) { status appealReason } }`;
      const REVIEW_APPEAL = `mutation($input: DecideForgeryAppealInput!) { decideApplicantForgeryAppeal(input: $input) { status appealUpheld } }`;
      // Nothing to review before a decision.
      const early = await t.gql(APPEAL, { variables: { input: { caseId, reason: '我没有伪造' } }, as: me });
      expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
      expect(
        errorCodes(
          await t.gql(DECIDE, {
            variables: { input: { caseId, serious: true, reason: '伪造学历' } },
            as: staff.supervisor('PUDONG'),
          }),
        ),
      ).toEqual(['NOT_FOUND']);
      const blank = await t.gql(DECIDE, {
        variables: { input: { caseId, serious: true, reason: '  ' } },
        as: staff.hrss(),
      });
      expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });

      // HRSS decides it serious on 2026-11-20: no applying for 3 years, up to and including 2029-11-19.
      const decider = staff.hrss();
      const serious = await t.gql<{ decideApplicantForgeryCase: unknown }>(DECIDE, {
        variables: { input: { caseId, serious: true, reason: '伪造学历证书，情节严重' } },
        as: decider,
      });
      expect(serious.data?.decideApplicantForgeryCase).toEqual({
        status: 'DECIDED',
        serious: true,
        bannedUntil: '2029-11-19',
        decidedRole: 'HRSS_ADMIN',
      });
      expect(await bannedUntil()).toBe('2029-11-19');
      const again = await t.gql(DECIDE, {
        variables: { input: { caseId, serious: false, reason: '改判' } },
        as: staff.hrss(),
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
      const announced = () =>
        outbox('applicant.employment-changed').then((all) =>
          all.filter((e) => e.applicantId === applicantId),
        );
      expect((await announced()).map((e) => e.bannedUntil)).toEqual([null, '2029-11-19']);

      // The ban stops a new employer taking the account over.
      await t.gql(RELEASE, {
        variables: { input: { accountId: applicantId } },
        as: staff.hr(employers.A.id),
      });
      const takeOver = await t.gql(TAKE_OVER, {
        variables: { input: { residentId: p.residentId } },
        as: staff.hr(employers.B.id),
      });
      expect(takeOver.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'APPLICANT_BANNED',
      });
      expect(takeOver.errors?.[0]?.message).toMatch(/until 2029-11-19/);

      // The person asks for review; the one who decided may not decide it, a second HRSS officer upholds it.
      const appealed = await t.gql<{ appealApplicantForgeryCase: unknown }>(APPEAL, {
        variables: { input: { caseId, reason: '证书系学校补发，并非伪造' } },
        as: me,
      });
      expect(appealed.data?.appealApplicantForgeryCase).toEqual({
        status: 'APPEALED',
        appealReason: '证书系学校补发，并非伪造',
      });
      expect(
        errorCodes(
          await t.gql(REVIEW_APPEAL, {
            variables: { input: { caseId, upheld: true, reason: '核实' } },
            as: decider,
          }),
        ),
      ).toEqual(['FORBIDDEN']);
      const upheld = await t.gql<{ decideApplicantForgeryAppeal: unknown }>(REVIEW_APPEAL, {
        variables: { input: { caseId, upheld: true, reason: '学校出具补发证明' } },
        as: staff.hrss(),
      });
      expect(upheld.data?.decideApplicantForgeryAppeal).toEqual({
        status: 'APPEAL_DECIDED',
        appealUpheld: true,
      });
      expect(await bannedUntil()).toBeNull();
      expect((await announced()).map((e) => e.bannedUntil).slice(-1)).toEqual([null]);
      const history: Array<{ action: string }> = await t.dataSource.query(
        `SELECT action FROM employer_registration.account_history WHERE account_id = $1 ORDER BY seq`,
        [applicantId],
      );
      expect(history.map((h) => h.action)).toEqual([
        'CREATED',
        'FORGERY_CASE_OPENED',
        'BANNED',
        'RELEASED',
        'FORGERY_CASE_APPEALED',
        'BAN_LIFTED',
      ]);

      // A second finding decided not serious by the district supervisor: the deduction only, no ban,
      // and nothing to review here (the deduction is disputed with a score review, 复核).
      await deliverEvent(t, 'employer-registration', finding('社保缴费证明涂改'));
      const second = await eventually(async () => {
        const all = await t.gql<{ applicantForgeryCases: Array<{ id: string; status: string }> }>(CASES, {
          as: me,
        });
        return all.data?.applicantForgeryCases.find((c) => c.status === 'PENDING_DECISION');
      });
      const minor = await t.gql<{ decideApplicantForgeryCase: unknown }>(DECIDE, {
        variables: { input: { caseId: second.id, serious: false, reason: '涂改处与积分无关，情节轻微' } },
        as: staff.supervisor('XUHUI'),
      });
      expect(minor.data?.decideApplicantForgeryCase).toEqual({
        status: 'DECIDED',
        serious: false,
        bannedUntil: null,
        decidedRole: 'CENTRE_SUPERVISOR',
      });
      expect(await bannedUntil()).toBeNull();
      const minorAppeal = await t.gql(APPEAL, {
        variables: { input: { caseId: second.id, reason: '不服' } },
        as: me,
      });
      expect(minorAppeal.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.caseId',
        rule: 'serious-decision-only',
      });
      // Nobody else's applicant reviews someone's case.
      expect(
        errorCodes(
          await t.gql(APPEAL, { variables: { input: { caseId, reason: 'x' } }, as: staff.applicant() }),
        ),
      ).toEqual(['NOT_FOUND']);

      // The district supervisor (the second pair of eyes) finds the case waiting, its employer first;
      // another district's supervisor sees nothing of it; officers, HR and verifiers are refused.
      const SANCTIONED = `query { sanctionedEmployers { id sanctions { status forgeryCaseId } } }`;
      type Sanctioned = { sanctionedEmployers: Array<{ id: string; sanctions: Array<{ status: string }> }> };
      const waiting = await t.gql<Sanctioned>(SANCTIONED, { as: staff.supervisor('XUHUI') });
      expect(waiting.data?.sanctionedEmployers[0]).toEqual({
        id: employers.A.id,
        sanctions: expect.arrayContaining([{ status: 'PENDING_DECISION', forgeryCaseId: event.data.caseId }]),
      });
      const elsewhereSanctioned = await t.gql(SANCTIONED, { as: staff.supervisor('PUDONG') });
      expect(elsewhereSanctioned.errors).toBeUndefined();
      expect(JSON.stringify(elsewhereSanctioned.data)).not.toContain(employers.A.id);
      for (const user of [staff.officer('XUHUI'), staff.hr(employers.A.id), staff.verifier()]) {
        expect(errorCodes(await t.gql(SANCTIONED, { as: user }))).toEqual(['FORBIDDEN']);
      }
      // HRSS: the city, or one district's; a supervisor naming another district is refused, never widened.
      const BY_DISTRICT = `query($d: String) { sanctionedEmployers(district: $d) { id district }
        applicantForgeryCases(district: $d) { id district } }`;
      type ByDistrict = {
        sanctionedEmployers: Array<{ id: string; district: string }>;
        applicantForgeryCases: Array<{ id: string; district: string }>;
      };
      const city = await t.gql<ByDistrict>(BY_DISTRICT, { as: staff.hrss() });
      expect(city.data?.sanctionedEmployers.map((e) => e.id)).toContain(employers.A.id);
      expect(city.data?.applicantForgeryCases.map((c) => c.district)).toContain('XUHUI');
      const xuhui = await t.gql<ByDistrict>(BY_DISTRICT, { variables: { d: 'XUHUI' }, as: staff.hrss() });
      expect(xuhui.data?.sanctionedEmployers.map((e) => e.id)).toContain(employers.A.id);
      expect(new Set(xuhui.data?.applicantForgeryCases.map((c) => c.district))).toEqual(new Set(['XUHUI']));
      const pudong = await t.gql<ByDistrict>(BY_DISTRICT, { variables: { d: 'PUDONG' }, as: staff.hrss() });
      expect(pudong.data).toEqual({ sanctionedEmployers: [], applicantForgeryCases: [] });
      expect(
        errorCodes(await t.gql(BY_DISTRICT, { variables: { d: 'XUHUI' }, as: staff.supervisor('PUDONG') })),
      ).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      const badCode = await t.gql(BY_DISTRICT, { variables: { d: 'xuhui' }, as: staff.hrss() });
      expect(badCode.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'district',
        rule: 'district-code',
      });

      // HRSS decides the pending case: the fine goes on the record.
      const decide = await t.gql<{ recordEmployerSanction: { sanctions: unknown[] } }>(
        `mutation($input: RecordSanctionInput!) { recordEmployerSanction(input: $input) { sanctions { status fineCny forgeryCaseId } } }`,
        {
          variables: {
            input: {
              employerId: employers.A.id,
              fineCny: 45000,
              reason: '学历证书系伪造',
              forgeryCaseId: event.data.caseId,
            },
          },
          as: staff.hrss(),
        },
      );
      expect(decide.data?.recordEmployerSanction.sanctions).toEqual(
        expect.arrayContaining([{ status: 'DECIDED', fineCny: 45000, forgeryCaseId: event.data.caseId }]),
      );
    });
  });

  describe('at rest', () => {
    it('stores no resident ID number or mobile in plaintext in any table', async () => {
      expect(secrets.length).toBeGreaterThan(20);
      const tables: Array<{ table_name: string }> = await t.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'employer_registration'`,
      );
      expect(tables.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['account', 'outbox', 'employer_history']),
      );
      let dump = '';
      for (const { table_name } of tables) {
        const rows: Array<{ row: string }> = await t.dataSource.query(
          `SELECT row_to_json(x)::text AS row FROM employer_registration."${table_name}" x`,
        );
        dump += rows.map((r) => r.row).join('\n');
      }
      expect(dump.length).toBeGreaterThan(1000);
      expect(secrets.filter((s) => dump.includes(s))).toEqual([]);
    });
  });
});
