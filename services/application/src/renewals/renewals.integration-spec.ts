/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- GraphQL answers are untyped JSON here */
import { Queue } from 'bullmq';
import { addCalendarDays, toShanghaiDate } from '@points/calendar';
import { PiiCipher } from '@points/crypto';
import { EvidenceKind } from '@points/scoring-engine';
import { createRedisConnection } from '@points/db';
import { deliverEvent, errorCodes, eventually, testEvent, type SubgraphTestApp } from '@points/testing';
import { claimedProfileOf } from '../applications/application-claims.util';
import type { ApplicationFormData } from '../applications/application-form.model';
import { ApplicationHistoryService } from '../history/application-history.service';
import { PII_COLUMN_AAD } from '../projections/projections.service';
import {
  applicantEmployedBy,
  officer,
  completeForm,
  employerStanding,
  hrOf,
  pinToday,
  startApplicationApp,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';
import { ApplicationQueueName, RENEWAL_REMINDER_SCHEDULER_ID } from './application-queues.constant';
import { RenewalRemindersService } from './renewal-reminders.service';
import { OverdueService } from '../overdue/overdue.service';

type Row = Record<string, any>;

const PASSING = 'bbbbbbbb-0000-4000-8000-000000000001';
const FAILING = 'bbbbbbbb-0000-4000-8000-000000000002';
const PASSING_ID = '310104199003070018';
const FAILING_ID = '310115199501010041';
let approvedFixtures = 0;

describe('renewal (积分确认): window around holidays, online review, reminders, lapse', () => {
  let t: SubgraphTestApp;
  const hr = hrOf(XUHUI_EMPLOYER);
  const create = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id version state kind previousApplicationId permitEndorsedOn } }`;

  /** An APPROVED application as the lifecycle leaves it, valid until 2026-10-31. */
  async function approved(
    applicantId: string,
    residentId: string,
    validUntil = '2026-10-31',
    extra: Partial<Row> = {},
  ): Promise<string> {
    const cipher = t.app.get(PiiCipher);
    const { personal: _personal, ...rest } = completeForm();
    const form = {
      ...rest,
      residencePermit: {
        number: 'SH2025',
        validFrom: '2025-10-31',
        validTo: validUntil,
        address: '上海市徐汇区',
      },
    } as ApplicationFormData;
    const verified = claimedProfileOf(
      form,
      `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`,
      // Assessed once the last contribution month (2025-12) was paid: no month after the assessment's.
      '2025-12-31',
    );
    const [row] = await t.dataSource.query(
      `INSERT INTO application.application (employer_id, applicant_id, district, kind, state, version, applicant_name,
         resident_id_enc, mobile_enc, form, verified_profile, assessment_date, total_points, rule_set_version, valid_until, permit_endorsed_on, notice_code, notice_no)
       VALUES ($1, $2, 'XUHUI', 'NEW', 'APPROVED', 9, '张三', $3, $4, $5, $6, '2025-10-20', 198, 'SH-2017', $7, $8, $9, $10) RETURNING id`,
      [
        XUHUI_EMPLOYER,
        applicantId,
        cipher.encrypt(residentId, PII_COLUMN_AAD.residentId),
        cipher.encrypt('13812345678', PII_COLUMN_AAD.mobile),
        JSON.stringify(form),
        JSON.stringify(verified),
        validUntil,
        extra['permitEndorsedOn'] ?? null,
        `AAAA-BBBB-CCCC-${String(Math.floor(Math.random() * 9000) + 1000)}`,
        // Approved in 2025: its notice has that year's number (every approval has one).
        `沪人社积〔2025〕${String(++approvedFixtures).padStart(6, '0')}号`,
      ],
    );
    return row.id as string;
  }

  beforeAll(async () => {
    t = await startApplicationApp();
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
    await applicantEmployedBy(t, PASSING, PASSING_ID, XUHUI_EMPLOYER);
    await applicantEmployedBy(t, FAILING, FAILING_ID, XUHUI_EMPLOYER, { name: '李四' });
    // Generous: the suites may run on a busy machine.
  }, 60_000);
  afterAll(() => t?.close());

  it('refuses a renewal before the 3rd working day after the endorsement, naming the first day (National Day)', async () => {
    await approved(PASSING, PASSING_ID);
    // Endorsed Wed 30 Sep 2026; 1–7 Oct off; Thu 8, Fri 9, Sat 10 (make-up working day) → 10 Oct.
    pinToday(t, '2026-10-09');
    const res = await t.gql(create, {
      variables: { input: { applicantId: PASSING, kind: 'RENEWAL', permitEndorsedOn: '2026-09-30' } },
      as: hr,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'permitEndorsedOn',
      rule: 'renewal-not-open-yet',
    });
    expect(res.errors?.[0]?.message).toContain('2026-10-10');
  });

  it('refuses after the 60 days, telling the holder to apply anew', async () => {
    pinToday(t, '2026-11-30');
    const res = await t.gql(create, {
      variables: { input: { applicantId: PASSING, kind: 'RENEWAL', permitEndorsedOn: '2026-09-30' } },
      as: hr,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'renewal-window-closed',
    });
    expect(res.errors?.[0]?.message).toMatch(/closed on 2026-11-29.*apply anew/);
  });

  it('shows an approval’s renewal window once the endorsement is recorded: before, in and after it', async () => {
    const holder = 'bbbbbbbb-0000-4000-8000-000000000003';
    await applicantEmployedBy(t, holder, '310104198801010015', XUHUI_EMPLOYER, { name: '王五' });
    const id = await approved(holder, '310104198801010015');
    const read = `query($id: ID!) { application(id: $id) { renewalWindow { endorsedOn opensOn closesOn provisional position } } }`;
    const windowOn = async (today: string): Promise<Row | null> => {
      pinToday(t, today);
      const res = await t.gql<{ application: Row }>(read, { variables: { id }, as: hr });
      expect(res.errors).toBeUndefined();
      return res.data!.application['renewalWindow'] as Row | null;
    };
    expect(await windowOn('2026-09-30')).toBeNull();
    const recorded = await t.gql(
      `mutation($id: ID!) { recordPermitEndorsement(id: $id, endorsedOn: "2026-09-30") { permitEndorsedOn } }`,
      { variables: { id }, as: hr },
    );
    expect(recorded.errors).toBeUndefined();
    // Endorsed Wed 30 Sep 2026: 1–7 Oct off, Thu 8, Fri 9, Sat 10 (make-up day) → opens 10 Oct;
    // 60 days after 30 Sep → closes 29 Nov.
    const window = {
      endorsedOn: '2026-09-30',
      opensOn: '2026-10-10',
      closesOn: '2026-11-29',
      provisional: false,
    };
    expect(await windowOn('2026-10-09')).toEqual({ ...window, position: 'TOO_EARLY' });
    expect(await windowOn('2026-10-10')).toEqual({ ...window, position: 'OPEN' });
    expect(await windowOn('2026-11-29')).toEqual({ ...window, position: 'OPEN' });
    expect(await windowOn('2026-11-30')).toEqual({ ...window, position: 'CLOSED' });
  });

  /**
   * What archive-verification answers for a renewal's online review: the registry facts as its
   * RENEWAL_REVIEW case builds them (the cross-service run with the registry simulator is
   * test/e2e/renewal-online-review.e2e-spec.ts).
   */
  function registryFacts(
    applicationId: string,
    birthDate: string,
    socialInsurance: Array<{ from: string; to: string }>,
  ) {
    return testEvent('verification.renewal-facts-verified', {
      caseId: crypto.randomUUID(),
      applicationId,
      outcome: 'VERIFIED',
      verifiedProfile: {
        assessmentDate: '2026-10-10',
        birthDate,
        socialInsurance: socialInsurance.map((p) => ({
          ...p,
          base: 20000,
          incomeTaxBase: 20000,
          backPaid: false,
          payerMatchesContract: true,
          baseMatchesTax: true,
        })),
        employmentStartDate: `${socialInsurance.at(-1)!.from}-01`,
        employmentEndDate: null,
        residencePermitIssuedOn: '2026-09-30',
        residencePermitValidUntil: '2027-10-31',
        evidence: [
          {
            field: 'socialInsurance',
            kind: EvidenceKind.REGISTRY,
            source: 'Shanghai employee social insurance registry',
            checkedBy: null,
            checkedOn: '2026-10-10',
          },
        ],
      },
      findings: [],
      residencePermit: {
        number: 'SH2026',
        issuedOn: '2025-10-31',
        endorsedOn: '2026-09-30',
        validFrom: '2026-09-30',
        validUntil: '2027-10-31',
      },
      coResidents: [],
    });
  }

  async function stateOf(id: string): Promise<Row> {
    const res = await t.gql<{ application: Row }>(
      `query($id: ID!) { application(id: $id) { state validUntil onlineReview totalPoints history { code toState reason } } }`,
      { variables: { id }, as: hr },
    );
    return res.data!.application;
  }

  it('asks the registries for an unchanged renewal, then approves it online on their facts (a make-up Saturday)', async () => {
    pinToday(t, '2026-10-10');
    const created = await t.gql<{ createApplication: Row }>(create, {
      variables: { input: { applicantId: PASSING, kind: 'RENEWAL', permitEndorsedOn: '2026-09-30' } },
      as: hr,
    });
    expect(created.errors).toBeUndefined();
    const app = created.data!.createApplication;
    expect(app).toMatchObject({ state: 'DRAFT', kind: 'RENEWAL', permitEndorsedOn: '2026-09-30' });
    const update = `mutation($id: ID!, $v: Int!, $form: ApplicationFormInput!) { updateApplicationForm(id: $id, version: $v, form: $form) { version } }`;
    const form = {
      residencePermit: {
        number: 'SH2026',
        validFrom: '2026-10-31',
        // Typed: only a claim; the points follow the registry's expiry.
        validTo: '2099-10-31',
        address: '上海市徐汇区',
      },
      socialInsurance: [{ from: '2020-01', to: '2026-09', base: 20000 }],
    };
    const saved = await t.gql<{ updateApplicationForm: Row }>(update, {
      variables: { id: app['id'], v: 1, form },
      as: hr,
    });
    expect(saved.errors).toBeUndefined();
    await t.gql(`mutation($id: ID!) { submitToEmployer(id: $id, version: 2) { state } }`, {
      variables: { id: app['id'] },
      as: hr,
    });
    const submitted = await t.gql<{ approveAndSubmit: Row }>(
      `mutation($id: ID!) { approveAndSubmit(id: $id, version: 3) { state onlineReview expiresOn history { code toState } } }`,
      { variables: { id: app['id'] }, as: hr },
    );
    expect(submitted.errors).toBeUndefined();
    // Nothing decided on what HR typed: the registries are asked first.
    // …and the queue shows no expiry for it: nothing is due from the centre or the employer.
    expect(submitted.data!.approveAndSubmit).toMatchObject({
      state: 'SUBMITTED',
      onlineReview: false,
      expiresOn: null,
    });
    expect(submitted.data!.approveAndSubmit['history'].at(-1)).toMatchObject({
      code: 'RENEWAL_FACTS_REQUESTED',
      toState: 'SUBMITTED',
    });
    const [request] = await t.dataSource.query(
      `SELECT envelope FROM application.outbox WHERE type = 'application.renewal-review-requested' AND envelope->'data'->>'applicationId' = $1`,
      [app['id']],
    );
    expect(request.envelope.data).toMatchObject({
      applicationId: app['id'],
      employerCreditCode: '91310104MA1FL0001X',
      requestedOn: '2026-10-10',
      residencePermit: { number: 'SH2026', validTo: '2099-10-31' },
    });
    // The resident ID travels encrypted (a PiiCipher token), never as typed.
    expect(JSON.stringify(request.envelope)).not.toContain(PASSING_ID);

    // While the registries are asked it waits on them, not on the employer: the daily overdue
    // pass, even 45 days on, does not expire it (their case owns it).
    await t.app.get(OverdueService).run(addCalendarDays(toShanghaiDate(new Date()), 45));
    expect((await stateOf(app['id']))['state']).toBe('SUBMITTED');

    await deliverEvent(
      t,
      'application',
      registryFacts(app['id'], '1990-03-07', [{ from: '2020-01', to: '2026-09' }]),
    );
    const approvedNow = await eventually(async () => {
      const now = await stateOf(app['id']);
      return now['state'] === 'APPROVED' ? now : undefined;
    });
    expect(approvedNow).toMatchObject({
      validUntil: '2027-10-31',
      onlineReview: true,
      totalPoints: 198,
    });
    expect(approvedNow['history'].at(-1).reason).toContain('12 of the last 12 months paid');
    const decided = await t.dataSource.query(
      `SELECT envelope FROM application.outbox WHERE type = 'application.decided'`,
    );
    expect(decided.map((d: Row) => d.envelope.data)).toContainEqual(
      expect.objectContaining({
        applicationId: app['id'],
        kind: 'RENEWAL',
        decision: 'APPROVED',
        validUntil: '2027-10-31',
      }),
    );
    // The renewal carries the points on: the approval it continues closes the same day.
    const [previous] = await t.dataSource.query(
      `SELECT p.state, to_char(p.points_voided_on, 'YYYY-MM-DD') AS voided,
              (SELECT reason FROM application.application_history h WHERE h.application_id = p.id ORDER BY h.id DESC LIMIT 1) AS reason
         FROM application.application p JOIN application.application r ON r.previous_application_id = p.id
        WHERE r.id = $1`,
      [app['id']],
    );
    expect(previous).toMatchObject({ state: 'APPROVED', voided: '2026-10-10' });
    expect(previous.reason).toContain(String(app['id']));
  });

  let failingPrevious = '';
  let failingRenewal = '';

  it('leaves a renewal whose registry months fail the checks 等待受理 (SUBMITTED) with the failed check', async () => {
    failingPrevious = await approved(FAILING, FAILING_ID, '2026-10-31', { permitEndorsedOn: '2026-09-30' });
    pinToday(t, '2026-10-12');
    const created = await t.gql<{ createApplication: Row }>(create, {
      variables: { input: { applicantId: FAILING, kind: 'RENEWAL', permitEndorsedOn: '2026-09-30' } },
      as: hr,
    });
    const id = created.data!.createApplication['id'];
    failingRenewal = id;
    await t.gql(`mutation($id: ID!) { submitToEmployer(id: $id, version: 1) { state } }`, {
      variables: { id },
      as: hr,
    });
    const res = await t.gql<{ approveAndSubmit: Row }>(
      `mutation($id: ID!) { approveAndSubmit(id: $id, version: 2) { state onlineReview } }`,
      { variables: { id }, as: hr },
    );
    expect(res.data!.approveAndSubmit).toMatchObject({ state: 'SUBMITTED', onlineReview: false });
    // The registry: paid 2025-10..2025-12, then nothing until 2026-09 (4 of the last 12 months).
    await deliverEvent(
      t,
      'application',
      registryFacts(id, '1995-01-01', [
        { from: '2020-01', to: '2025-12' },
        { from: '2026-09', to: '2026-09' },
      ]),
    );
    const reviewed = await eventually(async () => {
      const now = await stateOf(id);
      return now['onlineReview'] ? now : undefined;
    });
    expect(reviewed['state']).toBe('SUBMITTED');
    // Now the window's 30 days count, from the day the registries answered (its last write).
    const [answered]: Array<{ day: string }> = await t.dataSource.query(
      `SELECT to_char((updated_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS day FROM application.application WHERE id = $1`,
      [id],
    );
    const waiting = await t.gql<{ application: Row }>(
      `query($id: ID!) { application(id: $id) { expiresOn } }`,
      { variables: { id }, as: hr },
    );
    expect(waiting.data!.application['expiresOn']).toBe(addCalendarDays(answered!.day, 30));
    const last = reviewed['history'].at(-1);
    expect(last).toMatchObject({ code: 'ONLINE_REVIEW_FAILED', toState: 'SUBMITTED' });
    expect(last.reason).toContain('网审未通过');
    expect(last.reason).toContain('only 4 of the last 12 months paid');
  });

  it('keeps the points alive while a renewal filed in time is decided; they lapse once it is refused', async () => {
    const reminders = t.app.get(RenewalRemindersService);
    const voidedOn = async (id: string): Promise<string | null> => {
      const [row] = await t.dataSource.query(
        `SELECT to_char(points_voided_on, 'YYYY-MM-DD') AS d FROM application.application WHERE id = $1`,
        [id],
      );
      return row.d;
    };
    // Expired 31 Oct, window of the 30 Sep endorsement closed 29 Nov; the renewal waits at the window.
    pinToday(t, '2026-12-01');
    await reminders.run('2026-12-01');
    expect(await voidedOn(failingPrevious)).toBeNull();
    const notice = await t.gql(`query($id: ID!) { pointsNotice(applicationId: $id) { fileName } }`, {
      variables: { id: failingPrevious },
      as: hr,
    });
    expect(notice.errors).toBeUndefined();
    // The centre refuses the renewal: the next daily run lets the old points lapse, recorded.
    pinToday(t, '2026-12-02');
    const [renewal] = await t.dataSource.query(`SELECT version FROM application.application WHERE id = $1`, [
      failingRenewal,
    ]);
    const accepted = await t.gql<{ acceptApplication: Row }>(
      `mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { version } }`,
      { variables: { id: failingRenewal, v: renewal.version }, as: officer('XUHUI') },
    );
    const rejected = await t.gql(
      `mutation($id: ID!, $v: Int!) { rejectApplication(id: $id, version: $v, reason: "社保缴费不足 6 个月") { state } }`,
      {
        variables: { id: failingRenewal, v: accepted.data!.acceptApplication['version'] },
        as: officer('XUHUI'),
      },
    );
    expect(rejected.errors).toBeUndefined();
    await reminders.run('2026-12-02');
    expect(await voidedOn(failingPrevious)).toBe('2026-12-02');
    const history = await t.app.get(ApplicationHistoryService).list(failingPrevious);
    expect(history.at(-1)).toMatchObject({ role: 'SYSTEM', reason: expect.stringContaining('积分失效') });
  });

  it('sends renewal.due 45 days ahead (before the endorse-by day, 30 days ahead) and window-closing 10 days ahead, once each, and voids lapsed points', async () => {
    const expiring = await approved(
      'bbbbbbbb-0000-4000-8000-000000000011',
      '310104198505120025',
      '2027-01-15',
    );
    const notYet = await approved('bbbbbbbb-0000-4000-8000-000000000012', '310104198505120025', '2027-01-17');
    const endorsed = await approved(
      'bbbbbbbb-0000-4000-8000-000000000013',
      '310104198505120025',
      '2027-03-01',
      { permitEndorsedOn: '2026-10-12' },
    );
    const lapsed = await approved('bbbbbbbb-0000-4000-8000-000000000014', '310104198505120025', '2026-11-30');
    const reminders = t.app.get(RenewalRemindersService);
    // 2026-12-01: 45 days before 15 Jan (endorse by 16 Dec); the window of 12 Oct closes 11 Dec, 10 days on.
    await reminders.run('2026-12-01');
    await reminders.run('2026-12-01');
    await reminders.run('2026-12-02');
    const sent: Row[] = await t.dataSource.query(
      `SELECT type, envelope FROM application.outbox WHERE type LIKE 'renewal.%'`,
    );
    const about = (id: string): string[] =>
      sent.filter((s) => s.envelope.data.applicationId === id).map((s) => s.type);
    expect(about(expiring)).toEqual(['renewal.due']);
    expect(about(notYet)).toEqual([]);
    expect(about(endorsed)).toEqual(['renewal.window-closing']);
    expect(sent.find((s) => s.envelope.data.applicationId === endorsed)?.envelope.data.windowClosesOn).toBe(
      '2026-12-11',
    );
    expect(sent.find((s) => s.envelope.data.applicationId === expiring)?.envelope.data.permitExpiresOn).toBe(
      '2027-01-15',
    );
    const [voided] = await t.dataSource.query(
      `SELECT to_char(points_voided_on, 'YYYY-MM-DD') AS d FROM application.application WHERE id = $1`,
      [lapsed],
    );
    expect(voided.d).toBe('2026-12-01');
    const [kept] = await t.dataSource.query(
      `SELECT points_voided_on FROM application.application WHERE id = $1`,
      [endorsed],
    );
    expect(kept.points_voided_on).toBeNull();
    pinToday(t, '2026-12-02');
    const notice = await t.gql(`query($id: ID!) { pointsNotice(applicationId: $id) { fileName } }`, {
      variables: { id: lapsed },
      as: hr,
    });
    expect(errorCodes(notice)).toEqual(['BAD_USER_INPUT']);
  });

  it('registers the daily job scheduler on its queue', async () => {
    const connection = createRedisConnection(t.redis.url);
    const queue = new Queue(ApplicationQueueName.RenewalReminders, { connection, prefix: t.redis.prefix });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.pattern, s.tz])).toEqual([
        [RENEWAL_REMINDER_SCHEDULER_ID, '0 30 1 * * *', 'Asia/Shanghai'],
      ]);
    } finally {
      await queue.close();
      await connection.quit();
    }
  });
});
