/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- GraphQL answers are untyped JSON here */
import { deliverEvent, errorCodes, eventually, testEvent, type SubgraphTestApp } from '@points/testing';
import {
  applicantEmployedBy,
  applicantUser,
  employerStanding,
  hrss,
  officer,
  outboxData,
  pinToday,
  readApplication,
  startApplicationApp,
  throughToScoring,
  verifiedMaster,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';

type App = Record<string, any>;

// Generous: the machine running the suites may be busy; each step waits for real events.
const BOOT_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 30_000;

// Born 1990-03-07; the verified facts as archive-verification reports them.
const VERIFIED = verifiedMaster('1990-03-07');

describe('lifecycle dead ends: every application reaches an end', () => {
  let t: SubgraphTestApp;
  const read = `id state version scoringFailure decisionReason totalPoints
    correctedTotal validUntil scoringDeadline { dueOn overdue } history { fromState toState actor role reason }`;

  const current = (id: string): Promise<App> => readApplication<App>(t, id, read);

  const outbox = (type: string, applicationId: string): Promise<App[]> => outboxData(t, type, applicationId);

  async function failScoring(id: string): Promise<App> {
    await deliverEvent(
      t,
      'application',
      testEvent('score.assessment-failed', {
        applicationId: id,
        requestEventId: 'eeeeeeee-0000-4000-8000-' + id.slice(-12),
        problems: [{ field: 'profile.assessmentDate', rule: 'no-rule-set-in-force' }],
      }),
    );
    return eventually(async () => {
      const app = await current(id);
      return app['scoringFailure'] ? app : undefined;
    });
  }

  const reject = `mutation($id: ID!, $v: Int!, $reason: String!) { rejectApplication(id: $id, version: $v, reason: $reason) { state decisionReason } }`;
  const rescore = `mutation($id: ID!, $v: Int!, $reason: String!) { rescoreApplication(id: $id, version: $v, reason: $reason) { state scoringFailure } }`;

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, '2026-03-02');
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t?.close());

  it(
    'SCORING after a failed assessment: shows why and its running deadline; the officer rejects with the reason',
    async () => {
      const applicant = 'bbbbbbbb-0000-4000-8000-000000000001';
      await applicantEmployedBy(t, applicant, '310104199003070018', XUHUI_EMPLOYER);
      const { id } = await throughToScoring(t, applicant, VERIFIED);
      // Before anything failed the assessment decides: the officer cannot reject in SCORING.
      const early = await t.gql(reject, {
        variables: { id, v: (await current(id))['version'], reason: '材料不符' },
        as: officer('XUHUI'),
      });
      expect(early.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'scoring-failed-only',
      });

      const failed = await failScoring(id);
      expect(failed).toMatchObject({
        state: 'SCORING',
        scoringFailure: 'profile.assessmentDate no-rule-set-in-force',
        // 20 working days from Mon 2 March 2026 (no holiday in March): Mon 30 March.
        scoringDeadline: { dueOn: '2026-03-30', overdue: false },
      });
      // The deadline keeps running while it waits, and the queue shows it overdue.
      pinToday(t, '2026-04-02');
      expect((await current(id))['scoringDeadline']).toEqual({ dueOn: '2026-03-30', overdue: true });

      const noReason = await t.gql(reject, {
        variables: { id, v: failed['version'], reason: '  ' },
        as: officer('XUHUI'),
      });
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const rejected = await t.gql<{ rejectApplication: App }>(reject, {
        variables: { id, v: failed['version'], reason: '社保数据无法核实，申请人未能补正' },
        as: officer('XUHUI'),
      });
      expect(rejected.errors).toBeUndefined();
      expect(rejected.data!.rejectApplication).toEqual({
        state: 'REJECTED',
        decisionReason: '社保数据无法核实，申请人未能补正',
      });
      expect(await outbox('application.decided', id)).toEqual([
        expect.objectContaining({ decision: 'REJECTED', reason: '社保数据无法核实，申请人未能补正' }),
      ]);
      const app = await current(id);
      expect(app['history'].at(-1)).toMatchObject({
        fromState: 'SCORING',
        toState: 'REJECTED',
        actor: 'officer-XUHUI',
        role: 'CENTRE_OFFICER',
      });
      pinToday(t, '2026-03-02');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'SCORING after a failed assessment: HRSS re-scores once the cause is fixed, and the new assessment decides',
    async () => {
      const applicant = 'bbbbbbbb-0000-4000-8000-000000000002';
      await applicantEmployedBy(t, applicant, '310115199501010041', XUHUI_EMPLOYER, { name: '李四' });
      const { id } = await throughToScoring(t, applicant, VERIFIED);
      const failed = await failScoring(id);
      const v = failed['version'];

      expect(
        errorCodes(
          await t.gql(rescore, { variables: { id, v, reason: '规则已发布' }, as: officer('XUHUI') }),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await t.gql(rescore, { variables: { id, v: v - 1, reason: '规则已发布' }, as: hrss() })),
      ).toEqual(['CONFLICT']);
      const res = await t.gql<{ rescoreApplication: App }>(rescore, {
        variables: { id, v, reason: '2026 年度规则已发布' },
        as: hrss(),
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.rescoreApplication).toEqual({ state: 'SCORING', scoringFailure: null });
      const requests = await outbox('application.scoring-requested', id);
      expect(requests).toHaveLength(2);
      expect(requests[1]).toMatchObject({ assessmentDate: '2026-03-02', verifiedProfile: VERIFIED });
      expect((await current(id))['history'].at(-1)).toMatchObject({
        fromState: 'SCORING',
        toState: 'SCORING',
        role: 'HRSS_ADMIN',
        reason: expect.stringContaining('2026 年度规则已发布'),
      });
      // Re-scoring is for a failed assessment only: a second one now is refused.
      const again = await t.gql(rescore, { variables: { id, v: v + 1, reason: '再次核定' }, as: hrss() });
      expect(again.errors?.[0]?.extensions).toMatchObject({ rule: 'scoring-failed-only' });

      await deliverEvent(
        t,
        'application',
        testEvent('score.assessed', {
          assessmentId: 'dddddddd-0000-4000-8000-000000000002',
          applicationId: id,
          total: 198,
          eligible: true,
          canApply: true,
          unmetConditions: [],
          ruleSetVersion: 'SH-2017',
        }),
      );
      await eventually(async () => (await current(id))['state'] === 'APPROVED');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'an upheld appeal on a scored rejection that reaches 120 approves it, with the notice, the SMS and the correction sent to scoring',
    async () => {
      const applicant = 'bbbbbbbb-0000-4000-8000-000000000003';
      await applicantEmployedBy(t, applicant, '310104198812120036', XUHUI_EMPLOYER, { name: '王五' });
      const { id } = await throughToScoring(t, applicant, { ...VERIFIED, birthDate: '1988-12-12' });
      const assessmentId = 'dddddddd-0000-4000-8000-000000000003';
      await deliverEvent(
        t,
        'application',
        testEvent('score.assessed', {
          assessmentId,
          applicationId: id,
          total: 110,
          eligible: false,
          canApply: true,
          unmetConditions: [],
          ruleSetVersion: 'SH-2017',
        }),
      );
      await eventually(async () => (await current(id))['state'] === 'REJECTED');
      const me = applicantUser(applicant);
      const notYet = await t.gql(`query($id: ID!) { pointsNotice(applicationId: $id) { fileName } }`, {
        variables: { id },
        as: me,
      });
      expect(errorCodes(notYet)).toEqual(['BAD_USER_INPUT']);

      const requested = await t.gql<{ requestAppeal: App }>(
        `mutation($input: AppealRequestInput!) { requestAppeal(input: $input) { id } }`,
        {
          variables: {
            input: { applicationId: id, indicator: 'QUALIFICATION', reason: '中级职称未计分，与岗位相符' },
          },
          as: me,
        },
      );
      const appealId = requested.data!.requestAppeal['id'];
      await t.gql(
        `mutation($id: ID!) { reviewAppeal(id: $id, version: 1, proposedDelta: 20, note: "职称与岗位相符，应加 20 分") { state } }`,
        { variables: { id: appealId }, as: hrss('hrss-first') },
      );
      const decided = await t.gql<{ decideAppeal: App }>(
        `mutation($id: ID!) { decideAppeal(id: $id, version: 2, uphold: true, note: "同意改正") { state } }`,
        { variables: { id: appealId }, as: hrss('hrss-second') },
      );
      expect(decided.errors).toBeUndefined();

      const app = await current(id);
      expect(app).toMatchObject({
        state: 'APPROVED',
        totalPoints: 110,
        correctedTotal: 130,
        validUntil: '2027-02-28',
        decisionReason: null,
      });
      expect(app['history'].at(-1)).toMatchObject({
        fromState: 'REJECTED',
        toState: 'APPROVED',
        actor: 'hrss-second',
        role: 'HRSS_ADMIN',
        reason: expect.stringContaining('130'),
      });
      // The approval the notification service turns into the SMS to the applicant and HR.
      const decisions = await outbox('application.decided', id);
      expect(decisions.map((d) => d['decision'])).toEqual(['REJECTED', 'APPROVED']);
      expect(decisions[1]).toMatchObject({ validUntil: '2027-02-28', reason: null });
      // The corrected score reaches scoring.
      expect(await outbox('application.score-corrected', id)).toEqual([
        {
          applicationId: id,
          assessmentId,
          appealId,
          indicator: 'QUALIFICATION',
          delta: 20,
          correctedTotal: 130,
          decidedBy: 'hrss-second',
        },
      ]);
      // And the points notice is printable now.
      const notice = await t.gql<{ pointsNotice: App }>(
        `query($id: ID!) { pointsNotice(applicationId: $id) { fileName contentType } }`,
        { variables: { id }, as: me },
      );
      expect(notice.errors).toBeUndefined();
      expect(notice.data!.pointsNotice['contentType']).toBe('application/pdf');
    },
    STEP_TIMEOUT_MS,
  );

  // Issue 14: a holder who may not apply (第二条) is rejected whatever the score, with the reason,
  // and a score appeal does not cure it.
  it(
    'rejects a score of 198 that cannot apply, naming each unmet condition, and an upheld appeal does not approve it',
    async () => {
      const applicant = 'bbbbbbbb-0000-4000-8000-000000000004';
      await applicantEmployedBy(t, applicant, '310104199801010036', XUHUI_EMPLOYER, { name: '赵六' });
      const { id } = await throughToScoring(t, applicant, { ...VERIFIED, birthDate: '1998-01-01' });
      const note = '参加本市职工社会保险 0 个月（补缴月份不计），不满 6 个月，不能申请积分 (0 months …)';
      await deliverEvent(
        t,
        'application',
        testEvent('score.assessed', {
          assessmentId: 'dddddddd-0000-4000-8000-000000000004',
          applicationId: id,
          total: 198,
          eligible: true,
          canApply: false,
          unmetConditions: [
            { condition: 'SOCIAL_INSURANCE_MONTHS', code: 'SOCIAL_INSURANCE_TOO_FEW_MONTHS', note },
          ],
          ruleSetVersion: 'SH-2017',
        }),
      );
      await eventually(async () => (await current(id))['state'] === 'REJECTED');
      const rejected = await current(id);
      expect(rejected['decisionReason']).toContain(`不符合申请积分条件：${note}`);
      const decisions = await outbox('application.decided', id);
      expect(decisions).toEqual([
        expect.objectContaining({ decision: 'REJECTED', reason: expect.stringContaining(note) }),
      ]);

      const me = applicantUser(applicant);
      const requested = await t.gql<{ requestAppeal: App }>(
        `mutation($input: AppealRequestInput!) { requestAppeal(input: $input) { id } }`,
        { variables: { input: { applicationId: id, indicator: 'EDUCATION', reason: '学历应加分' } }, as: me },
      );
      const appealId = requested.data!.requestAppeal['id'];
      await t.gql(
        `mutation($id: ID!) { reviewAppeal(id: $id, version: 1, proposedDelta: 10, note: "加 10 分") { state } }`,
        { variables: { id: appealId }, as: hrss('hrss-first') },
      );
      const decided = await t.gql(
        `mutation($id: ID!) { decideAppeal(id: $id, version: 2, uphold: true, note: "同意改正") { state } }`,
        { variables: { id: appealId }, as: hrss('hrss-second') },
      );
      expect(decided.errors).toBeUndefined();
      // The score is corrected, the decision stands: 208 ≥ 120 but the holder may not apply.
      expect(await current(id)).toMatchObject({ state: 'REJECTED', correctedTotal: 208 });
      expect((await outbox('application.decided', id)).map((d) => d['decision'])).toEqual(['REJECTED']);
    },
    STEP_TIMEOUT_MS,
  );
});
