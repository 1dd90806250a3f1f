/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- GraphQL answers are untyped JSON here */
import { deliverEvent, errorCodes, eventually, testEvent, type SubgraphTestApp } from '@points/testing';
import { residentIdCheckCharacter } from '@points/validation';
import {
  applicantEmployedBy,
  applicantUser,
  employerStanding,
  hrOf,
  hrss,
  officer,
  outboxData,
  pinToday,
  readApplication,
  startApplicationApp,
  submittedBy,
  throughToScoring,
  verifiedMaster,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';

type Row = Record<string, any>;

// Generous: the machine running the suites may be busy; each step waits for real events.
const BOOT_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 60_000;

// 复核 (第二十一条) of a rejection decided without a score: the checks failed (a registry did not
// find the diploma) or the officer rejected in ARCHIVE_REVIEW. The applicant or HR appeals the
// reason; a first HRSS person reviews, a second decides. Upheld, the application is checked again.
describe('an appeal on the reason of an unscored rejection', () => {
  let t: SubgraphTestApp;
  const read = `id state version receiptNo acceptedOn totalPoints decisionReason
    archiveDeadline { dueOn overdue } appeals { id subject indicator state }
    history { fromState toState actor role code reason }`;
  const current = (id: string): Promise<Row> => readApplication<Row>(t, id, read);

  const fileOnRejection = `mutation($input: RejectionAppealRequestInput!) {
    requestRejectionAppeal(input: $input) { id subject indicator state version } }`;
  const review = `mutation($id: ID!, $v: Int!, $delta: Int!) {
    reviewAppeal(id: $id, version: $v, proposedDelta: $delta, note: "学信网复查可查到该学历") { state version } }`;
  const decide = `mutation($id: ID!, $v: Int!, $uphold: Boolean!) {
    decideAppeal(id: $id, version: $v, uphold: $uphold, note: "经复核") { state version } }`;

  let people = 0;
  async function person(birth = '19900307'): Promise<string> {
    people += 1;
    const applicantId = `bbbbbbbb-0000-4000-8000-1000000000${String(people).padStart(2, '0')}`;
    // 310104 (徐汇), the birth date, a sequence number per person, the GB 11643 check character.
    const first17 = `310104${birth}${String(people).padStart(3, '0')}`;
    await applicantEmployedBy(t, applicantId, first17 + residentIdCheckCharacter(first17), XUHUI_EMPLOYER);
    return applicantId;
  }

  /** Accepted at the window (ARCHIVE_REVIEW); answers the id. */
  async function accepted(applicantId: string): Promise<string> {
    const submitted = await submittedBy(t, applicantId);
    const res = await t.gql(
      `mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { id } }`,
      { variables: { id: submitted.id, v: submitted.version }, as: officer('XUHUI') },
    );
    expect(res.errors).toBeUndefined();
    return submitted.id;
  }

  async function checksFail(id: string, caseId: string): Promise<void> {
    await deliverEvent(
      t,
      'application',
      testEvent('verification.case-completed', {
        caseId,
        applicationId: id,
        outcome: 'FAILED',
        verifiedProfile: null,
        findings: [{ code: 'EDUCATION_NOT_FOUND', note: '学信网未查到该学历' }],
      }),
    );
    await eventually(async () => (await current(id))['state'] === 'REJECTED');
  }

  async function reviewedBy(appeal: Row, first: string): Promise<Row> {
    const res = await t.gql<{ reviewAppeal: Row }>(review, {
      variables: { id: appeal['id'], v: appeal['version'], delta: 0 },
      as: hrss(first),
    });
    expect(res.errors).toBeUndefined();
    return res.data!.reviewAppeal;
  }

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, '2026-03-02');
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t?.close());

  it(
    'upheld: checked again with a new deadline, then scored and APPROVED with the notice and the decision SMS',
    async () => {
      pinToday(t, '2026-03-02');
      const applicantId = await person();
      const id = await accepted(applicantId);
      const before = await current(id);
      await checksFail(id, 'caaaaaaa-0000-4000-8000-000000000001');
      const me = applicantUser(applicantId);

      // Nothing was scored: a score appeal is refused and points to the appeal on the reason.
      const onScore = await t.gql(
        `mutation($input: AppealRequestInput!) { requestAppeal(input: $input) { id } }`,
        {
          variables: { input: { applicationId: id, indicator: 'EDUCATION', reason: '学历应当计分' } },
          as: me,
        },
      );
      expect(onScore.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'applicationId',
        rule: 'scored-only',
      });
      expect(onScore.errors?.[0]?.message).toContain('requestRejectionAppeal');

      // A reason that says nothing is refused, naming the field and the rule.
      const tooShort = await t.gql(fileOnRejection, {
        variables: { input: { applicationId: id, reason: ' 有误 ' } },
        as: me,
      });
      expect(tooShort.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
        rule: 'min-length-5',
      });
      // Nobody outside the application files it (an officer may not; another employer cannot see it).
      const byOfficer = await t.gql(fileOnRejection, {
        variables: { input: { applicationId: id, reason: '学历在学信网可查，请重新核查' } },
        as: officer('XUHUI'),
      });
      expect(errorCodes(byOfficer)).toEqual(['FORBIDDEN']);

      const filed = await t.gql<{ requestRejectionAppeal: Row }>(fileOnRejection, {
        variables: { input: { applicationId: id, reason: '学历在学信网可查，请重新核查' } },
        as: me,
      });
      expect(filed.errors).toBeUndefined();
      const appeal = filed.data!.requestRejectionAppeal;
      expect(appeal).toMatchObject({ subject: 'REJECTION', indicator: null, state: 'REQUESTED' });
      // HR asking about the same rejection meanwhile: one open appeal on it.
      const again = await t.gql(fileOnRejection, {
        variables: { input: { applicationId: id, reason: '单位同意申请复核该学历' } },
        as: hrOf(XUHUI_EMPLOYER),
      });
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(again.errors?.[0]?.extensions).toMatchObject({ rule: 'one-open-appeal-on-rejection' });

      // The first reviewer proposes no points on a rejection: there is no score to correct.
      const withPoints = await t.gql(review, {
        variables: { id: appeal['id'], v: appeal['version'], delta: 10 },
        as: hrss('hrss-first'),
      });
      expect(withPoints.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'proposedDelta',
        rule: 'zero-on-rejection-appeal',
      });
      const reviewed = await reviewedBy(appeal, 'hrss-first');
      expect(reviewed['state']).toBe('REVIEWED');
      // Four eyes: the reviewer does not decide.
      const ownDecision = await t.gql(decide, {
        variables: { id: appeal['id'], v: reviewed['version'], uphold: true },
        as: hrss('hrss-first'),
      });
      expect(errorCodes(ownDecision)).toEqual(['FORBIDDEN']);
      expect((await current(id))['state']).toBe('REJECTED');

      // Decided two weeks later: the archive review's deadline runs again from that day.
      pinToday(t, '2026-03-16');
      const decided = await t.gql<{ decideAppeal: Row }>(decide, {
        variables: { id: appeal['id'], v: reviewed['version'], uphold: true },
        as: hrss('hrss-second'),
      });
      expect(decided.errors).toBeUndefined();
      expect(decided.data!.decideAppeal['state']).toBe('UPHELD');

      const reopened = await current(id);
      // An application accepted at the window that same day has the same deadline.
      const sameDay = await current(await accepted(await person()));
      expect(reopened).toMatchObject({
        state: 'ARCHIVE_REVIEW',
        receiptNo: before['receiptNo'],
        acceptedOn: '2026-03-02',
        decisionReason: null,
        archiveDeadline: { dueOn: sameDay['archiveDeadline']['dueOn'], overdue: false },
      });
      expect(reopened['archiveDeadline']['dueOn'] > before['archiveDeadline']['dueOn']).toBe(true);
      expect(reopened['history'].at(-1)).toMatchObject({
        fromState: 'REJECTED',
        toState: 'ARCHIVE_REVIEW',
        actor: 'hrss-second',
        role: 'HRSS_ADMIN',
        code: 'REOPEN_ON_APPEAL',
        reason: expect.stringContaining('hrss-first'),
      });
      expect(reopened['history'].map((h: Row) => h['code'])).toContain('APPEAL_FILED');

      // archive-verification is asked to check every claim again, as of the acceptance day.
      const [asked, ...more] = await outboxData(t, 'application.reopened-on-appeal', id);
      expect(more).toEqual([]);
      expect(asked).toMatchObject({
        applicationId: id,
        appealId: appeal['id'],
        receiptNo: before['receiptNo'],
        acceptedOn: '2026-03-02',
        applicantId,
      });
      // The same claims the acceptance sent: the checks are of the application as filed.
      const [acceptance] = await outboxData(t, 'application.accepted', id);
      expect(asked!['educationHistory']).toEqual(acceptance!['educationHistory']);
      expect(asked!['claimedProfile']).toEqual(acceptance!['claimedProfile']);

      // The new case passes: scoring, then the decision with its notice and SMS.
      await deliverEvent(
        t,
        'application',
        testEvent('verification.case-completed', {
          caseId: 'caaaaaaa-0000-4000-8000-000000000002',
          applicationId: id,
          outcome: 'VERIFIED',
          verifiedProfile: verifiedMaster('1990-03-07'),
          findings: [],
        }),
      );
      await eventually(async () => (await current(id))['state'] === 'SCORING');
      expect(await outboxData(t, 'application.scoring-requested', id)).toHaveLength(1);
      await deliverEvent(
        t,
        'application',
        testEvent('score.assessed', {
          assessmentId: 'dddddddd-0000-4000-8000-100000000001',
          applicationId: id,
          total: 130,
          eligible: true,
          canApply: true,
          unmetConditions: [],
          ruleSetVersion: 'SH-2017',
        }),
      );
      await eventually(async () => (await current(id))['state'] === 'APPROVED');
      const decisions = await outboxData(t, 'application.decided', id);
      expect(decisions.map((d) => d['decision'])).toEqual(['REJECTED', 'APPROVED']);
      const notice = await t.gql<{ pointsNotice: Row }>(
        `query($id: ID!) { pointsNotice(applicationId: $id) { contentType } }`,
        { variables: { id }, as: me },
      );
      expect(notice.errors).toBeUndefined();
      expect(notice.data!.pointsNotice['contentType']).toBe('application/pdf');
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    "dismissed: the officer's rejection stands, in the history; a rejection checked again is not reopened twice",
    async () => {
      pinToday(t, '2026-03-02');
      const applicantId = await person();
      const id = await accepted(applicantId);
      const inReview = await current(id);
      const rejected = await t.gql(
        `mutation($id: ID!, $v: Int!) { rejectApplication(id: $id, version: $v, reason: "劳动合同与社保缴费单位不一致") { state } }`,
        { variables: { id, v: inReview['version'] }, as: officer('XUHUI') },
      );
      expect(rejected.errors).toBeUndefined();
      const me = applicantUser(applicantId);
      const file = async (reason: string) =>
        t.gql<{ requestRejectionAppeal: Row }>(fileOnRejection, {
          variables: { input: { applicationId: id, reason } },
          as: me,
        });

      const first = (await file('劳动合同已续签，单位一致')).data!.requestRejectionAppeal;
      const reviewed = await reviewedBy(first, 'hrss-first');
      const dismissed = await t.gql<{ decideAppeal: Row }>(decide, {
        variables: { id: first['id'], v: reviewed['version'], uphold: false },
        as: hrss('hrss-second'),
      });
      expect(dismissed.data!.decideAppeal['state']).toBe('DISMISSED');
      const after = await current(id);
      expect(after).toMatchObject({
        state: 'REJECTED',
        decisionReason: '劳动合同与社保缴费单位不一致',
      });
      expect(after['history'].at(-1)).toMatchObject({
        fromState: 'REJECTED',
        toState: 'REJECTED',
        actor: 'hrss-second',
        code: 'APPEAL_DECIDED',
      });
      expect(await outboxData(t, 'application.reopened-on-appeal', id)).toEqual([]);

      // Asked again (the dismissed one is closed), upheld this time; the new checks fail too.
      const second = (await file('补充提供续签后的劳动合同')).data!.requestRejectionAppeal;
      const reviewedAgain = await reviewedBy(second, 'hrss-first');
      const upheld = await t.gql(decide, {
        variables: { id: second['id'], v: reviewedAgain['version'], uphold: true },
        as: hrss('hrss-third'),
      });
      expect(upheld.errors).toBeUndefined();
      expect((await current(id))['state']).toBe('ARCHIVE_REVIEW');
      await checksFail(id, 'caaaaaaa-0000-4000-8000-000000000003');
      const third = await file('再次申请复核该决定');
      expect(third.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'applicationId',
        rule: 'reopened-once',
      });
      expect((await current(id))['appeals'].map((a: Row) => [a['subject'], a['state']])).toEqual([
        ['REJECTION', 'DISMISSED'],
        ['REJECTION', 'UPHELD'],
      ]);
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'refuses an appeal on the reason of a scored rejection: its score is appealed instead',
    async () => {
      pinToday(t, '2026-03-02');
      const applicantId = await person('19910505');
      const { id } = await throughToScoring(t, applicantId, verifiedMaster('1991-05-05'));
      await deliverEvent(
        t,
        'application',
        testEvent('score.assessed', {
          assessmentId: 'dddddddd-0000-4000-8000-100000000003',
          applicationId: id,
          total: 110,
          eligible: false,
          canApply: true,
          unmetConditions: [],
          ruleSetVersion: 'SH-2017',
        }),
      );
      await eventually(async () => (await current(id))['state'] === 'REJECTED');
      const res = await t.gql(fileOnRejection, {
        variables: { input: { applicationId: id, reason: '学历在学信网可查，请重新核查' } },
        as: applicantUser(applicantId),
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'applicationId',
        rule: 'unscored-rejection-only',
      });
      expect(res.errors?.[0]?.message).toContain('requestAppeal');
    },
    STEP_TIMEOUT_MS,
  );
});
