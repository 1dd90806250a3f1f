import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addCalendarDays } from '@points/calendar';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the demo's journey steps are shared with this suite on purpose, so `npm run demo` is exercised here
import {
  GatewayClient,
  GatewayError,
  waitFor,
  contributionsUntilLastMonth,
  newPerson,
  oneYearOn,
  shanghaiToday,
  awaitDecision,
  cityVerifierCompletesEducation,
  officerRecordsArchiveArrival,
  awaitSms,
  employerSubmitsAndCentreAccepts,
  formFor,
  openApplicantAccount,
  openApplication,
  playJourney,
  playUpheldAppeal,
  readApplication,
  readCase,
  registerApprovedEmployer,
  saveForm,
  seedRegistry,
  silentNarrator,
  staffLogins,
  transition,
  truthfulRecords,
  type ApplicantAccount,
  type Claims,
  type JourneyResult,
  type RegisteredEmployer,
  type Staff,
} from '../../tools/demo/journey';
import { pdfText } from '@points/testing';
import { PLATFORM_START_MS, startPlatform, type RunningPlatform } from '../support/platform';

/** 2027-03-05 → 2027年3月5日, as the SMS texts write dates. */
const chineseDate = (date: string): string =>
  `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** `n` as a number of its own in a text (not a digit run inside an ID number). */
const standalone = (n: number): RegExp => new RegExp(`(^|\\D)${n}(\\D|$)`);

const countedPoints = (items: Array<{ indicator: string; points: number; counted: boolean }>) =>
  Object.fromEntries(items.filter((i) => i.counted).map((i) => [i.indicator, i.points]));

async function expectRefused(promise: Promise<unknown>): Promise<GatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}

/**
 * The whole points journey (issue 8 items 1–8) with every service, both workers and the gateway
 * running, through the gateway only; every actor logs in with `login` like a person. Steps 1–5 and
 * the upheld appeal (9, the demo's step 6) are the ones `npm run demo` plays (tools/demo/journey.ts);
 * the tests follow one another.
 */
describe('the points journey through the gateway', () => {
  let platform: RunningPlatform;
  let gw: GatewayClient;
  let staff: Staff;
  let journey: JourneyResult;
  let renewalId: string;
  let renewedUntil: string;
  const today = shanghaiToday();

  beforeAll(async () => {
    platform = await startPlatform();
    gw = new GatewayClient(platform.gatewayUrl);
    staff = await staffLogins(gw);
  }, PLATFORM_START_MS);
  afterAll(() => platform?.stop(), 60_000);

  it('1–5: registration, account, form, submission, acceptance, verifications, scoring, approval, notice', async () => {
    journey = await playJourney(gw, staff, silentNarrator);
    const { employer, applicant, filed, accepted, caseBeforeManual, decision } = journey;

    // 1. The HR contact's SMS names the employer; it went to the mobile given at registration.
    expect(employer.approvalSms).toMatchObject({
      recipientRole: 'EMPLOYER_HR',
      eventType: 'employer.registration-reviewed',
    });
    expect(employer.approvalSms.body).toContain(`“${employer.name}”`);
    expect(employer.approvalSms.mobile).toBe(
      `${employer.hr.mobile.slice(0, 3)}****${employer.hr.mobile.slice(7)}`,
    );

    // 2. Worked by hand from the claims: born in 1990 → at most 43 before 2034 → 5 + 2 × (56 − 43)
    // ≥ 31 → AGE 30 (cap); master's 100; 60 months → ⌊60/12⌋ × 3 = 15; base 20,000 against every year's average wage
    // in the table (10,338 … 12,434) is 1.6–1.95× → 36 months at ≥ 1× and none at 2× → 50.
    expect(filed.simulated.problems).toEqual([]);
    expect(filed.simulated.total).toBe(195);
    expect(filed.simulated.eligible).toBe(true);
    expect(filed.state).toBe('EMPLOYER_REVIEW');

    // 3. The printable form holds the applicant; the materials and acceptance SMS reached HR.
    expect(accepted.formPdf.contentType).toBe('application/pdf');
    expect(await pdfText(accepted.formPdf.base64)).toContain(applicant.name);
    expect(accepted.materialsSms.body).toContain('劳动合同原件');
    expect(accepted.receiptNo).toMatch(new RegExp(`^XUHUI-${today.slice(0, 4)}-\\d{6}$`));
    expect(accepted.acceptedSms.body).toContain(accepted.receiptNo);
    expect(accepted.state).toBe('ARCHIVE_REVIEW');

    // 4. The city verifier sees the two diplomas: the domestic one checked by the registry, the
    // overseas one waiting for a person.
    expect(
      caseBeforeManual.tasks.items
        .map((t) => [t.kind, t.automated, t.status])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    ).toEqual([
      ['EDUCATION', false, 'PENDING'],
      ['EDUCATION', true, 'PASSED'],
    ]);
    expect(journey.manualTask.status).toBe('PASSED');
    // The district officer sees the other checks (hand-derived from the claims: no spouse bonus, no
    // award, no title → archive, social insurance, tax and the three record checks), the archive
    // requested by post until they record its arrival.
    const officerView = journey.caseSeenByOfficer.tasks.items;
    // Beside them the permit (always: 第二条) and the one co-resident of the form, the spouse.
    expect(officerView.map((t) => t.kind).sort()).toEqual(
      [
        'ARCHIVE_RETRIEVAL',
        'CO_RESIDENT',
        'CRIMINAL',
        'DETENTION',
        'FAMILY_PLANNING',
        'RESIDENCE_PERMIT',
        'SOCIAL_INSURANCE',
        'TAX',
      ].sort(),
    );
    expect(officerView.find((t) => t.kind === 'ARCHIVE_RETRIEVAL')?.status).toBe('IN_PROGRESS');
    expect(journey.archiveTask.status).toBe('PASSED');

    // 5. Scored on the verified facts (the same as the claims here), approved until the permit expires.
    const validUntil = oneYearOn(applicant.permitIssuedOn);
    expect(decision.application).toMatchObject({ state: 'APPROVED', totalPoints: 195, validUntil });
    expect(decision.assessment).toMatchObject({ total: 195, eligible: true, ruleSetVersion: 'SH-2017' });
    expect(countedPoints(decision.assessment.items)).toEqual({
      AGE: 30,
      EDUCATION: 100,
      SOCIAL_INSURANCE_YEARS: 15,
      SOCIAL_INSURANCE_BASE: 50,
    });
    expect(decision.applicantSms.recipientRole).toBe('APPLICANT');
    expect(decision.applicantSms.body).toContain(`积分有效期至${chineseDate(validUntil)}`);
    // The employer is told as well.
    // HR sees every message about its employer, the applicant's too: pick the one sent to HR.
    const toEmployer = await awaitSms(
      gw,
      employer.hr.token,
      'APPLICATION_APPROVED',
      (m) => m.recipientRole === 'EMPLOYER_HR',
    );
    expect(toEmployer.recipientRole).toBe('EMPLOYER_HR');
    // The notice: the holder's name, the co-resident, no score.
    expect(decision.notice.contentType).toBe('application/pdf');
    const notice = await pdfText(decision.notice.base64);
    expect(notice).toContain(applicant.name);
    expect(notice).toContain('王芳');
    expect(notice).not.toMatch(standalone(195));
    expect(notice).not.toMatch(/积分分值|总分|points:/i);
  }, 120_000);

  it('6: a renewal inside the window after the endorsement is confirmed online; one outside it is refused', async () => {
    const { applicant, employer, filed } = journey;
    const endorsedOn = addCalendarDays(today, -20);
    const endorsed = await gw.request<{ recordPermitEndorsement: { permitEndorsedOn: string } }>(
      `mutation Endorse($id: ID!, $on: String!) { recordPermitEndorsement(id: $id, endorsedOn: $on) { permitEndorsedOn } }`,
      { id: filed.id, on: endorsedOn },
      applicant.token,
    );
    expect(endorsed.recordPermitEndorsement.permitEndorsedOn).toBe(endorsedOn);

    // Endorsed 61 days ago: the 60-day window closed yesterday.
    const late = await expectRefused(
      gw.request(
        `mutation Late($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
        { input: { kind: 'RENEWAL', permitEndorsedOn: addCalendarDays(today, -61) } },
        applicant.token,
      ),
    );
    expect(late.codes).toEqual(['BAD_USER_INPUT']);
    expect(late.field).toBe('permitEndorsedOn');
    expect(late.message).toContain(`The renewal window closed on ${addCalendarDays(today, -1)}`);
    expect(late.message).toContain('apply anew with a NEW application');

    const renewal = await openApplication(gw, applicant.token, {
      kind: 'RENEWAL',
      permitEndorsedOn: endorsedOn,
    });
    expect(renewal).toMatchObject({ kind: 'RENEWAL', state: 'DRAFT' });
    // The endorsed permit runs a year on from the old expiry; nothing else changed.
    const oldExpiry = oneYearOn(applicant.permitIssuedOn);
    const newFrom = addCalendarDays(oldExpiry, 1);
    // The endorsement is in the residence registry: a year on from the old expiry.
    await seedRegistry(gw, staff, [
      {
        residentId: applicant.residentId,
        residencePermit: {
          number: `SH${applicant.residentId.slice(-8)}`,
          issuedOn: applicant.permitIssuedOn,
          endorsedOn,
          validUntil: oneYearOn(newFrom),
        },
      },
    ]);
    const saved = await saveForm(gw, applicant.token, renewal.id, renewal.version, {
      residencePermit: {
        number: `SH${applicant.residentId.slice(-8)}`,
        validFrom: newFrom,
        validTo: oneYearOn(newFrom),
        address: '上海市徐汇区虹桥路1号',
      },
    });
    const submitted = await transition(gw, applicant.token, 'submitToEmployer', saved.id, saved.version);
    const filedOnline = await transition(
      gw,
      employer.hr.token,
      'approveAndSubmit',
      submitted.id,
      submitted.version,
    );
    // Same employer, same details: the online review (网审) asks the registries before deciding.
    expect(filedOnline.state).toBe('SUBMITTED');
    // The renewal checks hold on the registry facts: confirmed online with the points it had.
    const confirmed = await waitFor('the renewal confirmed online on the registry facts', async () => {
      const now = await readApplication(gw, applicant.token, filedOnline.id);
      return now.state === 'APPROVED' ? now : undefined;
    });
    expect(confirmed).toMatchObject({ state: 'APPROVED', totalPoints: 195, validUntil: oneYearOn(newFrom) });
    const sms = await awaitSms(gw, applicant.token, 'APPLICATION_APPROVED', (m) =>
      m.body.includes(chineseDate(oneYearOn(newFrom))),
    );
    expect(sms.recipientRole).toBe('APPLICANT');
    renewalId = confirmed.id;
    renewedUntil = oneYearOn(newFrom);
  }, 60_000);

  it('7: after approval the applicant changes job; the new employer files a CHANGE', async () => {
    const { applicant, employer } = journey;
    const newEmployer = await registerApprovedEmployer(
      gw,
      staff,
      silentNarrator,
      '上海新雇主信息技术有限公司',
    );

    await gw.request(
      `mutation Release($input: ReleaseApplicantInput!) { releaseApplicant(input: $input) { id } }`,
      { input: { accountId: applicant.applicantId, reason: '劳动合同解除' } },
      employer.hr.token,
    );
    const taken = await gw.request<{ takeOverApplicant: { id: string; employerId: string } }>(
      `mutation TakeOver($input: TakeOverApplicantInput!) { takeOverApplicant(input: $input) { id employerId } }`,
      { input: { residentId: applicant.residentId } },
      newEmployer.hr.token,
    );
    expect(taken.takeOverApplicant).toEqual({
      id: applicant.applicantId,
      employerId: newEmployer.employerId,
    });

    // The new employer registers the holder's social insurance (and withholds the tax) from this
    // month: the registry's proof that they are employed there in the application month.
    const thisMonth = today.slice(0, 7);
    await seedRegistry(gw, staff, [
      {
        residentId: applicant.residentId,
        socialInsurance: [
          { from: thisMonth, to: thisMonth, base: 20_000, payerCreditCode: newEmployer.creditCode },
        ],
        tax: [{ from: thisMonth, to: thisMonth, taxBase: 20_000, payerCreditCode: newEmployer.creditCode }],
      },
    ]);
    const change = await openApplication(gw, newEmployer.hr.token, {
      applicantId: applicant.applicantId,
      kind: 'CHANGE',
    });
    expect(change).toMatchObject({ kind: 'CHANGE', state: 'DRAFT' });
    const saved = await saveForm(gw, newEmployer.hr.token, change.id, change.version, {
      employment: { position: '高级软件工程师', contractStart: today, contractEnd: null },
    });
    const toEmployer = await transition(
      gw,
      newEmployer.hr.token,
      'submitToEmployer',
      saved.id,
      saved.version,
    );
    const submitted = await transition(
      gw,
      newEmployer.hr.token,
      'approveAndSubmit',
      toEmployer.id,
      toEmployer.version,
    );
    expect(submitted.state).toBe('SUBMITTED');

    // The points stay valid meanwhile; the old employer no longer sees the new filing.
    expect(await readApplication(gw, applicant.token, renewalId)).toMatchObject({
      state: 'APPROVED',
      totalPoints: 195,
    });
    const oldView = await expectRefused(readApplication(gw, employer.hr.token, change.id));
    expect(oldView.codes).toEqual(['NOT_FOUND']);
    const theirs = await gw.request<{ employer: { applications: Array<{ id: string; kind: string }> } }>(
      `query Mine($id: ID!) { employer(id: $id) { applications { id kind } } }`,
      { id: newEmployer.employerId },
      newEmployer.hr.token,
    );
    expect(theirs.employer.applications).toEqual([{ id: change.id, kind: 'CHANGE' }]);

    // At the window it goes the way of a NEW one: accepted, verified again, scored.
    const accepted = await transition(
      gw,
      staff.officer,
      'acceptApplication',
      submitted.id,
      submitted.version,
    );
    expect(accepted.state).toBe('ARCHIVE_REVIEW');
    await officerRecordsArchiveArrival(gw, staff, change.id, silentNarrator);
    await cityVerifierCompletesEducation(gw, staff, change.id, silentNarrator);
    const decided = await awaitDecision(gw, newEmployer.hr.token, change.id);
    // The same facts (the 60 months were paid by the employer of their time, which withheld the
    // tax) score the same 195; the points run to the end of the endorsed permit, as before.
    expect(decided).toMatchObject({ state: 'APPROVED', totalPoints: 195, validUntil: renewedUntil });
    const sms = await awaitSms(gw, newEmployer.hr.token, 'APPLICATION_APPROVED');
    expect(sms.body).toContain(chineseDate(renewedUntil));
  }, 60_000);

  /** Account, form, submission and acceptance for one more applicant of `employer`. */
  async function fileAndAccept(
    employer: RegisteredEmployer,
    name: string,
    claims: (applicant: ApplicantAccount) => Claims,
    records: (applicant: ApplicantAccount) => Record<string, unknown>,
  ): Promise<{ applicant: ApplicantAccount; applicationId: string; simulated: number | null }> {
    const applicant = await openApplicantAccount(gw, employer, silentNarrator, newPerson(name, 1990));
    await seedRegistry(gw, staff, [records(applicant)]);
    const draft = await openApplication(gw, applicant.token, { kind: 'NEW' });
    const saved = await saveForm(
      gw,
      applicant.token,
      draft.id,
      draft.version,
      formFor(applicant, claims(applicant)),
    );
    const toEmployer = await transition(gw, applicant.token, 'submitToEmployer', saved.id, saved.version);
    await employerSubmitsAndCentreAccepts(gw, staff, employer, toEmployer, silentNarrator);
    return { applicant, applicationId: saved.id, simulated: saved.simulated.total };
  }

  it('8a: an applicant whose registry facts contradict the claims is scored on the facts', async () => {
    const { employer } = journey;
    const certificate = (a: ApplicantAccount) => `1024612013${a.residentId.slice(-6)}`;
    const { applicant, applicationId, simulated } = await fileAndAccept(
      employer,
      '赵多报',
      (a) => ({
        diplomas: [
          {
            level: 'MASTER',
            school: '复旦大学',
            major: '软件工程',
            graduationDate: '2015-07-01',
            fullTime: true,
            overseas: false,
            certificateNo: certificate(a),
          },
        ],
        contributions: contributionsUntilLastMonth(today, 60, 45_000),
        awards: ['NATIONAL'],
      }),
      // The registry: that certificate is a bachelor's with degree; the months were paid at 20,000; no award.
      (a) =>
        truthfulRecords(a, employer, {
          diplomas: [
            {
              level: 'BACHELOR_WITH_DEGREE',
              school: '复旦大学',
              major: '软件工程',
              graduationDate: '2015-07-01',
              fullTime: true,
              overseas: false,
              certificateNo: certificate(a),
            },
          ],
          contributions: contributionsUntilLastMonth(today, 60, 20_000),
        }),
    );
    // Claimed: AGE 30 + master 100 + 60 months → 15 + 45,000 is 3.6× the highest wage in the table
    // (12,434), so ≥ 3× for 24 of the last 36 months → 120 + national award 110 = 375.
    expect(simulated).toBe(375);
    const decided = await awaitDecision(gw, applicant.token, applicationId);
    // Facts: AGE 30 + bachelor with degree 90 + 15 + base 20,000 (1.6–1.9× the wages) → 50 = 185 ≥ 120.
    expect(decided).toMatchObject({ state: 'APPROVED', totalPoints: 185 });
    const assessment = await gw.request<{
      application: { assessment: { items: Array<{ indicator: string; points: number; counted: boolean }> } };
    }>(
      `query A($id: ID!) { application(id: $id) { assessment { items { indicator points counted } } } }`,
      { id: applicationId },
      applicant.token,
    );
    expect(countedPoints(assessment.application.assessment.items)).toEqual({
      AGE: 30,
      EDUCATION: 90,
      SOCIAL_INSURANCE_YEARS: 15,
      SOCIAL_INSURANCE_BASE: 50,
    });
    expect((decided.findings ?? []).map((f) => f.code)).toEqual(
      expect.arrayContaining(['EDUCATION_CLAIM_CONTRADICTED', 'AWARD_NOT_VERIFIED']),
    );
  }, 90_000);

  it('8c: a permit typed as valid to 2099 runs the points to the verified expiry; an unverified child is not printed', async () => {
    const { employer } = journey;
    const applicant = await openApplicantAccount(gw, employer, silentNarrator, newPerson('孙长效', 1990));
    const claims: Claims = {
      diplomas: [
        {
          level: 'MASTER',
          school: '同济大学',
          major: '土木工程',
          graduationDate: '2015-07-01',
          fullTime: true,
          overseas: false,
          certificateNo: `1024712015${applicant.residentId.slice(-6)}`,
        },
      ],
      contributions: contributionsUntilLastMonth(today, 60, 20_000),
    };
    // The registries: the permit runs a year from its issue; the spouse is married to the holder;
    // the child 孙小明 is on the household register, 孙小红 is not.
    const records = truthfulRecords(applicant, employer, claims);
    await seedRegistry(gw, staff, [
      {
        ...records,
        civilRecords: [
          { kind: 'MARRIAGE', date: '2018-10-01', spouseName: '王芳' },
          { kind: 'CHILD', date: '2019-05-20', childName: '孙小明' },
        ],
      },
    ]);
    const draft = await openApplication(gw, applicant.token, { kind: 'NEW' });
    const form = formFor(applicant, claims);
    const saved = await saveForm(gw, applicant.token, draft.id, draft.version, {
      ...form,
      residencePermit: { ...(form['residencePermit'] as object), validTo: '2099-12-31' },
      coResidents: [
        { relation: 'SPOUSE', name: '王芳', birthDate: '1991-03-08' },
        { relation: 'CHILD', name: '孙小明', birthDate: '2019-05-20' },
        { relation: 'CHILD', name: '孙小红', birthDate: '2021-08-08' },
      ],
    });
    const toEmployer = await transition(gw, applicant.token, 'submitToEmployer', saved.id, saved.version);
    await employerSubmitsAndCentreAccepts(gw, staff, employer, toEmployer, silentNarrator);
    const decided = await awaitDecision(gw, applicant.token, saved.id);
    // Issued 340 days ago and valid a year: the registry's expiry, not 2099-12-31.
    const verifiedExpiry = oneYearOn(addCalendarDays(today, -340));
    expect(decided).toMatchObject({ state: 'APPROVED', validUntil: verifiedExpiry });
    expect((decided.findings ?? []).map((f) => f.code)).toEqual(
      expect.arrayContaining(['RESIDENCE_PERMIT_EXPIRY_CONTRADICTED', 'CO_RESIDENT_NOT_VERIFIED']),
    );
    const notice = await gw.request<{ pointsNotice: { base64: string } }>(
      `query Notice($id: ID!) { pointsNotice(applicationId: $id) { base64 } }`,
      { id: saved.id },
      applicant.token,
    );
    const text = await pdfText(notice.pointsNotice.base64);
    expect(text).toContain('王芳');
    expect(text).toContain('孙小明');
    expect(text).not.toContain('孙小红');
    expect(text).toContain(`有效期至：${chineseDate(verifiedExpiry)}`);
    expect(text).not.toContain('2099');
    // The officer sees the child left off the notice, with the reason.
    const seen = await gw.request<{
      application: { coResidentChecks: Array<{ name: string; verified: boolean; reason: string | null }> };
    }>(
      `query Checks($id: ID!) { application(id: $id) { coResidentChecks { name verified reason } } }`,
      { id: saved.id },
      staff.officer,
    );
    expect(seen.application.coResidentChecks).toEqual([
      { name: '王芳', verified: true, reason: null },
      { name: '孙小明', verified: true, reason: null },
      {
        name: '孙小红',
        verified: false,
        reason: 'No child 孙小红 born 2021-08-08 on the household register',
      },
    ]);
  }, 90_000);

  it('8b: a forged certificate fails the case, carries the deduction, opens a case HRSS decides serious (3-year ban) and gets the employer sanctioned', async () => {
    const forgersEmployer = await registerApprovedEmployer(
      gw,
      staff,
      silentNarrator,
      '上海伪材料咨询有限公司',
    );
    const { applicant, applicationId } = await fileAndAccept(
      forgersEmployer,
      '钱伪造',
      (a) => ({
        diplomas: [
          {
            level: 'MASTER',
            school: '上海交通大学',
            major: '金融学',
            graduationDate: '2014-07-01',
            fullTime: true,
            overseas: false,
            certificateNo: `FAKE-${a.residentId.slice(-6)}`,
          },
        ],
        contributions: contributionsUntilLastMonth(today, 60, 20_000),
      }),
      // The registry has the contributions and the archive, and no diploma at all.
      (a) =>
        truthfulRecords(a, forgersEmployer, {
          diplomas: [],
          contributions: contributionsUntilLastMonth(today, 60, 20_000),
        }),
    );

    const decided = await awaitDecision(gw, applicant.token, applicationId);
    expect(decided.state).toBe('REJECTED');
    expect(decided.decisionReason).toContain(`FAKE-${applicant.residentId.slice(-6)}`);
    expect((decided.findings ?? []).map((f) => f.code)).toContain('FORGED_MATERIAL');
    const rejectedSms = await awaitSms(gw, applicant.token, 'APPLICATION_REJECTED');
    expect(rejectedSms.body).toContain('未通过审核');

    // The deduction travels in the verified profile: false material dated at acceptance → −150.
    const verification = await readCase(gw, staff.officer, applicationId);
    expect(verification).toMatchObject({ status: 'COMPLETED', outcome: 'FAILED' });
    // The evidence behind each fact is for the decision; the public simulation takes the facts only.
    const { evidence: _evidence, ...verified } = JSON.parse(
      verification.verifiedProfileJson ?? '{}',
    ) as Record<string, unknown>;
    expect(verified.falseMaterialDates).toEqual([today]);
    const scored = await gw.request<{
      simulateScore: { items: Array<{ indicator: string; points: number; counted: boolean }> };
    }>(
      `query S($profile: ScoreProfileInput!) { simulateScore(profile: $profile) { items { indicator points counted } } }`,
      { profile: { ...verified, assessmentDate: today } },
    );
    expect(countedPoints(scored.simulateScore.items).FALSE_MATERIALS).toBe(-150);

    // The individual: the finding opens a case and bans nobody until a person decides it is
    // serious (第二十二条 情节严重); HRSS decides it so today: 3 years, up to the day before today + 3 years.
    const forgeryCase = await waitFor('the forgery case on the applicant', async () => {
      const cases = await gw.request<{ applicantForgeryCases: Array<{ id: string; status: string }> }>(
        `query Cases { applicantForgeryCases { id status } }`,
        {},
        applicant.token,
      );
      return cases.applicantForgeryCases.find((c) => c.status === 'PENDING_DECISION');
    });
    const before = await gw.request<{ me: { bannedUntil: string | null } }>(
      `query Me { me { bannedUntil } }`,
      {},
      applicant.token,
    );
    expect(before.me.bannedUntil).toBeNull();
    await gw.request(
      `mutation Decide($input: DecideForgeryCaseInput!) { decideApplicantForgeryCase(input: $input) { status } }`,
      { input: { caseId: forgeryCase.id, serious: true, reason: '伪造硕士学位证书，情节严重' } },
      staff.hrss,
    );
    const banEnd = addCalendarDays(`${Number(today.slice(0, 4)) + 3}${today.slice(4)}`, -1);
    const account = await waitFor('the ban on the account', async () => {
      const me = await gw.request<{ me: { bannedUntil: string | null } }>(
        `query Me { me { bannedUntil } }`,
        {},
        applicant.token,
      );
      return me.me.bannedUntil ? me.me : undefined;
    });
    expect(account.bannedUntil).toBe(banEnd);
    // …and the application service refuses them a new application until then.
    const banned = await waitFor('the ban to reach the application service', async () => {
      const attempt = await gw.send(
        `mutation Again($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
        { input: { kind: 'NEW' } },
        applicant.token,
      );
      const message = attempt.errors?.[0]?.message ?? '';
      return message.includes('may not apply') ? attempt : undefined;
    });
    expect(banned.errors?.[0]?.message).toBe(
      `The applicant may not apply until ${banEnd} (forged materials)`,
    );
    expect(banned.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The employer: a forgery case waits for HRSS's decision; HRSS fines and suspends it.
    const pending = await waitFor('the forgery case on the employer', async () => {
      const e = await gw.request<{
        employer: {
          sanctions: Array<{ status: string; forgeryCaseId: string | null; applicationId: string | null }>;
        };
      }>(
        `query E($id: ID!) { employer(id: $id) { sanctions { status forgeryCaseId applicationId } } }`,
        { id: forgersEmployer.employerId },
        staff.hrss,
      );
      return e.employer.sanctions.find((s) => s.status === 'PENDING_DECISION');
    });
    expect(pending).toEqual({ status: 'PENDING_DECISION', forgeryCaseId: verification.id, applicationId });
    const suspendedUntil = addCalendarDays(today, 365);
    const sanctioned = await gw.request<{
      recordEmployerSanction: {
        suspended: boolean;
        suspendedUntil: string;
        sanctions: Array<{ status: string; fineCny: number | null }>;
      };
    }>(
      `mutation Sanction($input: RecordSanctionInput!) {
         recordEmployerSanction(input: $input) { suspended suspendedUntil sanctions { status fineCny } }
       }`,
      {
        input: {
          employerId: forgersEmployer.employerId,
          fineCny: 40_000,
          suspendedUntil,
          reason: '使用伪造学历证书申办居住证积分',
          forgeryCaseId: pending.forgeryCaseId,
        },
      },
      staff.hrss,
    );
    expect(sanctioned.recordEmployerSanction).toEqual({
      suspended: true,
      suspendedUntil,
      sanctions: [{ status: 'DECIDED', fineCny: 40_000 }],
    });
    // A suspended employer may not act: no new applicant account.
    const refused = await expectRefused(
      gw.request(
        `mutation Open($input: CreateApplicantAccountInput!) { createApplicantAccount(input: $input) { id } }`,
        {
          input: { ...newPerson('孙某'), permitDate: addCalendarDays(today, -30) },
        },
        forgersEmployer.hr.token,
      ),
    );
    expect(refused.message).toMatch(/suspended/i);
  }, 90_000);

  it('9: rejected at 110 points, an upheld appeal (复核, two HRSS people) approves it with a notice and an SMS', async () => {
    const appeal = await playUpheldAppeal(gw, staff, journey.employer, silentNarrator);
    const { applicant } = appeal;

    // Worked by hand from the claims: born 1990 → AGE 30; junior college 50; 120 months → 10 × 3 =
    // 30; a base of 7,000 is under 0.8× the wages of the last four years (11,396 … 12,434) → 0:
    // 110, under the standard of 120. The applicant was told of the rejection.
    expect(appeal.rejected).toMatchObject({ state: 'REJECTED', totalPoints: 110 });
    expect(appeal.rejectedSms.recipientRole).toBe('APPLICANT');
    expect(appeal.rejectedSms.body).toContain('未通过审核');

    // The appeal: filed by the applicant, reviewed (+20: five full years of public service × 4),
    // upheld by a second person.
    expect(appeal.filed).toMatchObject({ state: 'REQUESTED', indicator: 'PUBLIC_SERVICE' });
    expect(appeal.reviewed).toMatchObject({ state: 'REVIEWED', proposedDelta: 20 });
    expect(appeal.upheld.state).toBe('UPHELD');

    // The applicant sees the decision changed: 110 + 20 = 130 ≥ 120, approved until the permit runs out.
    const validUntil = oneYearOn(applicant.permitIssuedOn);
    expect(appeal.approved).toMatchObject({ state: 'APPROVED', correctedTotal: 130, validUntil });
    // The scoring service received application.score-corrected.
    expect(appeal.scoringCorrectedTotal).toBe(130);
    // The SMS of an approval, with the validity.
    expect(appeal.approvedSms.recipientRole).toBe('APPLICANT');
    expect(appeal.approvedSms.body).toContain('【上海人社】');
    expect(appeal.approvedSms.body).toContain(`积分有效期至${chineseDate(validUntil)}`);

    // The notice: a document number of this year, its check link, and the public check finds it valid.
    const reference = appeal.approved.notice;
    expect(reference?.documentNo).toMatch(new RegExp(`^沪人社积〔${today.slice(0, 4)}〕\\d{6}号$`));
    // The check page of the console this gateway serves (PUBLIC_CONSOLE_URL, here the default
    // http://localhost:<gateway port>), with the notice's code.
    const link = new URL(reference?.verifyUrl ?? 'http://missing');
    expect([link.port, link.pathname, link.searchParams.get('code')]).toEqual([
      new URL(platform.gatewayUrl).port,
      '/verify-notice',
      reference?.verificationCode,
    ]);
    // Anyone may check a notice: the page names the holder by surname only (周**).
    expect(appeal.noticeCheck).toMatchObject({
      valid: true,
      holderName: `${applicant.name.slice(0, 1)}**`,
      validUntil,
      districtName: '徐汇区',
      documentNo: reference?.documentNo,
    });
    const notice = await pdfText(appeal.notice.base64);
    expect(notice).toContain(applicant.name);
    expect(notice).toContain(reference?.documentNo ?? '—');
    expect(notice).toContain(`有效期至：${chineseDate(validUntil)}`);
    expect(notice).not.toMatch(standalone(130));

    // The history tells the story in order: rejected, appealed, corrected, approved on appeal.
    const history = await gw.request<{
      application: { history: Array<{ toState: string; code: string | null }> };
    }>(
      `query H($id: ID!) { application(id: $id) { history { toState code } } }`,
      { id: appeal.applicationId },
      applicant.token,
    );
    const codes = history.application.history.map((h) => h.code);
    expect(codes).toEqual(expect.arrayContaining(['APPEAL_FILED', 'SCORE_CORRECTED']));
    expect(history.application.history.at(-1)?.toState).toBe('APPROVED');
  }, 120_000);

  it('`npm run demo` plays steps 1–6 against the running platform and writes the notices', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'points-demo-'));
    try {
      const output = await new Promise<string>((resolve, reject) => {
        execFile(
          process.execPath,
          [path.resolve(__dirname, '../../dist/tools/demo/demo.js')],
          {
            env: { ...process.env, GATEWAY_URL: platform.gatewayUrl, POINTS_DATA_DIR: dataDir },
            timeout: 120_000,
          },
          (error, stdout, stderr) =>
            error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
        );
      });
      const notices = fs
        .readdirSync(path.join(dataDir, 'demo'))
        .filter((f) => f.startsWith('points-notice-'));
      expect(notices).toHaveLength(1);
      expect(output).toContain(path.join(dataDir, 'demo', notices[0]!));
      expect(output).toContain('【上海人社】');
      expect(output).toMatch(/APPROVED, 195 points/);
      // Step 6: the appeal, and the notice it wins.
      expect(output).toContain('6. 复核');
      expect(output).toMatch(
        /rejected at 110 points, corrected to 130 on appeal, APPROVED with notice 沪人社积〔\d{4}〕\d{6}号/,
      );
      expect(
        fs.readdirSync(path.join(dataDir, 'demo')).filter((f) => f.startsWith('appeal-points-notice-')),
      ).toHaveLength(1);
      // It says where the console is and, for each step, where to click and with which login.
      const origin = new URL(platform.gatewayUrl).origin;
      expect(output).toContain(`the web console: ${origin}/`);
      expect(output).toContain(`${origin}/registrations as officer.xuhui / Demo2026`);
      expect(output).toContain(`${origin}/verification-tasks as verifier.city / Demo2026`);
      expect(output).toContain(`${origin}/hrss → 复核申请`);
      expect(output).toMatch(new RegExp(`Log in yourself at ${origin}/login: HR \\S+-1 / `));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});
