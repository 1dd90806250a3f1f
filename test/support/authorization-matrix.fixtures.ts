// The records the authorization matrix points its calls at: the demo employer of 徐汇区 (development
// seed) with an applicant whose NEW application went all the way to a decision (so there is a
// verification case, its tasks, an assessment and SMS messages), and a second approved employer
// with an applicant of its own, whose HR and applicant are the "other employer / other applicant"
// callers. Everything goes through the gateway with tokens minted for the seeded accounts.
import { randomInt, randomUUID } from 'node:crypto';
import { addCalendarDays } from '@points/calendar';
import { Role, type AuthUser } from '@points/auth';
import { mintToken } from '@points/testing';
import { creditCodeCheckCharacter } from '@points/validation';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the demo's journey steps build the records, as in the journey suite
import {
  awaitDecision,
  formFor,
  GatewayClient,
  newPerson,
  openApplication,
  saveForm,
  seedRegistry,
  shanghaiToday,
  transition,
  truthfulRecords,
  usualClaims,
  type ApplicantAccount,
  type Staff,
} from '../../tools/demo/journey';

type Person = ReturnType<typeof newPerson>;

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid (GB 32100) enterprise code of 徐汇区, different on every call. */
export function newCreditCode(): string {
  let organisation = '';
  for (let i = 0; i < 9; i++)
    organisation += CREDIT_CODE_ALPHABET.charAt(randomInt(CREDIT_CODE_ALPHABET.length));
  const first17 = `91310104${organisation}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** services/employer-registration/src/seeds/development.seed.ts and services/application/src/seeds/development.seed.ts */
export const SEED = {
  employerId: '6f1f6c1e-0000-4000-8000-000000000001',
  employerCreditCode: '91310104MA1FL0001Q',
  hrssId: '6f1f6c1e-0000-4000-8000-000000000301',
  officerId: '6f1f6c1e-0000-4000-8000-000000000302',
  supervisorId: '6f1f6c1e-0000-4000-8000-000000000303',
  verifierId: '6f1f6c1e-0000-4000-8000-000000000304',
  hrId: '6f1f6c1e-0000-4000-8000-000000000305',
  applicantId: '6f1f6c1e-0000-4000-8000-000000000101',
  draftApplicationId: '6f1f6c1e-0000-4000-8000-000000000201',
  password: 'Demo2026',
} as const;

/** Who calls: the columns of the table, in its order. A `*` marks the caller from elsewhere. */
export const CALLERS = [
  'PUBLIC',
  'HR',
  'HR*',
  'APPLICANT',
  'APPLICANT*',
  'OFFICER',
  'OFFICER*',
  'SUPERVISOR',
  'SUPERVISOR*',
  'VERIFIER',
  'HRSS',
] as const;
export type Caller = (typeof CALLERS)[number];

export interface Fixtures {
  tokens: Record<Caller, string | undefined>;
  /** The home applicant (of the demo employer, 徐汇区) and their decided NEW application. */
  applicant: Person & { applicantId: string };
  applicationId: string;
  applicationState: string;
  caseId: string;
  educationTaskId: string;
  archiveTaskId: string;
  assessmentId: string;
  /** An SMS of the home employer's people (delivered to the sink). */
  messageId: string;
  ruleSetVersion: string;
  /** The other employer (same district, so only the employer differs) and its applicant. */
  otherEmployerId: string;
  otherApplicantId: string;
  /** Records of the home scope no caller from elsewhere may receive. */
  homeIds: string[];
}

interface IdNode {
  id: string;
}

export async function buildFixtures(gatewayUrl: string): Promise<Fixtures> {
  const gw = new GatewayClient(gatewayUrl);
  const mint = (user: AuthUser): Promise<string> => mintToken(user);
  const staff: Staff = {
    hrss: await mint({ sub: SEED.hrssId, role: Role.HRSS_ADMIN }),
    officer: await mint({ sub: SEED.officerId, role: Role.CENTRE_OFFICER, district: 'XUHUI' }),
    verifier: await mint({ sub: SEED.verifierId, role: Role.CITY_VERIFIER }),
  };
  const hr = await mint({ sub: SEED.hrId, role: Role.EMPLOYER_HR, employerId: SEED.employerId });
  const today = shanghaiToday();

  // The home applicant: HR opens the account, the applicant files, HR submits, the centre accepts,
  // the checks run against a registry that knows the person, scoring decides.
  const home = async () => {
    const person = newPerson('矩阵申请人', 1990);
    const permitIssuedOn = addCalendarDays(today, -340);
    const created = await gw.request<{ createApplicantAccount: IdNode }>(
      `mutation Open($input: CreateApplicantAccountInput!) { createApplicantAccount(input: $input) { id } }`,
      { input: { ...pick(person), permitDate: permitIssuedOn } },
      hr,
    );
    const applicantId = created.createApplicantAccount.id;
    const token = await mint({ sub: applicantId, role: Role.APPLICANT, applicantId });
    const account: ApplicantAccount = { ...person, applicantId, token, permitIssuedOn };
    // Domestic diploma only: every check is automated, no one has to complete a task by hand.
    const all = usualClaims(person, today);
    const claims = { ...all, diplomas: all.diplomas.filter((d) => !d.overseas) };
    const draft = await openApplication(gw, token, { kind: 'NEW' });
    const saved = await saveForm(gw, token, draft.id, draft.version, formFor(account, claims));
    const submitted = await transition(gw, token, 'submitToEmployer', saved.id, saved.version);
    await seedRegistry(gw, staff, [truthfulRecords(person, { creditCode: SEED.employerCreditCode }, claims)]);
    const approved = await transition(gw, hr, 'approveAndSubmit', saved.id, submitted.version);
    await transition(gw, staff.officer, 'acceptApplication', saved.id, approved.version);
    const decided = await awaitDecision(gw, staff.officer, saved.id, 60_000);
    return { person: { ...person, applicantId }, token, applicationId: saved.id, state: decided.state };
  };

  // The other employer: registers, the 徐汇 officer approves it, its HR opens an applicant account.
  const other = async () => {
    const creditCode = newCreditCode();
    const hrPerson = newPerson('异单位人事', 1985);
    const registered = await gw.request<{ registerEmployer: { employerId: string } }>(
      `mutation Register($input: RegisterEmployerInput!) { registerEmployer(input: $input) { employerId } }`,
      {
        input: {
          name: `矩阵另一单位${creditCode.slice(-4)}`,
          organisationType: 'ENTERPRISE',
          district: 'XUHUI',
          address: '上海市徐汇区虹桥路2号',
          legalRepresentative: '吴法人',
          socialInsuranceNo: `SI${creditCode.slice(8, 17)}`,
          creditCode,
          establishment: 'SHANGHAI_REGISTERED',
          hrSpecialists: [pick(hrPerson)],
        },
      },
    );
    const employerId = registered.registerEmployer.employerId;
    await gw.request(
      `mutation Review($input: ReviewRegistrationInput!) { reviewEmployerRegistration(input: $input) { id } }`,
      { input: { employerId, decision: 'APPROVED' } },
      staff.officer,
    );
    const otherHr = await mint({ sub: randomUUID(), role: Role.EMPLOYER_HR, employerId });
    const created = await gw.request<{ createApplicantAccount: IdNode }>(
      `mutation Open($input: CreateApplicantAccountInput!) { createApplicantAccount(input: $input) { id } }`,
      { input: { ...pick(newPerson('异单位申请人', 1992)), permitDate: addCalendarDays(today, -100) } },
      otherHr,
    );
    const applicantId = created.createApplicantAccount.id;
    return {
      employerId,
      applicantId,
      hr: otherHr,
      applicant: await mint({ sub: applicantId, role: Role.APPLICANT, applicantId }),
    };
  };

  const [mine, theirs] = await Promise.all([home(), other()]);

  // District staff see the case's district tasks, the city verifier its education tasks.
  const readCase = async (token: string) =>
    (
      await gw.request<{
        verificationCaseOfApplication: { id: string; tasks: { items: Array<{ id: string; kind: string }> } };
      }>(
        `query Case($id: ID!) { verificationCaseOfApplication(applicationId: $id) { id tasks { items { id kind } } } }`,
        { id: mine.applicationId },
        token,
      )
    ).verificationCaseOfApplication;
  const [districtView, cityView] = await Promise.all([readCase(staff.officer), readCase(staff.verifier)]);
  const tasks = [...districtView.tasks.items, ...cityView.tasks.items];
  const verificationCase = { id: districtView.id };
  const taskOf = (kind: string): string => {
    const task = tasks.find((t) => t.kind.includes(kind));
    if (!task) throw new Error(`the case has no ${kind} task: ${JSON.stringify(tasks)}`);
    return task.id;
  };
  const { application } = await gw.request<{ application: { assessment: IdNode | null } }>(
    `query Assessment($id: ID!) { application(id: $id) { assessment { id } } }`,
    { id: mine.applicationId },
    staff.officer,
  );
  if (!application.assessment) throw new Error('the decided application has no assessment');
  const { messages } = await gw.request<{ messages: { nodes: IdNode[] } }>(
    `query Sms { messages(first: 5) { nodes { id } } }`,
    {},
    hr,
  );
  const messageId = messages.nodes[0]?.id;
  if (!messageId) throw new Error('the home employer has no SMS yet');
  const { ruleSets } = await gw.request<{ ruleSets: Array<{ version: string }> }>(
    `query Versions { ruleSets { version } }`,
    {},
    staff.hrss,
  );

  const tokens: Record<Caller, string | undefined> = {
    PUBLIC: undefined,
    HR: hr,
    'HR*': theirs.hr,
    APPLICANT: mine.token,
    'APPLICANT*': theirs.applicant,
    OFFICER: staff.officer,
    'OFFICER*': await mint({ sub: randomUUID(), role: Role.CENTRE_OFFICER, district: 'PUDONG' }),
    SUPERVISOR: await mint({ sub: SEED.supervisorId, role: Role.CENTRE_SUPERVISOR, district: 'XUHUI' }),
    'SUPERVISOR*': await mint({ sub: randomUUID(), role: Role.CENTRE_SUPERVISOR, district: 'PUDONG' }),
    VERIFIER: staff.verifier,
    HRSS: staff.hrss,
  };
  const fixtures = {
    tokens,
    applicant: mine.person,
    applicationId: mine.applicationId,
    applicationState: mine.state,
    caseId: verificationCase.id,
    educationTaskId: taskOf('EDUCATION'),
    archiveTaskId: taskOf('ARCHIVE'),
    assessmentId: application.assessment.id,
    messageId,
    ruleSetVersion: ruleSets[0]?.version ?? '',
    otherEmployerId: theirs.employerId,
    otherApplicantId: theirs.applicantId,
  };
  return {
    ...fixtures,
    homeIds: [
      SEED.employerId,
      SEED.hrId,
      SEED.applicantId,
      SEED.draftApplicationId,
      mine.person.applicantId,
      mine.applicationId,
      verificationCase.id,
      ...tasks.map((t) => t.id),
      application.assessment.id,
      messageId,
    ],
  };
}

function pick(person: Person): Person {
  return {
    name: person.name,
    residentId: person.residentId,
    mobile: person.mobile,
    password: person.password,
  };
}
