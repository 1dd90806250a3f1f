/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- GraphQL answers are untyped JSON here */
import { EducationLevel, type ScoreProfileInput } from '@points/scoring-engine';
import { PiiCipher } from '@points/crypto';
import { pdfQrCodes, pdfText } from '@points/testing';
import { PII_EVENT_AAD } from '@points/events';
import { calendarDataVersion } from '@points/calendar';
import { deliverEvent, errorCodes, eventually, testEvent, type SubgraphTestApp } from '@points/testing';
import {
  APPLICATION_FIELDS,
  applicantEmployedBy,
  applicantUser,
  completeForm,
  employerStanding,
  hrOf,
  hrss,
  officer,
  pinToday,
  PUDONG_EMPLOYER,
  startApplicationApp,
  SUSPENDED_EMPLOYER,
  TEST_CONSOLE_URL,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';

const APPLICANT = 'aaaaaaaa-0000-4000-8000-000000000001';
const SUSPENDED_APPLICANT = 'aaaaaaaa-0000-4000-8000-000000000002';
const BANNED_APPLICANT = 'aaaaaaaa-0000-4000-8000-000000000003';
const RESIDENT_ID = '310104199003070018'; // born 1990-03-07, male (17th digit 1)

type App = Record<string, any>;

describe('application lifecycle (NEW): form, transitions, events', () => {
  let t: SubgraphTestApp;
  const hr = hrOf(XUHUI_EMPLOYER);
  const me = applicantUser(APPLICANT);
  let id: string;

  const create = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { ${APPLICATION_FIELDS}
    form { personal { name residentId sex birthDate mobile } } } }`;
  const update = `mutation($id: ID!, $version: Int!, $form: ApplicationFormInput!) {
    updateApplicationForm(id: $id, version: $version, form: $form) { id version state
      simulatedScore { total eligible problems items { indicator points counted } } } }`;
  const read = `query($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS}
    history { fromState toState actor role code fields reason } } }`;

  async function current(): Promise<App> {
    const res = await t.gql<{ application: App }>(read, { variables: { id }, as: hr });
    return res.data!.application;
  }

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, '2026-03-02');
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
    await employerStanding(t, PUDONG_EMPLOYER, 'PUDONG');
    await employerStanding(t, SUSPENDED_EMPLOYER, 'XUHUI', { suspendedUntil: '2027-01-01' });
    await applicantEmployedBy(t, APPLICANT, RESIDENT_ID, XUHUI_EMPLOYER);
    await applicantEmployedBy(t, SUSPENDED_APPLICANT, '310104198505120025', SUSPENDED_EMPLOYER);
    await applicantEmployedBy(t, BANNED_APPLICANT, '310115199211200031', XUHUI_EMPLOYER, {
      bannedUntil: '2028-05-01',
    });
    // Generous: the suites may run on a busy machine.
  }, 60_000);
  afterAll(() => t?.close());

  it('lets the employer open a draft with the personal data derived from the resident ID, masked', async () => {
    const res = await t.gql<{ createApplication: App }>(create, {
      variables: { input: { applicantId: APPLICANT, kind: 'NEW' } },
      as: hr,
    });
    expect(res.errors).toBeUndefined();
    const app = res.data!.createApplication;
    id = app['id'];
    expect(app).toMatchObject({ kind: 'NEW', state: 'DRAFT', district: 'XUHUI', version: 1 });
    expect(app['form'].personal).toEqual({
      name: '张三',
      residentId: '310***********0018',
      sex: 'MALE',
      birthDate: '1990-03-07',
      mobile: null,
    });
  });

  it('refuses another employer, a suspended employer and a banned applicant', async () => {
    const other = await t.gql(create, {
      variables: { input: { applicantId: APPLICANT, kind: 'NEW' } },
      as: hrOf(PUDONG_EMPLOYER),
    });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    const suspended = await t.gql(create, {
      variables: { input: { applicantId: SUSPENDED_APPLICANT, kind: 'NEW' } },
      as: hrOf(SUSPENDED_EMPLOYER),
    });
    expect(errorCodes(suspended)).toEqual(['FORBIDDEN']);
    expect(suspended.errors?.[0]?.message).toContain('suspended until 2027-01-01');
    const banned = await t.gql(create, {
      variables: { input: { applicantId: BANNED_APPLICANT, kind: 'NEW' } },
      as: hr,
    });
    expect(errorCodes(banned)).toEqual(['FORBIDDEN']);
    expect(banned.errors?.[0]?.message).toContain('2028-05-01');
  });

  it('refuses a second open application for the same applicant', async () => {
    const again = await t.gql(create, {
      variables: { input: { applicantId: APPLICANT, kind: 'NEW' } },
      as: hr,
    });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });

  it('saves the form and scores the claims while filling', async () => {
    const res = await t.gql<{ updateApplicationForm: App }>(update, {
      variables: { id, version: 1, form: completeForm() },
      as: me,
    });
    expect(res.errors).toBeUndefined();
    const score = res.data!.updateApplicationForm['simulatedScore'];
    // By hand, assessed 2026-03-02: age 35 → 5 + 2×21 = 47, capped at 30; master 100;
    // 72 counting months (2020-01..2025-12) → 6 years × 3 = 18; 46 months in the last 4 years at
    // 20,000 ÷ (11,396..12,434) ≈ 1.6–1.75× the average wage → the 1× tier, 50. Total 198.
    expect(score.total).toBe(198);
    expect(score.eligible).toBe(true);
    expect(score.problems).toEqual([]);
    expect(score.items.filter((i: App) => i.counted).map((i: App) => [i.indicator, i.points])).toEqual(
      expect.arrayContaining([
        ['AGE', 30],
        ['EDUCATION', 100],
        ['SOCIAL_INSURANCE_YEARS', 18],
        ['SOCIAL_INSURANCE_BASE', 50],
      ]),
    );
  });

  it('rejects bad input naming the field and writes nothing', async () => {
    const child = {
      relation: 'CHILD',
      name: '张小',
      birthDate: '2009-05-01',
      highSchoolEnrolmentProof: null,
    };
    const res = await t.gql(update, {
      variables: { id, version: 2, form: { coResidents: [child] } },
      as: me,
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      field: 'form.coResidents[0].highSchoolEnrolmentProof',
    });
    const overlap = await t.gql(update, {
      variables: {
        id,
        version: 2,
        form: {
          socialInsurance: [
            { from: '2020-01', to: '2021-12', base: 9000 },
            { from: '2021-06', to: '2022-01', base: 9000 },
          ],
        },
      },
      as: me,
    });
    expect(errorCodes(overlap)).toEqual(['BAD_USER_INPUT']);
    expect(String(overlap.errors?.[0]?.extensions?.['field'])).toMatch(/^form\.socialInsurance\[1\]/);
    const mobile = await t.gql(update, {
      variables: { id, version: 2, form: { personal: { mobile: '12345' } } },
      as: me,
    });
    expect(mobile.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'form.personal.mobile',
    });
    expect((await current())['version']).toBe(2);
    // A stale version is a conflict, not an overwrite.
    const stale = await t.gql(update, { variables: { id, version: 1, form: { coResidents: [] } }, as: me });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
  });

  it('keeps personal data encrypted at rest and shows it unmasked only on request, audited', async () => {
    const [row] = await t.dataSource.query(
      `SELECT resident_id_enc, mobile_enc, form::text AS form FROM application.application WHERE id = $1`,
      [id],
    );
    expect(row.resident_id_enc).not.toContain(RESIDENT_ID);
    expect(row.mobile_enc).not.toContain('13812345678');
    expect(row.form).not.toContain('13812345678');
    const masked = await t.gql<{ application: App }>(
      `query($id: ID!) { application(id: $id) { form { personal { residentId mobile } } } }`,
      { variables: { id }, as: hr },
    );
    expect(masked.data!.application['form'].personal).toEqual({
      residentId: '310***********0018',
      mobile: '138****5678',
    });
    const full = await t.gql<{ application: App }>(
      `query($id: ID!) { application(id: $id) { form(unmasked: true) { personal { residentId mobile } } } }`,
      { variables: { id }, as: hr },
    );
    expect(full.data!.application['form'].personal).toEqual({
      residentId: RESIDENT_ID,
      mobile: '13812345678',
    });
    const audit = await t.dataSource.query(
      `SELECT actor, role FROM application.pii_access_log WHERE application_id = $1`,
      [id],
    );
    expect(audit).toEqual([{ actor: hr.sub, role: 'EMPLOYER_HR' }]);
  });

  it('goes through the employer review, and the form is frozen once submitted', async () => {
    const submit = `mutation($id: ID!, $v: Int!) { submitToEmployer(id: $id, version: $v) { state version } }`;
    expect(
      (await t.gql<{ submitToEmployer: App }>(submit, { variables: { id, v: 2 }, as: me })).data!
        .submitToEmployer,
    ).toEqual({ state: 'EMPLOYER_REVIEW', version: 3 });
    const edit = await t.gql(update, { variables: { id, version: 3, form: { coResidents: [] } }, as: me });
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_EDITABLE' });
    const back = await t.gql<{ returnToApplicant: App }>(
      `mutation($id: ID!, $v: Int!) { returnToApplicant(id: $id, version: $v, reason: "请补充学位证书编号") { state version } }`,
      { variables: { id, v: 3 }, as: hr },
    );
    expect(back.data!.returnToApplicant).toEqual({ state: 'DRAFT', version: 4 });
    await t.gql(submit, { variables: { id, v: 4 }, as: hr });
    // The applicant cannot approve for the employer.
    const approve = `mutation($id: ID!, $v: Int!) { approveAndSubmit(id: $id, version: $v) { state version } }`;
    expect(errorCodes(await t.gql(approve, { variables: { id, v: 5 }, as: me }))).toEqual(['FORBIDDEN']);
    expect(
      (await t.gql<{ approveAndSubmit: App }>(approve, { variables: { id, v: 5 }, as: hr })).data!
        .approveAndSubmit,
    ).toEqual({ state: 'SUBMITTED', version: 6 });
    // After the employer approved, neither may withdraw: that is 撤销 at the window.
    const withdraw = await t.gql(
      `mutation($id: ID!) { withdrawApplication(id: $id, version: 6) { state } }`,
      { variables: { id }, as: hr },
    );
    expect(errorCodes(withdraw)).toEqual(['BAD_USER_INPUT']);
  });

  it("hides it from another district's officer and records the missing materials for the employer", async () => {
    const other = await t.gql(`mutation($id: ID!) { acceptApplication(id: $id, version: 6) { state } }`, {
      variables: { id },
      as: officer('PUDONG'),
    });
    expect(errorCodes(other)).toEqual(['NOT_FOUND']);
    const res = await t.gql<{ requestMaterials: App }>(
      `mutation($id: ID!) { requestMaterials(id: $id, version: 6, missing: ["劳动合同原件", "学位证书原件"]) { state materialsMissing } }`,
      { variables: { id }, as: officer('XUHUI') },
    );
    expect(res.data!.requestMaterials).toEqual({
      state: 'MATERIALS_REQUIRED',
      materialsMissing: ['劳动合同原件', '学位证书原件'],
    });
    const seen = await current();
    expect(seen['materialsMissing']).toEqual(['劳动合同原件', '学位证书原件']);
    const [event] = await t.dataSource.query(
      `SELECT envelope FROM application.outbox WHERE type = 'application.materials-required'`,
    );
    expect(event.envelope.data).toMatchObject({
      applicationId: id,
      employerId: XUHUI_EMPLOYER,
      missing: ['劳动合同原件', '学位证书原件'],
    });
  });

  it('lets exactly one of 50 officers accepting at once win; all 49 others get CONFLICT, whatever the state they find', async () => {
    const accept = `mutation($id: ID!) { acceptApplication(id: $id, version: 7) { state receiptNo } }`;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.gql<{ acceptApplication: App }>(accept, {
          variables: { id },
          as: officer('XUHUI', `officer-${i}`),
        }),
      ),
    );
    const codes = results.map((r) => errorCodes(r)[0] ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(49);
    // Sent again once the application is in ARCHIVE_REVIEW: still the stale version's CONFLICT.
    const late = await t.gql(accept, { variables: { id }, as: officer('XUHUI', 'officer-late') });
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    const app = await current();
    expect(app).toMatchObject({
      state: 'ARCHIVE_REVIEW',
      receiptNo: 'XUHUI-2026-000001',
      acceptedOn: '2026-03-02',
      materialsMissing: null,
    });
    // 20 working days after Mon 2 March 2026 (no holiday in March): Mon 30 March.
    expect(app['archiveDeadline']).toEqual({
      dueOn: '2026-03-30',
      provisional: false,
      calendarDataVersion,
      overdue: false,
    });
    const accepted = app['history'].filter((h: App) => h.toState === 'ARCHIVE_REVIEW');
    expect(accepted).toHaveLength(1);
  }, 60_000);

  it('publishes application.accepted with the resident ID encrypted, the credit code and the claims', async () => {
    const [row] = await t.dataSource.query(
      `SELECT envelope FROM application.outbox WHERE type = 'application.accepted'`,
    );
    const data = row.envelope.data;
    expect(t.app.get(PiiCipher).decrypt(data.residentId, PII_EVENT_AAD.residentId)).toBe(RESIDENT_ID);
    expect(data).toMatchObject({
      applicationId: id,
      kind: 'NEW',
      employerCreditCode: '91310104MA1FL0001X',
      receiptNo: 'XUHUI-2026-000001',
      acceptedOn: '2026-03-02',
      archiveHolder: '徐汇区人才服务中心',
      claimedProfile: { birthDate: '1990-03-07', education: 'MASTER', assessmentDate: '2026-03-02' },
    });
    expect(data.educationHistory).toHaveLength(2);
    expect(JSON.stringify(row.envelope)).not.toContain(RESIDENT_ID);
  });

  it('moves to SCORING on a verified case (once, however often it is delivered) and requests scoring', async () => {
    pinToday(t, '2026-04-01');
    const verifiedProfile: ScoreProfileInput = {
      assessmentDate: '2026-04-01',
      birthDate: '1990-03-07',
      education: EducationLevel.MASTER,
      socialInsurance: [{ from: '2020-01', to: '2025-12', base: 20000 }],
    };
    const event = testEvent('verification.case-completed', {
      caseId: 'cccccccc-0000-4000-8000-000000000001',
      applicationId: id,
      outcome: 'VERIFIED',
      verifiedProfile,
      findings: [],
      // The spouse is on the marriage register; a child the household register does not know is
      // listed to the officer with the reason and never printed on the notice.
      coResidents: [
        {
          relation: 'SPOUSE',
          name: '王芳',
          birthDate: '1991-01-15',
          highSchoolEnrolmentProof: null,
          verified: true,
          reason: null,
        },
        {
          relation: 'CHILD',
          name: '张小未',
          birthDate: '2015-05-05',
          highSchoolEnrolmentProof: null,
          verified: false,
          reason: 'No child 张小未 born 2015-05-05 on the household register',
        },
      ],
    });
    await deliverEvent(t, 'application', event);
    await eventually(async () => (await current())['state'] === 'SCORING');
    // A redelivery under another job id: the inbox drops it.
    await deliverEvent(t, 'application', event, { jobId: `${event.id}-again` });
    await new Promise((r) => setTimeout(r, 300));
    const app = await current();
    // From Wed 1 April 2026: Thu 2, Fri 3; 4–6 April off (清明); then 7–10, 13–17, 20–24, 27–30 → Thu 30 April.
    expect(app['scoringDeadline']).toEqual({
      dueOn: '2026-04-30',
      provisional: false,
      calendarDataVersion,
      overdue: false,
    });
    expect(app['history'].filter((h: App) => h.toState === 'SCORING')).toHaveLength(1);
    const requested = await t.dataSource.query(
      `SELECT envelope FROM application.outbox WHERE type = 'application.scoring-requested'`,
    );
    expect(requested).toHaveLength(1);
    expect(requested[0].envelope.data).toMatchObject({
      applicationId: id,
      assessmentDate: '2026-04-01',
      verifiedProfile: { ...verifiedProfile, assessmentDate: '2026-04-01' },
    });
  });

  it('stays in SCORING when the verified facts cannot be scored, and says why in its history', async () => {
    await deliverEvent(
      t,
      'application',
      testEvent('score.assessment-failed', {
        applicationId: id,
        requestEventId: 'eeeeeeee-0000-4000-8000-000000000001',
        problems: [{ field: 'profile.socialInsurance[0].to', rule: 'to-not-before-from' }],
      }),
    );
    await eventually(async () =>
      (await current())['history'].some((h: App) => h.fromState === 'SCORING' && h.toState === 'SCORING'),
    );
    const app = await current();
    expect(app['state']).toBe('SCORING');
    expect(app['history'].at(-1)).toMatchObject({
      role: 'SYSTEM',
      reason: expect.stringContaining('profile.socialInsurance[0].to to-not-before-from'),
    });
  });

  it('approves on an eligible assessment until the permit expires, and refers to the assessment', async () => {
    const assessmentId = 'dddddddd-0000-4000-8000-000000000001';
    await deliverEvent(
      t,
      'application',
      testEvent('score.assessed', {
        assessmentId,
        applicationId: id,
        total: 198,
        eligible: true,
        canApply: true,
        unmetConditions: [],
        ruleSetVersion: 'SH-2017',
      }),
    );
    await eventually(async () => (await current())['state'] === 'APPROVED');
    const app = await current();
    expect(app).toMatchObject({
      validUntil: '2027-02-28',
      totalPoints: 198,
      assessment: { id: assessmentId },
      overdue: false,
    });
    const [decided] = await t.dataSource.query(
      `SELECT envelope FROM application.outbox WHERE type = 'application.decided'`,
    );
    expect(decided.envelope.data).toMatchObject({
      applicationId: id,
      decision: 'APPROVED',
      validUntil: '2027-02-28',
      reason: null,
    });
    expect(app['history'].map((h: App) => `${h.fromState}>${h.toState}`)).toEqual([
      'null>DRAFT',
      'DRAFT>DRAFT',
      'DRAFT>EMPLOYER_REVIEW',
      'EMPLOYER_REVIEW>DRAFT',
      'DRAFT>EMPLOYER_REVIEW',
      'EMPLOYER_REVIEW>SUBMITTED',
      'SUBMITTED>MATERIALS_REQUIRED',
      'MATERIALS_REQUIRED>ARCHIVE_REVIEW',
      'ARCHIVE_REVIEW>SCORING',
      'SCORING>SCORING',
      'SCORING>APPROVED',
    ]);
    // Each entry says what happened as a code the console labels (the transition's action, or
    // what changed without one).
    expect(app['history'].map((h: App) => h.code)).toEqual([
      'OPENED',
      'FORM_EDITED',
      'SUBMIT_TO_EMPLOYER',
      'RETURN_TO_APPLICANT',
      'SUBMIT_TO_EMPLOYER',
      'APPROVE_AND_SUBMIT',
      'REQUEST_MATERIALS',
      'ACCEPT',
      'VERIFICATION_PASSED',
      'SCORING_FAILED',
      'SCORED_ELIGIBLE',
    ]);
    // The form edit (only the one that was saved: the refused ones wrote nothing), its sections
    // and who made it.
    expect(app['history'][1]).toMatchObject({ actor: me.sub, role: 'APPLICANT' });
    expect(app['history'][1].fields).toEqual(expect.arrayContaining(['socialInsurance', 'educationHistory']));
    expect(app['history'][3]).toMatchObject({
      actor: hr.sub,
      role: 'EMPLOYER_HR',
      reason: '请补充学位证书编号',
    });
    // The acceptance names the receipt number the employer was given.
    expect(app['history'][7].reason).toContain('XUHUI-2026-000001');
  });

  it('prints the points notice for the applicant and the employer: holder, co-resident, validity, code; no score', async () => {
    const query = `query($id: ID!) { pointsNotice(applicationId: $id) { fileName contentType base64 } }`;
    const byApplicant = await t.gql<{ pointsNotice: App }>(query, { variables: { id }, as: me });
    expect(byApplicant.errors).toBeUndefined();
    expect(byApplicant.data!.pointsNotice).toMatchObject({
      contentType: 'application/pdf',
      fileName: 'points-notice-XUHUI-2026-000001.pdf',
    });
    const text = await pdfText(byApplicant.data!.pointsNotice['base64']);
    expect(text).toContain('上海市居住证积分通知书');
    expect(text).toContain('持证人：张三');
    expect(text).toContain('王芳');
    expect(text).toContain('有效期至：2027年2月28日');
    // Fit for an officer's desk: the issuing authority over its seal area, the receiving centre,
    // the document number (the first approval of 2026 in this database) and a QR code.
    expect(text).toContain('上海市人力资源和社会保障局');
    expect(text).toContain('盖章处');
    expect(text).toContain('受理机构：徐汇区人才服务中心');
    expect(text).toContain('沪人社积〔2026〕000001号');
    expect(text).not.toContain('张小未');
    // The officer sees who is not printed, and why.
    const checks = await t.gql<{ application: App }>(
      `query($id: ID!) { application(id: $id) { coResidentChecks { relation name verified reason } } }`,
      { variables: { id }, as: officer('XUHUI') },
    );
    expect(checks.data!.application['coResidentChecks']).toEqual([
      { relation: 'SPOUSE', name: '王芳', verified: true, reason: null },
      {
        relation: 'CHILD',
        name: '张小未',
        verified: false,
        reason: 'No child 张小未 born 2015-05-05 on the household register',
      },
    ]);
    const code = /核验码：([0-9A-F-]{19})/.exec(text)?.[1];
    expect(code).toBeDefined();
    // The QR code, read off the rendered page, opens the public check page with this code.
    expect(await pdfQrCodes(byApplicant.data!.pointsNotice['base64'])).toEqual([
      `${TEST_CONSOLE_URL}/verify-notice?code=${code}`,
    ]);
    // Printed again: the same number (it is the notice's, not the print's).
    const again = await t.gql<{ pointsNotice: App }>(query, { variables: { id }, as: me });
    expect(await pdfText(again.data!.pointsNotice['base64'])).toContain('沪人社积〔2026〕000001号');
    // The holder and the employer see the number and code in the API, for the console's link.
    const reference = `query($id: ID!) { application(id: $id) { notice { documentNo verificationCode verifyUrl } } }`;
    for (const who of [me, hr]) {
      expect((await t.gql<{ application: App }>(reference, { variables: { id }, as: who })).data).toEqual({
        application: {
          notice: {
            documentNo: '沪人社积〔2026〕000001号',
            verificationCode: code,
            verifyUrl: `${TEST_CONSOLE_URL}/verify-notice?code=${code}`,
          },
        },
      });
    }
    // The score (198) must not be printed anywhere (the code is removed first: it is random hex).
    expect(text.replace(code!, '')).not.toContain('198');
    expect(text).not.toMatch(/分值：|总分|积分分值/);
    const byEmployer = await t.gql<{ pointsNotice: App }>(query, { variables: { id }, as: hr });
    expect(byEmployer.errors).toBeUndefined();
    expect(errorCodes(await t.gql(query, { variables: { id }, as: hrOf(PUDONG_EMPLOYER) }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await t.gql(query, { variables: { id }, as: officer('XUHUI') }))).toEqual([
      'FORBIDDEN',
    ]);
    // Anyone can check the code, without logging in: masked name, validity, no score.
    const verify = `query($code: String!) { verifyPointsNotice(code: $code) { valid holderName validUntil district districtName documentNo } }`;
    expect(
      (await t.gql<{ verifyPointsNotice: App }>(verify, { variables: { code } })).data!.verifyPointsNotice,
    ).toEqual({
      valid: true,
      holderName: '张*',
      validUntil: '2027-02-28',
      district: 'XUHUI',
      districtName: '徐汇区',
      documentNo: '沪人社积〔2026〕000001号',
    });
    expect(
      (await t.gql<{ verifyPointsNotice: App }>(verify, { variables: { code: '0000-0000-0000-0000' } })).data!
        .verifyPointsNotice['valid'],
    ).toBe(false);
  });

  it('prints the application form once the employer approved it', async () => {
    const query = `query($id: ID!) { applicationFormPdf(applicationId: $id) { fileName base64 } }`;
    const res = await t.gql<{ applicationFormPdf: App }>(query, { variables: { id }, as: hr });
    expect(res.errors).toBeUndefined();
    const text = await pdfText(res.data!.applicationFormPdf['base64']);
    expect(text).toContain('上海市居住证积分申请表');
    expect(text).toContain('复旦大学');
    expect(text).toContain(RESIDENT_ID);
    // Official terms, never the API's enum names: the form's master's degree (MASTER), bachelor's
    // with degree (BACHELOR_WITH_DEGREE), the spouse (SPOUSE), the district talent centre.
    expect(text).toContain('硕士研究生学历学位');
    expect(text).toContain('大学本科学历和学士学位');
    expect(text).toMatch(/配偶\s+王芳/);
    expect(text).toContain('申请类别：首次申请');
    expect(text).toContain('性别：男');
    expect(text).not.toMatch(
      /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b|\b(?:NEW|MALE|FEMALE|SPOUSE|MASTER|MARRIED|SINGLE)\b/,
    );
  });

  it('takes an appeal per indicator, decided by a second HRSS person, and updates the score and history', async () => {
    const request = await t.gql<{ requestAppeal: App }>(
      `mutation($input: AppealRequestInput!) { requestAppeal(input: $input) { id state version indicator } }`,
      {
        variables: {
          input: {
            applicationId: id,
            indicator: 'QUALIFICATION',
            reason: '中级职称证书未计分，已与岗位相符',
          },
        },
        as: me,
      },
    );
    expect(request.errors).toBeUndefined();
    const appeal = request.data!.requestAppeal;
    expect(appeal).toMatchObject({ state: 'REQUESTED', indicator: 'QUALIFICATION' });
    // HR asking about the same indicator meanwhile joins nothing: one open review per indicator.
    const twice = await t.gql(
      `mutation($input: AppealRequestInput!) { requestAppeal(input: $input) { id } }`,
      {
        variables: {
          input: { applicationId: id, indicator: 'QUALIFICATION', reason: '单位同样申请复核职称分值' },
        },
        as: hr,
      },
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'indicator',
      rule: 'one-open-appeal-per-indicator',
    });
    const first = hrss('hrss-first');
    const review = `mutation($id: ID!, $v: Int!) { reviewAppeal(id: $id, version: $v, proposedDelta: 10, note: "职称与岗位相符，应计分") { state version firstReviewer } }`;
    expect(errorCodes(await t.gql(review, { variables: { id: appeal['id'], v: 1 }, as: hr }))).toEqual([
      'FORBIDDEN',
    ]);
    const reviewed = await t.gql<{ reviewAppeal: App }>(review, {
      variables: { id: appeal['id'], v: 1 },
      as: first,
    });
    expect(reviewed.data!.reviewAppeal).toEqual({
      state: 'REVIEWED',
      version: 2,
      firstReviewer: 'hrss-first',
    });
    const decide = `mutation($id: ID!) { decideAppeal(id: $id, version: 2, uphold: true, note: "同意改正") { state decidedBy } }`;
    const sameePerson = await t.gql(decide, { variables: { id: appeal['id'] }, as: first });
    expect(errorCodes(sameePerson)).toEqual(['FORBIDDEN']);
    const decided = await t.gql<{ decideAppeal: App }>(decide, {
      variables: { id: appeal['id'] },
      as: hrss('hrss-second'),
    });
    expect(decided.data!.decideAppeal).toEqual({ state: 'UPHELD', decidedBy: 'hrss-second' });
    const after = await t.gql<{ application: App }>(
      `query($id: ID!) { application(id: $id) { totalPoints correctedTotal appeals { state } history { reason } } }`,
      { variables: { id }, as: me },
    );
    const app = after.data!.application;
    expect(app).toMatchObject({ totalPoints: 198, correctedTotal: 208, appeals: [{ state: 'UPHELD' }] });
    expect(app['history'].at(-1).reason).toContain('总分 198 → 208');
  });

  it('rejects with the findings when a verification fails', async () => {
    // A second applicant through to ARCHIVE_REVIEW, then a failed case.
    const other = 'aaaaaaaa-0000-4000-8000-000000000009';
    await applicantEmployedBy(t, other, '310115199501010041', XUHUI_EMPLOYER, { name: '李四' });
    const created = await t.gql<{ createApplication: App }>(create, {
      variables: { input: { applicantId: other, kind: 'NEW' } },
      as: hr,
    });
    const otherId = created.data!.createApplication['id'];
    await t.gql(update, { variables: { id: otherId, version: 1, form: completeForm() }, as: hr });
    await t.gql(`mutation($id: ID!) { submitToEmployer(id: $id, version: 2) { state } }`, {
      variables: { id: otherId },
      as: hr,
    });
    await t.gql(`mutation($id: ID!) { approveAndSubmit(id: $id, version: 3) { state } }`, {
      variables: { id: otherId },
      as: hr,
    });
    const early = await t.gql(
      `mutation($input: AppealRequestInput!) { requestAppeal(input: $input) { id } }`,
      {
        variables: { input: { applicationId: otherId, indicator: 'AGE', reason: '年龄计算有误' } },
        as: hr,
      },
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'decided-only' });
    const accepted = await t.gql<{ acceptApplication: App }>(
      `mutation($id: ID!) { acceptApplication(id: $id, version: 4) { receiptNo } }`,
      { variables: { id: otherId }, as: officer('XUHUI') },
    );
    expect(accepted.data!.acceptApplication['receiptNo']).toBe('XUHUI-2026-000002');
    await deliverEvent(
      t,
      'application',
      testEvent('verification.case-completed', {
        caseId: 'cccccccc-0000-4000-8000-000000000002',
        applicationId: otherId,
        outcome: 'FAILED',
        verifiedProfile: null,
        findings: [{ code: 'EDUCATION_NOT_FOUND', note: '学信网无此学历' }],
      }),
    );
    await eventually(async () => {
      const res = await t.gql<{ application: App }>(read, { variables: { id: otherId }, as: hr });
      return res.data!.application['state'] === 'REJECTED' ? res.data!.application : undefined;
    }).then((app) => expect(app['decisionReason']).toBe('EDUCATION_NOT_FOUND: 学信网无此学历'));
    const notice = await t.gql(`query($id: ID!) { pointsNotice(applicationId: $id) { fileName } }`, {
      variables: { id: otherId },
      as: hr,
    });
    expect(notice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'approved-only' });
  });
});
