// Shared set-up of the integration suites: one app per suite, the projections fed through the
// real event queue exactly as employer-registration's relay would deliver them.
import { EducationLevel, type ScoreProfileInput } from '@points/scoring-engine';
import type { AuthUser } from '@points/auth';
import { Role } from '@points/auth';
import { PiiCipher } from '@points/crypto';
import { PII_EVENT_AAD } from '@points/events';
import {
  deliverEvent,
  eventually,
  startSubgraphTestApp,
  testEvent,
  type SubgraphTestApp,
} from '@points/testing';
import { AppModule } from '../app.module';
import { ApplicationClock } from '../clock/application-clock';
import { MIGRATIONS } from '../migrations';

export const XUHUI_EMPLOYER = '11111111-1111-4111-8111-111111111111';
export const PUDONG_EMPLOYER = '22222222-2222-4222-8222-222222222222';
export const SUSPENDED_EMPLOYER = '33333333-3333-4333-8333-333333333333';

export const hrOf = (employerId: string, sub = `hr-${employerId.slice(0, 4)}`): AuthUser => ({
  sub,
  role: Role.EMPLOYER_HR,
  employerId,
});
export const applicantUser = (applicantId: string): AuthUser => ({
  sub: `acct-${applicantId.slice(0, 8)}`,
  role: Role.APPLICANT,
  applicantId,
});
export const officer = (district: 'XUHUI' | 'PUDONG', sub = `officer-${district}`): AuthUser => ({
  sub,
  role: Role.CENTRE_OFFICER,
  district,
});
export const supervisor = (district: 'XUHUI' | 'PUDONG'): AuthUser => ({
  sub: `sup-${district}`,
  role: Role.CENTRE_SUPERVISOR,
  district,
});
export const hrss = (sub = 'hrss-1'): AuthUser => ({ sub, role: Role.HRSS_ADMIN });

/** Where the test app's printed documents say the console is (PUBLIC_CONSOLE_URL). */
export const TEST_CONSOLE_URL = 'https://points.test.example';

export async function startApplicationApp(): Promise<SubgraphTestApp> {
  return startSubgraphTestApp({
    service: 'application',
    createModule: (config) => AppModule.forRoot(config),
    migrations: MIGRATIONS,
    config: { publicConsoleUrl: TEST_CONSOLE_URL },
  });
}

export function pinToday(t: SubgraphTestApp, date: string): void {
  t.app.get(ApplicationClock).pin(date);
}

export async function employerStanding(
  t: SubgraphTestApp,
  employerId: string,
  district: string,
  options: { status?: 'APPROVED' | 'PENDING_REVIEW' | 'REJECTED'; suspendedUntil?: string | null } = {},
): Promise<void> {
  const event = testEvent('employer.status-changed', {
    employerId,
    name: `${district} 示例公司`,
    creditCode: '91310104MA1FL0001X',
    district,
    status: options.status ?? 'APPROVED',
    suspendedUntil: options.suspendedUntil ?? null,
  });
  await deliverEvent(t, 'application', event);
  await eventually(async () => {
    const rows: unknown[] = await t.dataSource.query(`SELECT 1 FROM application.inbox WHERE event_id = $1`, [
      event.id,
    ]);
    return rows.length > 0;
  });
}

export async function applicantEmployedBy(
  t: SubgraphTestApp,
  applicantId: string,
  residentId: string,
  employerId: string | null,
  options: {
    name?: string;
    district?: string;
    previousEmployerId?: string | null;
    bannedUntil?: string | null;
  } = {},
): Promise<void> {
  const cipher = t.app.get(PiiCipher);
  const event = testEvent('applicant.employment-changed', {
    applicantId,
    name: options.name ?? '张三',
    residentId: cipher.encrypt(residentId, PII_EVENT_AAD.residentId),
    employerId,
    previousEmployerId: options.previousEmployerId ?? null,
    district: options.district ?? 'XUHUI',
    bannedUntil: options.bannedUntil ?? null,
  });
  await deliverEvent(t, 'application', event);
  await eventually(async () => {
    const rows: unknown[] = await t.dataSource.query(`SELECT 1 FROM application.inbox WHERE event_id = $1`, [
      event.id,
    ]);
    return rows.length > 0;
  });
}

/** A complete form: master's degree, 2020-01..2025-12 at 20,000 CNY, permit to 2027-02-28. */
export function completeForm(): Record<string, unknown> {
  return {
    personal: {
      ethnicity: '汉族',
      hukouPlace: '江苏省南京市',
      maritalStatus: 'SINGLE',
      mobile: '13812345678',
    },
    residencePermit: {
      number: 'SH2026000123',
      validFrom: '2026-02-28',
      validTo: '2027-02-28',
      address: '上海市徐汇区漕溪北路1号',
    },
    employment: { position: '软件工程师', contractStart: '2019-12-01', contractEnd: null },
    educationHistory: [
      {
        level: 'BACHELOR_WITH_DEGREE',
        school: '南京大学',
        major: '计算机科学',
        graduationDate: '2012-06-30',
        fullTime: true,
        overseas: false,
        certificateNo: 'B-1',
      },
      {
        level: 'MASTER',
        school: '复旦大学',
        major: '软件工程',
        graduationDate: '2015-06-30',
        fullTime: true,
        overseas: false,
        certificateNo: 'M-1',
      },
    ],
    qualifications: [],
    socialInsurance: [{ from: '2020-01', to: '2025-12', base: 20000 }],
    bonusClaims: { entrepreneur: false },
    coResidents: [{ relation: 'SPOUSE', name: '王芳', birthDate: '1991-01-15' }],
    archiveLocation: { kind: 'DISTRICT_TALENT_CENTRE', holder: '徐汇区人才服务中心' },
    declarations: { noFamilyPlanningViolation: true, noCriminalRecord: true },
  };
}

export const APPLICATION_FIELDS = `id kind state version district receiptNo acceptedOn materialsMissing validUntil
  totalPoints correctedTotal decisionReason revocationRequest assignedOfficer overdue
  archiveDeadline { dueOn provisional calendarDataVersion overdue }
  scoringDeadline { dueOn provisional calendarDataVersion overdue }
  assessment { id }`;

/** A GraphQL call as `as` that answers its one root field, or throws with the errors. */
export function gqlAs(t: SubgraphTestApp) {
  return async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    as: AuthUser,
  ): Promise<T> => {
    const res = await t.gql<Record<string, T>>(query, { variables, as });
    if (res.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(res.errors)}`);
    return Object.values(res.data ?? {})[0] as T;
  };
}

/** The application as HRSS reads it (every district), with the fields a suite asks for. */
export async function readApplication<T = Record<string, unknown>>(
  t: SubgraphTestApp,
  id: string,
  fields: string,
): Promise<T> {
  return gqlAs(t)<T>(`query($id: ID!) { application(id: $id) { ${fields} } }`, { id }, hrss());
}

/** The data of the events of `type` the application's outbox holds for one application, oldest first. */
export async function outboxData(
  t: SubgraphTestApp,
  type: string,
  applicationId: string,
): Promise<Array<Record<string, unknown>>> {
  const rows: Array<{ envelope: { data: Record<string, unknown> } }> = await t.dataSource.query(
    `SELECT envelope FROM application.outbox WHERE type = $1 AND envelope->'data'->>'applicationId' = $2
     ORDER BY created_at, envelope->>'occurredAt'`,
    [type, applicationId],
  );
  return rows.map((r) => r.envelope.data);
}

/**
 * The facts archive-verification reports for a master's graduate with six years of Shanghai social
 * insurance at 20,000 CNY (2020–2025); the application puts in its own acceptance date.
 */
export function verifiedMaster(birthDate: string): ScoreProfileInput {
  return {
    assessmentDate: '2026-03-02',
    birthDate,
    education: EducationLevel.MASTER,
    socialInsurance: [{ from: '2020-01', to: '2025-12', base: 20000 }],
  };
}

type Step = { id: string; version: number; state: string };

/**
 * A NEW application of `applicantId` filled in by HR of `employerId` and taken through the
 * employer's steps to SUBMITTED (等待受理).
 */
export async function submittedBy(
  t: SubgraphTestApp,
  applicantId: string,
  employerId = XUHUI_EMPLOYER,
  formOverrides: Record<string, unknown> = {},
): Promise<Step> {
  const gql = gqlAs(t);
  const hr = hrOf(employerId);
  const created = await gql<Step>(
    `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id version state } }`,
    { input: { applicantId, kind: 'NEW' } },
    hr,
  );
  let row = await gql<Step>(
    `mutation($id: ID!, $v: Int!, $form: ApplicationFormInput!) { updateApplicationForm(id: $id, version: $v, form: $form) { id version state } }`,
    { id: created.id, v: created.version, form: { ...completeForm(), ...formOverrides } },
    hr,
  );
  for (const mutation of ['submitToEmployer', 'approveAndSubmit']) {
    row = await gql<Step>(
      `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, version: $v) { id version state } }`,
      { id: created.id, v: row.version },
      hr,
    );
  }
  return row;
}

/**
 * A NEW application of `applicantId` (employed by XUHUI_EMPLOYER) taken through the people's steps
 * and a verified case to SCORING, as the platform would; answers its id and version.
 */
export async function throughToScoring(
  t: SubgraphTestApp,
  applicantId: string,
  verifiedProfile: ScoreProfileInput,
  formOverrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const submitted = await submittedBy(t, applicantId, XUHUI_EMPLOYER, formOverrides);
  const { id } = submitted;
  const row = await gqlAs(t)<Step>(
    `mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { id version state } }`,
    { id, v: submitted.version },
    officer('XUHUI'),
  );
  await deliverEvent(
    t,
    'application',
    testEvent('verification.case-completed', {
      caseId: '99999999-0000-4000-8000-' + id.slice(-12),
      applicationId: id,
      outcome: 'VERIFIED',
      verifiedProfile,
      findings: [],
    }),
  );
  let version = row.version;
  await eventually(async () => {
    const [current]: Array<{ state: string; version: number }> = await t.dataSource.query(
      `SELECT state, version FROM application.application WHERE id = $1`,
      [id],
    );
    version = current?.version ?? version;
    return current?.state === 'SCORING';
  });
  return { id, version };
}
