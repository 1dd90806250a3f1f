// Steps 1–5 of the points journey (issue 8) through the gateway only, each actor with the token of
// their own login: an employer registers and is approved, HR opens an applicant's account, the
// applicant fills the form, HR submits, the centre accepts, the verifications run, scoring decides,
// the notice is printed. `npm run demo` narrates them; test/e2e/journey.e2e-spec.ts asserts on them.
import { GatewayClient, GatewayError, waitFor } from './gateway-client';
import {
  contributionsUntilLastMonth,
  newCreditCode,
  newMobile,
  newPerson,
  oneYearOn,
  shanghaiToday,
  XUHUI_ARCHIVE_HOLDER,
  type Person,
} from './journey-data';
import { addCalendarDays } from '@points/calendar';

/** What the demo prints; the e2e suite passes a silent one. */
export interface Narrator {
  step(title: string): void;
  say(actor: string, text: string): void;
}

export const silentNarrator: Narrator = { step: () => undefined, say: () => undefined };

/** The development seed's accounts (services/employer-registration/src/seeds/development.seed.ts). */
export const DEMO_PASSWORD = 'Demo2026';
export const DEMO_STAFF = {
  hrss: 'hrss.admin',
  xuhuiOfficer: 'officer.xuhui',
  cityVerifier: 'verifier.city',
} as const;

export interface Staff {
  hrss: string;
  officer: string;
  verifier: string;
}

/** The seeded staff log in, as they would at the start of their day. */
export async function staffLogins(gw: GatewayClient): Promise<Staff> {
  const [hrss, officer, verifier] = await Promise.all([
    gw.login(DEMO_STAFF.hrss, DEMO_PASSWORD),
    gw.login(DEMO_STAFF.xuhuiOfficer, DEMO_PASSWORD),
    gw.login(DEMO_STAFF.cityVerifier, DEMO_PASSWORD),
  ]);
  return { hrss, officer, verifier };
}

export interface SmsView {
  templateCode: string;
  recipientRole: string;
  mobile: string;
  body: string;
  status: string;
  eventType: string;
}

const MESSAGES = `query Messages($first: Int!) {
  messages(first: $first) { nodes { templateCode recipientRole mobile body status eventType } }
}`;

/** The newest SMS of a template the token's holder may see, once the notification worker recorded it. */
export async function awaitSms(
  gw: GatewayClient,
  token: string,
  templateCode: string,
  matches: (sms: SmsView) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<SmsView> {
  return waitFor(
    `an SMS ${templateCode}`,
    async () => {
      const data = await gw.request<{ messages: { nodes: SmsView[] } }>(MESSAGES, { first: 50 }, token);
      return data.messages.nodes.find((m) => m.templateCode === templateCode && matches(m));
    },
    timeoutMs,
  );
}

// ---------------------------------------------------------------- 1. the employer

export interface RegisteredEmployer {
  employerId: string;
  name: string;
  creditCode: string;
  district: string;
  hr: Person & { username: string; token: string };
  approvalSms: SmsView;
}

/** 1. The employer registers online; the 徐汇 officer approves it; HR's SMS is recorded; HR logs in. */
export async function registerApprovedEmployer(
  gw: GatewayClient,
  staff: Staff,
  n: Narrator,
  name = `上海演示科技有限公司${newMobile().slice(-4)}`,
): Promise<RegisteredEmployer> {
  const creditCode = newCreditCode();
  const hr = newPerson('陈人事', 1988);
  const registered = await gw.request<{
    registerEmployer: { employerId: string; status: string; district: string; hrUsernames: string[] };
  }>(
    `mutation Register($input: RegisterEmployerInput!) {
       registerEmployer(input: $input) { employerId status district hrUsernames }
     }`,
    {
      input: {
        name,
        organisationType: 'ENTERPRISE',
        district: 'XUHUI',
        address: '上海市徐汇区漕溪北路88号',
        legalRepresentative: '周法人',
        socialInsuranceNo: `SI${creditCode.slice(8, 17)}`,
        creditCode,
        establishment: 'SHANGHAI_REGISTERED',
        hrSpecialists: [
          { name: hr.name, residentId: hr.residentId, mobile: hr.mobile, password: hr.password },
        ],
      },
    },
  );
  const { employerId, hrUsernames } = registered.registerEmployer;
  const username = hrUsernames[0] ?? `${creditCode}-1`;
  n.say(
    'employer',
    `registers "${name}" (credit code ${creditCode}) in 徐汇区 → ${registered.registerEmployer.status}`,
  );

  const queue = await gw.request<{ registrationReviewQueue: { nodes: Array<{ id: string; name: string }> } }>(
    `query Queue { registrationReviewQueue(first: 100) { nodes { id name } } }`,
    {},
    staff.officer,
  );
  const pending = queue.registrationReviewQueue.nodes.length;
  const reviewed = await gw.request<{ reviewEmployerRegistration: { status: string } }>(
    `mutation Review($input: ReviewRegistrationInput!) {
       reviewEmployerRegistration(input: $input) { status }
     }`,
    { input: { employerId, decision: 'APPROVED' } },
    staff.officer,
  );
  n.say(
    '徐汇 officer',
    `sees ${pending} registration(s) waiting, checks the paper materials, approves → ${reviewed.reviewEmployerRegistration.status}`,
  );

  const token = await gw.login(username, hr.password);
  const approvalSms = await awaitSms(gw, token, 'EMPLOYER_REGISTRATION_APPROVED');
  n.say('HR contact', `gets an SMS on ${approvalSms.mobile}: ${approvalSms.body}`);
  n.say('HR contact', `logs in as ${username}`);
  return { employerId, name, creditCode, district: 'XUHUI', hr: { ...hr, username, token }, approvalSms };
}

// ---------------------------------------------------------------- 2. the applicant

export interface ApplicantAccount extends Person {
  applicantId: string;
  token: string;
  /** The residence permit's issue date (the account's permitDate and the form's validFrom). */
  permitIssuedOn: string;
}

/**
 * 2a. HR opens the applicant's account. The permit was issued 340 days ago (well past the 3
 * working days of data delay), so it runs out in about 3 weeks: in time for step 6's renewal.
 */
export async function openApplicantAccount(
  gw: GatewayClient,
  employer: RegisteredEmployer,
  n: Narrator,
  person: Person = newPerson('林晓', 1990),
): Promise<ApplicantAccount> {
  const permitIssuedOn = addCalendarDays(shanghaiToday(), -340);
  const created = await gw.request<{ createApplicantAccount: { id: string } }>(
    `mutation Open($input: CreateApplicantAccountInput!) { createApplicantAccount(input: $input) { id } }`,
    {
      input: {
        residentId: person.residentId,
        name: person.name,
        mobile: person.mobile,
        password: person.password,
        permitDate: permitIssuedOn,
      },
    },
    employer.hr.token,
  );
  n.say(
    'HR',
    `opens an account for ${person.name} (resident ID ${person.residentId}, permit issued ${permitIssuedOn})`,
  );
  const token = await gw.login(person.residentId, person.password);
  n.say(person.name, 'logs in with their resident ID number');
  return { ...person, applicantId: created.createApplicantAccount.id, token, permitIssuedOn };
}

export interface Diploma {
  level: string;
  school: string;
  major: string;
  graduationDate: string;
  fullTime: boolean;
  overseas: boolean;
  certificateNo: string;
}

export interface Claims {
  diplomas: Diploma[];
  contributions: { from: string; to: string; base: number };
  awards?: string[];
}

/** The usual claims: a domestic bachelor's, an overseas master's, 60 months at 20,000 CNY. */
export function usualClaims(applicant: Pick<Person, 'residentId'>, today = shanghaiToday()): Claims {
  const suffix = applicant.residentId.slice(-6);
  return {
    diplomas: [
      {
        level: 'BACHELOR_WITH_DEGREE',
        school: '同济大学',
        major: '计算机科学与技术',
        graduationDate: '2012-07-01',
        fullTime: true,
        overseas: false,
        certificateNo: `1024712012${suffix}`,
      },
      {
        level: 'MASTER',
        school: 'University of Edinburgh',
        major: 'Computer Science',
        graduationDate: '2013-11-30',
        fullTime: true,
        overseas: true,
        certificateNo: `UOE-MSC-${suffix}`,
      },
    ],
    contributions: contributionsUntilLastMonth(today, 60, 20_000),
  };
}

export function formFor(applicant: ApplicantAccount, claims: Claims): Record<string, unknown> {
  return {
    personal: {
      ethnicity: '汉族',
      hukouPlace: '江苏省南京市',
      maritalStatus: 'MARRIED',
      mobile: applicant.mobile,
    },
    residencePermit: {
      number: `SH${applicant.residentId.slice(-8)}`,
      validFrom: applicant.permitIssuedOn,
      validTo: oneYearOn(applicant.permitIssuedOn),
      address: '上海市徐汇区虹桥路1号',
    },
    employment: {
      position: '软件工程师',
      contractStart: `${claims.contributions.from}-01`,
      contractEnd: null,
    },
    educationHistory: claims.diplomas,
    qualifications: [],
    socialInsurance: [claims.contributions],
    bonusClaims: { awards: claims.awards ?? [] },
    coResidents: [{ relation: 'SPOUSE', name: '王芳', birthDate: '1991-03-08' }],
    archiveLocation: { kind: 'DISTRICT_TALENT_CENTRE', holder: XUHUI_ARCHIVE_HOLDER },
    declarations: { noFamilyPlanningViolation: true, noCriminalRecord: true },
  };
}

export interface ScoreLine {
  indicator: string;
  points: number;
  counted: boolean;
  note: string | null;
}

export interface FiledApplication {
  id: string;
  version: number;
  state: string;
  simulated: { total: number | null; eligible: boolean; items: ScoreLine[]; problems: string[] };
}

const APPLICATION_VIEW = `id version state kind receiptNo materialsMissing totalPoints validUntil decisionReason
  findings { code note }`;

export interface ApplicationView {
  id: string;
  version: number;
  state: string;
  kind: string;
  receiptNo: string | null;
  materialsMissing: string[] | null;
  totalPoints: number | null;
  validUntil: string | null;
  decisionReason: string | null;
  findings: Array<{ code: string; note: string }> | null;
}

export async function readApplication(
  gw: GatewayClient,
  token: string,
  id: string,
): Promise<ApplicationView> {
  const data = await gw.request<{ application: ApplicationView }>(
    `query App($id: ID!) { application(id: $id) { ${APPLICATION_VIEW} } }`,
    { id },
    token,
  );
  return data.application;
}

/** Opens a DRAFT as `token`'s holder, once the application service knows the applicant's employer. */
export async function openApplication(
  gw: GatewayClient,
  token: string,
  input: Record<string, unknown>,
): Promise<ApplicationView> {
  // The account reached the application service as an event: wait for it rather than fail.
  return waitFor(
    'the application service to know the applicant',
    async () => {
      try {
        const data = await gw.request<{ createApplication: ApplicationView }>(
          `mutation Create($input: CreateApplicationInput!) { createApplication(input: $input) { ${APPLICATION_VIEW} } }`,
          { input },
          token,
        );
        return data.createApplication;
      } catch (error) {
        if (error instanceof GatewayError && /not linked to your employer/.test(error.message))
          return undefined;
        throw error;
      }
    },
    20_000,
  );
}

/** Saves the form (DRAFT) and returns the new version with the simulated score. */
export async function saveForm(
  gw: GatewayClient,
  token: string,
  id: string,
  version: number,
  form: Record<string, unknown>,
): Promise<FiledApplication> {
  const data = await gw.request<{ updateApplicationForm: FiledApplication }>(
    `mutation Save($id: ID!, $version: Int!, $form: ApplicationFormInput!) {
       updateApplicationForm(id: $id, version: $version, form: $form) {
         id version state simulatedScore { total eligible items { indicator points counted note } problems }
       }
     }`,
    { id, version, form },
    token,
  );
  const { simulatedScore, ...rest } = data.updateApplicationForm as FiledApplication & {
    simulatedScore: FiledApplication['simulated'];
  };
  return { ...rest, simulated: simulatedScore };
}

export async function transition(
  gw: GatewayClient,
  token: string,
  mutation: 'submitToEmployer' | 'approveAndSubmit' | 'acceptApplication',
  id: string,
  version: number,
): Promise<ApplicationView> {
  const data = await gw.request<Record<string, ApplicationView>>(
    `mutation Move($id: ID!, $version: Int!) { ${mutation}(id: $id, version: $version) { ${APPLICATION_VIEW} } }`,
    { id, version },
    token,
  );
  const moved = data[mutation];
  if (!moved) throw new Error(`${mutation} answered nothing`);
  return moved;
}

/** 2b. The applicant opens a NEW application, fills the form, sees the simulated score, sends it to HR. */
export async function applicantFillsForm(
  gw: GatewayClient,
  applicant: ApplicantAccount,
  claims: Claims,
  n: Narrator,
): Promise<FiledApplication> {
  const draft = await openApplication(gw, applicant.token, { kind: 'NEW' });
  const saved = await saveForm(gw, applicant.token, draft.id, draft.version, formFor(applicant, claims));
  n.say(
    applicant.name,
    `opens a NEW application and fills the form: ${claims.diplomas.map((d) => `${d.level}${d.overseas ? ' (overseas)' : ''}`).join(' + ')}, social insurance ${claims.contributions.from}…${claims.contributions.to} at ${claims.contributions.base} CNY`,
  );
  n.say(
    applicant.name,
    `sees the simulated score (模拟估分): ${saved.simulated.total ?? '—'} of 120 needed → ${saved.simulated.eligible ? 'eligible' : 'not eligible'}`,
  );
  const submitted = await transition(gw, applicant.token, 'submitToEmployer', saved.id, saved.version);
  n.say(applicant.name, `sends it to the employer → ${submitted.state}`);
  return { ...saved, version: submitted.version, state: submitted.state };
}

// ---------------------------------------------------------------- 3. employer and centre

export interface GeneratedFile {
  fileName: string;
  contentType: string;
  base64: string;
}

export interface AcceptedApplication extends ApplicationView {
  formPdf: GeneratedFile;
  materialsSms: SmsView;
  acceptedSms: SmsView;
}

/** The registry simulator's records of a person (HRSS-only development mutation). */
export async function seedRegistry(
  gw: GatewayClient,
  staff: Staff,
  persons: Array<Record<string, unknown>>,
): Promise<number> {
  const data = await gw.request<{ seedRegistryRecords: number }>(
    `mutation Seed($persons: [SeedRegistryPersonInput!]!) { seedRegistryRecords(persons: $persons) }`,
    { persons },
    staff.hrss,
  );
  return data.seedRegistryRecords;
}

/** What the national registries know of someone whose claims are true (the overseas diploma is on paper only). */
export function truthfulRecords(
  applicant: Pick<Person, 'residentId'> & { permitIssuedOn?: string },
  employer: Pick<RegisteredEmployer, 'creditCode'>,
  claims: Claims,
  options: { archiveAnswersOnline?: boolean } = {},
): Record<string, unknown> {
  const c = claims.contributions;
  // The permit the form names (openApplicantAccount: issued 340 days ago), valid a year.
  const permitIssuedOn = applicant.permitIssuedOn ?? addCalendarDays(shanghaiToday(), -340);
  return {
    residentId: applicant.residentId,
    residencePermit: {
      number: `SH${applicant.residentId.slice(-8)}`,
      issuedOn: permitIssuedOn,
      validUntil: oneYearOn(permitIssuedOn),
    },
    // The spouse the form names as co-resident (formFor), on the marriage register.
    civilRecords: [{ kind: 'MARRIAGE', date: '2018-10-01', spouseName: '王芳' }],
    education: claims.diplomas
      .filter((d) => !d.overseas)
      .map((d) => ({
        level: d.level,
        school: d.school,
        major: d.major,
        graduationDate: d.graduationDate,
        certificateNo: d.certificateNo,
      })),
    socialInsurance: [{ from: c.from, to: c.to, base: c.base, payerCreditCode: employer.creditCode }],
    tax: [{ from: c.from, to: c.to, taxBase: c.base, payerCreditCode: employer.creditCode }],
    // Answering online completes the archive task at once; by post, an officer records its arrival.
    archiveHolding: { holder: XUHUI_ARCHIVE_HOLDER, answersOnline: options.archiveAnswersOnline ?? true },
  };
}

/**
 * 3. HR approves and submits (the form becomes printable); at the window the officer says what is
 * missing, then accepts with a receipt once it is brought; HR's SMS for each is recorded.
 */
export async function employerSubmitsAndCentreAccepts(
  gw: GatewayClient,
  staff: Staff,
  employer: RegisteredEmployer,
  application: Pick<FiledApplication, 'id' | 'version'>,
  n: Narrator,
): Promise<AcceptedApplication> {
  const submitted = await transition(
    gw,
    employer.hr.token,
    'approveAndSubmit',
    application.id,
    application.version,
  );
  n.say('HR', `checks the form, approves and submits it → ${submitted.state} (等待受理)`);
  const pdf = await gw.request<{ applicationFormPdf: GeneratedFile }>(
    `query Form($id: ID!) { applicationFormPdf(applicationId: $id) { fileName contentType base64 } }`,
    { id: application.id },
    employer.hr.token,
  );
  n.say(
    'HR',
    `prints the application form: ${pdf.applicationFormPdf.fileName} (${Math.round((pdf.applicationFormPdf.base64.length * 3) / 4 / 1024)} KB)`,
  );

  const missing = ['劳动合同原件', '学位证书原件'];
  const asked = await gw.request<{ requestMaterials: ApplicationView }>(
    `mutation Ask($id: ID!, $version: Int!, $missing: [String!]!) {
       requestMaterials(id: $id, version: $version, missing: $missing) { ${APPLICATION_VIEW} }
     }`,
    { id: application.id, version: submitted.version, missing },
    staff.officer,
  );
  n.say(
    '徐汇 officer',
    `at the window: materials missing (${missing.join('、')}) → ${asked.requestMaterials.state}`,
  );
  const materialsSms = await awaitSms(gw, employer.hr.token, 'APPLICATION_MATERIALS_REQUIRED', (m) =>
    m.body.includes(missing[0] ?? ''),
  );
  n.say('HR', `gets an SMS: ${materialsSms.body}`);

  const accepted = await transition(
    gw,
    staff.officer,
    'acceptApplication',
    application.id,
    asked.requestMaterials.version,
  );
  n.say(
    '徐汇 officer',
    `the materials are complete: accepts (受理) with receipt ${accepted.receiptNo} → ${accepted.state}`,
  );
  const acceptedSms = await awaitSms(
    gw,
    employer.hr.token,
    'APPLICATION_ACCEPTED',
    (m) => m.recipientRole === 'EMPLOYER_HR' && m.body.includes(accepted.receiptNo ?? '—'),
  );
  n.say('HR', `gets an SMS: ${acceptedSms.body}`);
  return { ...accepted, formPdf: pdf.applicationFormPdf, materialsSms, acceptedSms };
}

// ---------------------------------------------------------------- 4. the verifications

export interface TaskView {
  id: string;
  kind: string;
  status: string;
  automated: boolean;
  version: number;
  reason: string | null;
  requestedAt: string | null;
}

export interface CaseView {
  id: string;
  status: string;
  outcome: string | null;
  findings: Array<{ code: string; note: string }> | null;
  verifiedProfileJson: string | null;
  tasks: { items: TaskView[] };
}

const CASE_VIEW = `id status outcome findings { code note } verifiedProfileJson
  tasks { items { id kind status automated version reason requestedAt } }`;

export async function readCase(gw: GatewayClient, token: string, applicationId: string): Promise<CaseView> {
  const data = await gw.request<{ verificationCaseOfApplication: CaseView }>(
    `query Case($id: ID!) { verificationCaseOfApplication(applicationId: $id) { ${CASE_VIEW} } }`,
    { id: applicationId },
    token,
  );
  return data.verificationCaseOfApplication;
}

/**
 * 4a. The archive holder answers by post (调档): the request went out with the other checks; when
 * the archive arrives the district officer records it.
 */
export async function officerRecordsArchiveArrival(
  gw: GatewayClient,
  staff: Staff,
  applicationId: string,
  n: Narrator,
): Promise<{ archive: TaskView; seen: CaseView }> {
  const seen = await waitFor(
    'the archive request to go out',
    async () => {
      const c = await readCase(gw, staff.officer, applicationId);
      const archive = c.tasks.items.find((t) => t.kind === 'ARCHIVE_RETRIEVAL');
      return archive?.status === 'IN_PROGRESS' && archive.requestedAt ? c : undefined;
    },
    30_000,
  );
  const requested = seen.tasks.items.find((t) => t.kind === 'ARCHIVE_RETRIEVAL')!;
  n.say(
    '徐汇 officer',
    `sees the checks of the case: ${seen.tasks.items.map((t) => `${t.kind} ${t.status}`).join(', ')}`,
  );
  const recorded = await gw.request<{ recordArchiveArrival: TaskView }>(
    `mutation Arrived($input: RecordArchiveArrivalInput!) {
       recordArchiveArrival(input: $input) { id kind status automated version reason requestedAt }
     }`,
    {
      input: {
        taskId: requested.id,
        version: requested.version,
        receivedOn: shanghaiToday(),
        note: '档案已到，核对无误 (archive arrived and checked)',
      },
    },
    staff.officer,
  );
  n.say(
    '徐汇 officer',
    `the personnel archive arrives by post: records it → ${recorded.recordArchiveArrival.status}`,
  );
  return { archive: recorded.recordArchiveArrival, seen };
}

/**
 * 4b. The checks run as jobs against the (seeded) registries; the overseas master's degree has no
 * registry, so the city verifier checks the paper certification and completes that task by hand.
 */
export async function cityVerifierCompletesEducation(
  gw: GatewayClient,
  staff: Staff,
  applicationId: string,
  n: Narrator,
  verifiedLevel = 'MASTER',
): Promise<{ task: TaskView; before: CaseView }> {
  const before = await waitFor(
    'the education task that only a person can do',
    async () => {
      const c = await readCase(gw, staff.verifier, applicationId);
      const automatedDone = c.tasks.items.filter((t) => t.automated).every((t) => t.status === 'PASSED');
      return automatedDone && c.tasks.items.some((t) => !t.automated && t.status === 'PENDING')
        ? c
        : undefined;
    },
    30_000,
  );
  const task = before.tasks.items.find((t) => !t.automated && t.status === 'PENDING')!;
  n.say(
    'city verifier',
    `sees the education tasks: ${before.tasks.items.map((t) => `${t.kind} ${t.automated ? 'by registry' : 'by hand'}: ${t.status}`).join('; ')}`,
  );
  const done = await gw.request<{ completeVerificationTask: TaskView }>(
    `mutation Complete($input: CompleteVerificationTaskInput!) {
       completeVerificationTask(input: $input) { id kind status automated version reason requestedAt }
     }`,
    {
      input: {
        taskId: task.id,
        version: task.version,
        result: 'PASSED',
        verifiedLevel,
        note: '留学服务中心认证书核验无误 (overseas degree certification checked)',
      },
    },
    staff.verifier,
  );
  n.say(
    'city verifier',
    `checks the overseas master's certification by hand → ${done.completeVerificationTask.status}`,
  );
  return { task: done.completeVerificationTask, before };
}

// ---------------------------------------------------------------- 5. scoring, approval, notice

export interface Decision {
  application: ApplicationView;
  assessment: { total: number; eligible: boolean; ruleSetVersion: string; items: ScoreLine[] };
  applicantSms: SmsView;
  notice: GeneratedFile;
}

/** Waits for the application to leave verification and scoring; the final state, whatever it is. */
export async function awaitDecision(
  gw: GatewayClient,
  token: string,
  applicationId: string,
  timeoutMs = 45_000,
): Promise<ApplicationView> {
  return waitFor(
    'the decision',
    async () => {
      const a = await readApplication(gw, token, applicationId);
      return ['APPROVED', 'REJECTED', 'WITHDRAWN'].includes(a.state) ? a : undefined;
    },
    timeoutMs,
    200,
  );
}

export async function readAssessment(
  gw: GatewayClient,
  token: string,
  applicationId: string,
): Promise<Decision['assessment']> {
  const data = await gw.request<{ application: { assessment: Decision['assessment'] | null } }>(
    `query Assessment($id: ID!) {
       application(id: $id) { assessment { total eligible ruleSetVersion items { indicator points counted note } } }
     }`,
    { id: applicationId },
    token,
  );
  if (!data.application.assessment) throw new Error(`application ${applicationId} has no assessment`);
  return data.application.assessment;
}

/** 5. Scoring on the verified facts, the approval, the applicant's SMS and the notice PDF. */
export async function decisionAndNotice(
  gw: GatewayClient,
  applicant: ApplicantAccount,
  applicationId: string,
  n: Narrator,
): Promise<Decision> {
  const application = await awaitDecision(gw, applicant.token, applicationId);
  const assessment = await readAssessment(gw, applicant.token, applicationId);
  n.say(
    'scoring',
    `decides on the verified facts with ${assessment.ruleSetVersion}: ${assessment.total} points → ${application.state}`,
  );
  for (const item of assessment.items) {
    n.say(
      '',
      `  ${item.counted ? '✔' : '·'} ${item.indicator.padEnd(24)} ${String(item.points).padStart(4)}  ${item.note ?? ''}`,
    );
  }
  const applicantSms = await awaitSms(
    gw,
    applicant.token,
    application.state === 'APPROVED' ? 'APPLICATION_APPROVED' : 'APPLICATION_REJECTED',
  );
  n.say(applicant.name, `gets an SMS on ${applicantSms.mobile}: ${applicantSms.body}`);
  const notice = await gw.request<{ pointsNotice: GeneratedFile }>(
    `query Notice($id: ID!) { pointsNotice(applicationId: $id) { fileName contentType base64 } }`,
    { id: applicationId },
    applicant.token,
  );
  return { application, assessment, applicantSms, notice: notice.pointsNotice };
}

// ---------------------------------------------------------------- the whole of steps 1–5

export interface JourneyResult {
  employer: RegisteredEmployer;
  applicant: ApplicantAccount;
  claims: Claims;
  filed: FiledApplication;
  accepted: AcceptedApplication;
  manualTask: TaskView;
  caseBeforeManual: CaseView;
  /** The case as the district officer saw it before recording the archive's arrival. */
  caseSeenByOfficer: CaseView;
  archiveTask: TaskView;
  decision: Decision;
}

/** Steps 1–5 for one new employer and one new applicant; what each step saw, for the caller to check. */
export async function playJourney(
  gw: GatewayClient,
  staff: Staff,
  n: Narrator = silentNarrator,
): Promise<JourneyResult> {
  n.step('1. An employer registers; the district centre approves it');
  const employer = await registerApprovedEmployer(gw, staff, n);

  n.step('2. HR opens an applicant account; the applicant fills the form');
  const applicant = await openApplicantAccount(gw, employer, n);
  const claims = usualClaims(applicant);
  const filed = await applicantFillsForm(gw, applicant, claims, n);

  n.step('3. HR submits; the centre asks for materials, then accepts');
  // The registries know this person before anyone asks them (the simulator stands in for them).
  await seedRegistry(gw, staff, [
    truthfulRecords(applicant, employer, claims, { archiveAnswersOnline: false }),
  ]);
  n.say(
    'registries',
    `(simulator) hold ${applicant.name}'s diploma, ${60} months of social insurance and tax, and the archive at ${XUHUI_ARCHIVE_HOLDER}`,
  );
  const accepted = await employerSubmitsAndCentreAccepts(gw, staff, employer, filed, n);

  n.step(
    '4. The verifications run; the archive arrives; the city verifier checks the overseas degree by hand',
  );
  const { archive: archiveTask, seen: caseSeenByOfficer } = await officerRecordsArchiveArrival(
    gw,
    staff,
    filed.id,
    n,
  );
  const { task: manualTask, before: caseBeforeManual } = await cityVerifierCompletesEducation(
    gw,
    staff,
    filed.id,
    n,
  );

  n.step('5. Scoring on the verified facts; approval; SMS; the points notice');
  const decision = await decisionAndNotice(gw, applicant, filed.id, n);
  return {
    employer,
    applicant,
    claims,
    filed,
    accepted,
    manualTask,
    caseBeforeManual,
    caseSeenByOfficer,
    archiveTask,
    decision,
  };
}

// ---------------------------------------------------------------- 6. 复核: an upheld appeal

/** The second HRSS person of the demo: the first reviewer of appeals (复核初审). */
export const DEMO_APPEAL_REVIEWER = { username: 'hrss.reviewer', name: '复核初审人' } as const;

/**
 * The first reviewer's login: HRSS opens the account once (a second person, so that no one both
 * reviews and decides an appeal); a later run logs in with it.
 */
export async function appealReviewerLogin(gw: GatewayClient, staff: Staff): Promise<string> {
  try {
    return await gw.login(DEMO_APPEAL_REVIEWER.username, DEMO_PASSWORD);
  } catch {
    await gw.request(
      `mutation Colleague($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      {
        input: {
          username: DEMO_APPEAL_REVIEWER.username,
          name: DEMO_APPEAL_REVIEWER.name,
          role: 'HRSS_ADMIN',
          password: DEMO_PASSWORD,
        },
      },
      staff.hrss,
    );
    return gw.login(DEMO_APPEAL_REVIEWER.username, DEMO_PASSWORD);
  }
}

/**
 * Claims worth 110 points (below the standard of 120): a domestic junior-college diploma, ten
 * years of social insurance at 7,000 CNY (under 0.8× every year's average wage of the last four
 * years, so no base points).
 */
export function claimsBelowTheStandard(
  applicant: Pick<Person, 'residentId'>,
  today = shanghaiToday(),
): Claims {
  return {
    diplomas: [
      {
        level: 'JUNIOR_COLLEGE',
        school: '上海第二工业大学',
        major: '护理',
        graduationDate: '2011-07-01',
        fullTime: true,
        overseas: false,
        certificateNo: `1285912011${applicant.residentId.slice(-6)}`,
      },
    ],
    contributions: contributionsUntilLastMonth(today, 120, 7_000),
  };
}

export interface NoticeReference {
  documentNo: string;
  verificationCode: string;
  verifyUrl: string;
}

export interface AppealView {
  id: string;
  state: string;
  indicator: string;
  proposedDelta: number | null;
  version: number;
}

export interface NoticeCheck {
  valid: boolean;
  holderName: string | null;
  validUntil: string | null;
  districtName: string | null;
  documentNo: string | null;
}

export interface UpheldAppeal {
  applicant: ApplicantAccount;
  applicationId: string;
  rejected: ApplicationView;
  rejectedSms: SmsView;
  filed: AppealView;
  reviewed: AppealView;
  upheld: AppealView;
  /** The application as the applicant sees it once the appeal was upheld. */
  approved: ApplicationView & { correctedTotal: number | null; notice: NoticeReference | null };
  /** The total the scoring service holds after `application.score-corrected`. */
  scoringCorrectedTotal: number;
  approvedSms: SmsView;
  /** What the public check page (/verify-notice) answers for the notice's code, without a login. */
  noticeCheck: NoticeCheck;
  notice: GeneratedFile;
}

const APPEAL_VIEW = 'id state indicator proposedDelta version';
/** The public-service bonus (第七条, 特定的公共服务领域): 4 points a year from 5 full years on. */
const APPEAL_CORRECTION = 20;

/**
 * 6. 复核 (第二十一条): an applicant rejected at 110 points appeals the public-service bonus that
 * was not counted; a first HRSS person reviews and proposes +20, a second HRSS person upholds; the
 * corrected 130 reaches the standard, so the application is approved with a notice and an SMS,
 * and the scoring service records the corrected total.
 */
export async function playUpheldAppeal(
  gw: GatewayClient,
  staff: Staff,
  employer: RegisteredEmployer,
  n: Narrator = silentNarrator,
): Promise<UpheldAppeal> {
  const applicant = await openApplicantAccount(gw, employer, n, newPerson('周护理', 1990));
  const claims = claimsBelowTheStandard(applicant);
  await seedRegistry(gw, staff, [truthfulRecords(applicant, employer, claims)]);
  const draft = await openApplication(gw, applicant.token, { kind: 'NEW' });
  const saved = await saveForm(gw, applicant.token, draft.id, draft.version, formFor(applicant, claims));
  n.say(
    applicant.name,
    `files with a junior-college diploma and 10 years of social insurance at 7,000 CNY: simulated ${saved.simulated.total ?? '—'} of 120`,
  );
  const toEmployer = await transition(gw, applicant.token, 'submitToEmployer', saved.id, saved.version);
  await employerSubmitsAndCentreAccepts(gw, staff, employer, toEmployer, silentNarrator);
  const rejected = await awaitDecision(gw, applicant.token, saved.id);
  const rejectedSms = await awaitSms(gw, applicant.token, 'APPLICATION_REJECTED');
  n.say(
    'scoring',
    `the registries confirm every claim: ${rejected.totalPoints ?? '—'} points → ${rejected.state}`,
  );
  n.say(applicant.name, `gets an SMS: ${rejectedSms.body}`);

  const filed = (
    await gw.request<{ requestAppeal: AppealView }>(
      `mutation Appeal($input: AppealRequestInput!) { requestAppeal(input: $input) { ${APPEAL_VIEW} } }`,
      {
        input: {
          applicationId: saved.id,
          indicator: 'PUBLIC_SERVICE',
          reason: '本人在社区卫生服务中心（特定的公共服务领域）连续工作满5年，证明材料已交受理点，未计加分',
        },
      },
      applicant.token,
    )
  ).requestAppeal;
  n.say(
    applicant.name,
    `asks for a review (复核) of ${filed.indicator}: the 5 years in public service → ${filed.state}`,
  );

  const reviewer = await appealReviewerLogin(gw, staff);
  const reviewed = (
    await gw.request<{ reviewAppeal: AppealView }>(
      `mutation Review($id: ID!, $version: Int!, $delta: Int!, $note: String!) {
         reviewAppeal(id: $id, version: $version, proposedDelta: $delta, note: $note) { ${APPEAL_VIEW} }
       }`,
      {
        id: filed.id,
        version: filed.version,
        delta: APPEAL_CORRECTION,
        note: '单位及社区卫生服务中心证明核实：特定的公共服务领域工作满5年，应加20分',
      },
      reviewer,
    )
  ).reviewAppeal;
  n.say(
    `HRSS ${DEMO_APPEAL_REVIEWER.username}`,
    `first review: the 5 years are proven, proposes +${reviewed.proposedDelta ?? 0} → ${reviewed.state}`,
  );
  const upheld = (
    await gw.request<{ decideAppeal: AppealView }>(
      `mutation Decide($id: ID!, $version: Int!, $note: String!) {
         decideAppeal(id: $id, version: $version, uphold: true, note: $note) { ${APPEAL_VIEW} }
       }`,
      { id: reviewed.id, version: reviewed.version, note: '同意初审意见，复核成立' },
      staff.hrss,
    )
  ).decideAppeal;
  n.say('HRSS hrss.admin', `the second person agrees: the appeal is ${upheld.state}`);

  const approved = await waitFor(
    'the approval on the upheld appeal',
    async () => {
      const data = await gw.request<{ application: UpheldAppeal['approved'] }>(
        `query Upheld($id: ID!) { application(id: $id) { ${APPLICATION_VIEW} correctedTotal
           notice { documentNo verificationCode verifyUrl } } }`,
        { id: saved.id },
        applicant.token,
      );
      return data.application.state === 'APPROVED' ? data.application : undefined;
    },
    30_000,
  );
  n.say(
    'application',
    `corrected total ${approved.correctedTotal ?? '—'} reaches 120 → ${approved.state}, notice ${approved.notice?.documentNo ?? '—'}`,
  );
  // The scoring service hears of the correction (application.score-corrected) on its own time.
  const scoringCorrectedTotal = await waitFor(
    'the corrected total at the scoring service',
    async () => {
      const data = await gw.request<{
        application: { assessment: { correctedTotal: number | null } | null };
      }>(
        `query Scored($id: ID!) { application(id: $id) { assessment { correctedTotal } } }`,
        { id: saved.id },
        applicant.token,
      );
      return data.application.assessment?.correctedTotal ?? undefined;
    },
    30_000,
  );
  n.say('scoring', `records the corrected total: ${scoringCorrectedTotal}`);
  const approvedSms = await awaitSms(
    gw,
    applicant.token,
    'APPLICATION_APPROVED',
    (m) => m.recipientRole === 'APPLICANT',
  );
  n.say(applicant.name, `gets an SMS: ${approvedSms.body}`);
  const code = approved.notice?.verificationCode ?? '';
  // Anyone holding the paper may check it: no token.
  const checked = await gw.request<{ verifyPointsNotice: NoticeCheck | null }>(
    `query Check($code: String!) { verifyPointsNotice(code: $code) { valid holderName validUntil districtName documentNo } }`,
    { code },
  );
  const noticeCheck = checked.verifyPointsNotice ?? {
    valid: false,
    holderName: null,
    validUntil: null,
    districtName: null,
    documentNo: null,
  };
  n.say(
    'anyone',
    `checks the notice at ${approved.notice?.verifyUrl ?? '/verify-notice'}: ${noticeCheck.valid ? '通知书有效' : '无效'} ${noticeCheck.documentNo ?? ''}`,
  );
  const notice = (
    await gw.request<{ pointsNotice: GeneratedFile }>(
      `query Notice($id: ID!) { pointsNotice(applicationId: $id) { fileName contentType base64 } }`,
      { id: saved.id },
      applicant.token,
    )
  ).pointsNotice;
  return {
    applicant,
    applicationId: saved.id,
    rejected,
    rejectedSms,
    filed,
    reviewed,
    upheld,
    approved,
    scoringCorrectedTotal,
    approvedSms,
    noticeCheck,
    notice,
  };
}

// One import for the e2e suite: the client and the data helpers with the steps.
export { GatewayClient, GatewayError, waitFor } from './gateway-client';
export {
  addMonths,
  contributionsUntilLastMonth,
  newCreditCode,
  newPerson,
  residentIdNumbered,
  newResidentId,
  oneYearOn,
  shanghaiToday,
} from './journey-data';
