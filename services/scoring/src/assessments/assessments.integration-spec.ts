// Decisions on verified facts: application.scoring-requested on the real queue → assessment stored
// with its exact input and rule-set revision → score.assessed in the outbox, once; who may read it;
// and a decision that reproduces after the rule sets change.
import { randomUUID } from 'node:crypto';
import { Role, type AuthUser } from '@points/auth';
import type { EventEnvelope } from '@points/events';
import { EducationLevel, EmployerKind, EvidenceKind, type ScoreProfileInput } from '@points/scoring-engine';
import {
  deliverEvent,
  errorCodes,
  eventually,
  startSubgraphTestApp,
  statementsDuring,
  testEvent,
  type SubgraphTestApp,
} from '@points/testing';
import { AppModule } from '../app.module';
import { MIGRATIONS } from '../migrations';

const APPLICANT_ID = '0a0a0a0a-0000-4000-8000-00000000000a';
const EMPLOYER_ID = '0e0e0e0e-0000-4000-8000-00000000000e';
const HRSS: AuthUser = { sub: 'hrss-1', role: Role.HRSS_ADMIN };

/**
 * Age 34 on 2024-07-15 (born 1990-03-01) → 30; 本科+学士 → 90; 36 months 2021-07..2024-06 → 3 × 3 = 9;
 * each month's base exactly the average wage of the year before (2021: 10,338; 2022: 11,396;
 * 2023: 12,183; 2024: 12,307) → 36 months at ≥ 1× → SOCIAL_INSURANCE_BASE 50. Total 179.
 */
const VERIFIED_PROFILE: ScoreProfileInput = {
  // The request's assessment date governs (scoringRequested's third argument).
  assessmentDate: '2024-07-15',
  birthDate: '1990-03-01',
  education: EducationLevel.BACHELOR_WITH_DEGREE,
  socialInsurance: [
    { from: '2021-07', to: '2021-12', base: 10338 },
    { from: '2022-01', to: '2022-12', base: 11396 },
    { from: '2023-01', to: '2023-12', base: 12183 },
    { from: '2024-01', to: '2024-06', base: 12307 },
  ],
};

function scoringRequested(
  applicationId: string,
  verifiedProfile: ScoreProfileInput = VERIFIED_PROFILE,
  assessmentDate = '2024-07-15',
): EventEnvelope<'application.scoring-requested'> {
  return testEvent(
    'application.scoring-requested',
    {
      applicationId,
      kind: 'NEW',
      applicantId: APPLICANT_ID,
      employerId: EMPLOYER_ID,
      district: 'XUHUI',
      assessmentDate,
      verifiedProfile,
    },
    `application:${applicationId}`,
  );
}

const ASSESSMENT_FIELDS = `id applicationId kind district assessmentDate ruleSetVersion ruleSetRevision ruleSetSha256
  total standard eligible vetoed items { indicator points counted note code } excludedMonths { month code }`;
const ASSESSMENT = `query($id: ID!) { assessment(id: $id) { ${ASSESSMENT_FIELDS} } }`;
const WITH_PROFILE = `query($id: ID!) { assessment(id: $id) { id total profile { birthDate assessmentDate education socialInsurance { from to base backPaid } } } }`;

interface AssessmentView {
  id: string;
  applicationId: string;
  ruleSetVersion: string;
  ruleSetRevision: number;
  ruleSetSha256: string;
  total: number;
  standard: number;
  eligible: boolean;
  items: Array<{ indicator: string; points: number; counted: boolean; note: string; code: string }>;
}

describe('assessments (decisions on verified facts)', () => {
  let t: SubgraphTestApp;

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'scoring',
      createModule: (config) => AppModule.forRoot(config),
      migrations: MIGRATIONS,
    });
  });
  afterAll(() => t.close());

  async function assessmentIdOf(applicationId: string): Promise<string> {
    return eventually(async () => {
      const rows: Array<{ id: string }> = await t.dataSource.query(
        'SELECT id FROM scoring.assessment WHERE application_id = $1',
        [applicationId],
      );
      return rows[0]?.id;
    });
  }

  async function scoreAssessedEvents(applicationId: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<{ envelope: { data: Record<string, unknown> } }> = await t.dataSource.query(
      `SELECT envelope FROM scoring.outbox WHERE type = 'score.assessed' AND envelope->'data'->>'applicationId' = $1`,
      [applicationId],
    );
    return rows.map((row) => row.envelope.data);
  }

  /** Waits until the worker has handled an event (its id is in the inbox). */
  async function handled(event: EventEnvelope): Promise<void> {
    await eventually(async () => {
      const rows: unknown[] = await t.dataSource.query('SELECT 1 FROM scoring.inbox WHERE event_id = $1', [
        event.id,
      ]);
      return rows.length > 0;
    });
  }

  const firstApplication = randomUUID();
  let firstAssessmentId = '';
  let firstSha = '';

  it('stores the assessment and publishes score.assessed in the same transaction', async () => {
    const event = scoringRequested(firstApplication);
    await deliverEvent(t, 'scoring', event);
    firstAssessmentId = await assessmentIdOf(firstApplication);

    const res = await t.gql<{ assessment: AssessmentView }>(ASSESSMENT, {
      variables: { id: firstAssessmentId },
      as: HRSS,
    });
    expect(res.errors).toBeUndefined();
    const assessment = res.data?.assessment;
    expect(assessment).toMatchObject({
      applicationId: firstApplication,
      kind: 'NEW',
      district: 'XUHUI',
      assessmentDate: '2024-07-15',
      ruleSetVersion: 'SH-2017',
      ruleSetRevision: 2, // revision 2: the apply conditions and 合理对应 data (migration 1764800000000)
      total: 179, // 30 + 90 + 9 + 50
      standard: 120,
      eligible: true,
      vetoed: false,
    });
    expect(Object.fromEntries(assessment?.items.map((item) => [item.indicator, item.points]) ?? [])).toEqual({
      AGE: 30,
      EDUCATION: 90,
      SOCIAL_INSURANCE_YEARS: 9,
      SOCIAL_INSURANCE_BASE: 50,
    });
    firstSha = assessment?.ruleSetSha256 ?? '';
    const seeded = await t.gql<{ ruleSet: { parametersSha256: string } }>(
      `{ ruleSet(version: "SH-2017") { parametersSha256 } }`,
      { as: HRSS },
    );
    expect(firstSha).toBe(seeded.data?.ruleSet.parametersSha256);

    expect(await scoreAssessedEvents(firstApplication)).toEqual([
      {
        assessmentId: firstAssessmentId,
        applicationId: firstApplication,
        total: 179,
        eligible: true,
        // The verified profile shows no permit, contract or employer kind: nothing is assumed.
        canApply: false,
        unmetConditions: [
          expect.objectContaining({ code: 'RESIDENCE_PERMIT_NOT_SHOWN' }),
          expect.objectContaining({ code: 'EMPLOYMENT_NOT_SHOWN' }),
          expect.objectContaining({ code: 'EMPLOYER_KIND_NOT_SHOWN' }),
        ],
        ruleSetVersion: 'SH-2017',
      },
    ]);
  });

  it('does nothing on a redelivery of the same event under another job id', async () => {
    const application = randomUUID();
    const event = scoringRequested(application);
    await deliverEvent(t, 'scoring', event);
    await assessmentIdOf(application);
    await deliverEvent(t, 'scoring', event, { jobId: `redelivery-${event.id}` });
    // A later event handled means the queue got past the redelivery.
    const later = scoringRequested(randomUUID());
    await deliverEvent(t, 'scoring', later);
    await handled(later);
    await assessmentIdOf(later.data.applicationId);

    const rows: unknown[] = await t.dataSource.query(
      'SELECT id FROM scoring.assessment WHERE application_id = $1',
      [application],
    );
    expect(rows).toHaveLength(1);
    expect(await scoreAssessedEvents(application)).toHaveLength(1);
  });

  it('keeps an upheld appeal (application.score-corrected) beside the assessment, once however often delivered', async () => {
    const query = `query($id: ID!) { assessment(id: $id) { total correctedTotal } }`;
    const before = await t.gql<{ assessment: { total: number; correctedTotal: number | null } }>(query, {
      variables: { id: firstAssessmentId },
      as: HRSS,
    });
    expect(before.data?.assessment).toEqual({ total: 179, correctedTotal: null });
    const corrected = testEvent('application.score-corrected', {
      applicationId: firstApplication,
      assessmentId: firstAssessmentId,
      appealId: randomUUID(),
      indicator: 'QUALIFICATION',
      delta: 15,
      correctedTotal: 194,
      decidedBy: 'hrss-second',
    });
    await deliverEvent(t, 'scoring', corrected);
    await deliverEvent(t, 'scoring', corrected, { jobId: `redelivery-${corrected.id}` });
    await handled(corrected);
    const after = await t.gql<{ assessment: { total: number; correctedTotal: number | null } }>(query, {
      variables: { id: firstAssessmentId },
      as: HRSS,
    });
    // The decision stays as it was made; the corrected total is shown beside it.
    expect(after.data?.assessment).toEqual({ total: 179, correctedTotal: 194 });
    const rows: unknown[] = await t.dataSource.query(
      'SELECT 1 FROM scoring.score_correction WHERE assessment_id = $1',
      [firstAssessmentId],
    );
    expect(rows).toHaveLength(1);
  });

  it('keeps the exact input, readable by HRSS only', async () => {
    const res = await t.gql<{ assessment: { profile: Record<string, unknown> } }>(WITH_PROFILE, {
      variables: { id: firstAssessmentId },
      as: HRSS,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.assessment.profile).toEqual({
      birthDate: '1990-03-01',
      assessmentDate: '2024-07-15',
      education: 'BACHELOR_WITH_DEGREE',
      socialInsurance: [
        { from: '2021-07', to: '2021-12', base: 10338, backPaid: false },
        { from: '2022-01', to: '2022-12', base: 11396, backPaid: false },
        { from: '2023-01', to: '2023-12', base: 12183, backPaid: false },
        { from: '2024-01', to: '2024-06', base: 12307, backPaid: false },
      ],
    });
    // At rest the input is ciphertext, not the birth date in clear.
    const [stored] = await t.dataSource.query<Array<{ input_profile: string }>>(
      'SELECT input_profile FROM scoring.assessment WHERE id = $1',
      [firstAssessmentId],
    );
    expect(stored?.input_profile).not.toContain('1990-03-01');

    const officer = { sub: 'o1', role: Role.CENTRE_OFFICER, district: 'XUHUI' as const };
    const refused = await t.gql<{ assessment: { id: string; profile: unknown } | null }>(WITH_PROFILE, {
      variables: { id: firstAssessmentId },
      as: officer,
    });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.path).toEqual(['assessment', 'profile']);
  });

  it('shows the breakdown to the district centre, the employer, the applicant and HRSS, and to no one else', async () => {
    const allowed: AuthUser[] = [
      HRSS,
      { sub: 'o1', role: Role.CENTRE_OFFICER, district: 'XUHUI' },
      { sub: 's1', role: Role.CENTRE_SUPERVISOR, district: 'XUHUI' },
      { sub: 'h1', role: Role.EMPLOYER_HR, employerId: EMPLOYER_ID },
      { sub: 'a1', role: Role.APPLICANT, applicantId: APPLICANT_ID },
    ];
    for (const user of allowed) {
      const res = await t.gql<{ assessment: { total: number } }>(ASSESSMENT, {
        variables: { id: firstAssessmentId },
        as: user,
      });
      expect({ role: user.role, total: res.data?.assessment.total }).toEqual({ role: user.role, total: 179 });
    }
    const notFound: AuthUser[] = [
      { sub: 'o2', role: Role.CENTRE_OFFICER, district: 'PUDONG' },
      { sub: 's2', role: Role.CENTRE_SUPERVISOR, district: 'PUDONG' },
      { sub: 'h2', role: Role.EMPLOYER_HR, employerId: randomUUID() },
      { sub: 'a2', role: Role.APPLICANT, applicantId: randomUUID() },
    ];
    for (const user of notFound) {
      const res = await t.gql(ASSESSMENT, { variables: { id: firstAssessmentId }, as: user });
      expect({ role: user.role, codes: errorCodes(res), data: res.data }).toEqual({
        role: user.role,
        codes: ['NOT_FOUND'],
        data: { assessment: null },
      });
    }
    const verifier = await t.gql(ASSESSMENT, {
      variables: { id: firstAssessmentId },
      as: { sub: 'c1', role: Role.CITY_VERIFIER },
    });
    expect(errorCodes(verifier)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(ASSESSMENT, { variables: { id: firstAssessmentId } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('resolves Assessment references for the application subgraph with the same scoping', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Assessment { id total eligible } } }`;
    const variables = { r: [{ __typename: 'Assessment', id: firstAssessmentId }] };
    const employer = await t.gql(query, {
      variables,
      as: { sub: 'h1', role: Role.EMPLOYER_HR, employerId: EMPLOYER_ID },
    });
    expect(employer.data).toEqual({ _entities: [{ id: firstAssessmentId, total: 179, eligible: true }] });
    const otherDistrict = await t.gql<{ _entities: unknown[] }>(query, {
      variables,
      as: { sub: 'o2', role: Role.CENTRE_OFFICER, district: 'PUDONG' },
    });
    expect(errorCodes(otherDistrict)).toEqual(['NOT_FOUND']);
    expect(otherDistrict.data?._entities).toEqual([null]);

    const list = await t.gql<{ assessmentsOfApplication: Array<{ id: string }> }>(
      `query($a: ID!) { assessmentsOfApplication(applicationId: $a) { id } }`,
      {
        variables: { a: firstApplication },
        as: { sub: 'a1', role: Role.APPLICANT, applicantId: APPLICANT_ID },
      },
    );
    expect(list.data?.assessmentsOfApplication).toEqual([{ id: firstAssessmentId }]);
    const someoneElse = await t.gql<{ assessmentsOfApplication: unknown[] }>(
      `query($a: ID!) { assessmentsOfApplication(applicationId: $a) { id } }`,
      {
        variables: { a: firstApplication },
        as: { sub: 'a2', role: Role.APPLICANT, applicantId: randomUUID() },
      },
    );
    expect(someoneElse.data?.assessmentsOfApplication).toEqual([]);
  });

  it('resolves a page of 20 references in one read and one corrected-total read, each caller seeing only their district', async () => {
    // A queue page as the gateway asks for it: 20 XUHUI assessments and one of PUDONG, in one call.
    const xuhuiApplications = Array.from({ length: 20 }, () => randomUUID());
    const pudongApplication = randomUUID();
    const events = [
      ...xuhuiApplications.map((id) => scoringRequested(id)),
      testEvent(
        'application.scoring-requested',
        { ...scoringRequested(pudongApplication).data, district: 'PUDONG' },
        `application:${pudongApplication}`,
      ),
    ];
    for (const event of events) await deliverEvent(t, 'scoring', event);
    const xuhuiIds: string[] = [];
    for (const id of xuhuiApplications) xuhuiIds.push(await assessmentIdOf(id));
    const pudongId = await assessmentIdOf(pudongApplication);
    // One of them had an appeal upheld: its corrected total must land on it and on no other.
    const corrected = testEvent('application.score-corrected', {
      applicationId: xuhuiApplications[7]!,
      assessmentId: xuhuiIds[7]!,
      appealId: randomUUID(),
      indicator: 'QUALIFICATION',
      delta: 15,
      correctedTotal: 194,
      decidedBy: 'hrss-second',
    });
    await deliverEvent(t, 'scoring', corrected);
    await handled(corrected);

    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Assessment { id district total correctedTotal } } }`;
    const variables = { r: [...xuhuiIds, pudongId].map((id) => ({ __typename: 'Assessment', id })) };
    type Entities = {
      _entities: Array<{ id: string; district: string; total: number; correctedTotal: number | null } | null>;
    };
    const xuhuiOfficer: AuthUser = { sub: 'o1', role: Role.CENTRE_OFFICER, district: 'XUHUI' };
    const pudongOfficer: AuthUser = { sub: 'o2', role: Role.CENTRE_OFFICER, district: 'PUDONG' };
    // The statements the subgraph sends while answering (its background relay polls other tables).
    const { result: xuhui, statements } = await statementsDuring(t.dataSource, () =>
      t.gql<Entities>(query, { variables, as: xuhuiOfficer }),
    );
    const reads = (table: RegExp): number => statements.filter((sql) => table.test(sql)).length;
    expect({
      assessmentReads: reads(/"assessment"/),
      correctionReads: reads(/score_correction/),
    }).toEqual({ assessmentReads: 1, correctionReads: 1 });

    expect(xuhui.data?._entities).toEqual([
      ...xuhuiIds.map((id, i) => ({
        id,
        district: 'XUHUI',
        total: 179,
        correctedTotal: i === 7 ? 194 : null,
      })),
      null,
    ]);
    expect(xuhui.errors?.map((e) => [e.extensions?.['code'], e.path])).toEqual([
      ['NOT_FOUND', ['_entities', 20]],
    ]);

    // Both districts at once: no loader (nor its cache) is shared between the two requests.
    const [again, pudong] = await Promise.all([
      t.gql<Entities>(query, { variables, as: xuhuiOfficer }),
      t.gql<Entities>(query, { variables, as: pudongOfficer }),
    ]);
    expect(again.data?._entities.filter(Boolean)).toHaveLength(20);
    expect(pudong.data?._entities).toEqual([
      ...xuhuiIds.map(() => null),
      { id: pudongId, district: 'PUDONG', total: 179, correctedTotal: null },
    ]);
    expect(errorCodes(pudong)).toEqual(Array.from({ length: 20 }, () => 'NOT_FOUND'));

    // A malformed reference is refused on its own; the valid one beside it still resolves.
    const mixed = await t.gql<Entities>(query, {
      variables: {
        r: [
          { __typename: 'Assessment', id: 'not-a-uuid' },
          { __typename: 'Assessment', id: pudongId },
        ],
      },
      as: pudongOfficer,
    });
    expect(mixed.data?._entities).toEqual([null, expect.objectContaining({ id: pudongId })]);
    expect(mixed.errors?.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
  });

  it('reproduces an old decision after the wage table is edited and a new version is added', async () => {
    // HRSS raises the 2023 wage in SH-2017 by 1 CNY (revision 3) …
    const wage = await t.gql(
      `mutation { setAverageMonthlyWage(input: { version: "SH-2017", year: 2023, monthlyCny: 12308 }) { revision } }`,
      { as: HRSS },
    );
    expect(wage.data).toEqual({ setAverageMonthlyWage: { revision: 3 } });
    // … and adds SH-2024B from 2024-07-01 with the standard at 200, every other number as SH-2017 now.
    const current = await t.gql<{ ruleSet: { parameters: Record<string, unknown> } }>(
      `{ ruleSet(version: "SH-2017") { parameters } }`,
      { as: HRSS },
    );
    const added = await t.gql(
      `mutation($input: AddRuleSetInput!) { addRuleSet(input: $input) { version } }`,
      {
        variables: {
          input: {
            version: 'SH-2024B',
            effectiveFrom: '2024-07-01',
            description: 'test version',
            parameters: { ...current.data?.ruleSet.parameters, standard: 200 },
          },
        },
        as: HRSS,
      },
    );
    expect(added.errors).toBeUndefined();

    // The stored decision is unchanged and recomputes to the same result from revision 2.
    const stored = await t.gql<{ assessment: AssessmentView }>(ASSESSMENT, {
      variables: { id: firstAssessmentId },
      as: HRSS,
    });
    expect(stored.data?.assessment).toMatchObject({
      total: 179,
      ruleSetVersion: 'SH-2017',
      ruleSetRevision: 2,
      ruleSetSha256: firstSha,
    });
    const reproduced = await t.gql<{
      reproduceAssessment: {
        total: number;
        standard: number;
        eligible: boolean;
        ruleSetVersion: string;
        items: unknown[];
      };
    }>(
      `query($id: ID!) { reproduceAssessment(id: $id) { total standard eligible ruleSetVersion items { indicator points counted note code } } }`,
      { variables: { id: firstAssessmentId }, as: HRSS },
    );
    expect(reproduced.errors).toBeUndefined();
    expect(reproduced.data?.reproduceAssessment).toEqual({
      total: 179,
      standard: 120,
      eligible: true,
      ruleSetVersion: 'SH-2017',
      items: stored.data?.assessment.items,
    });

    // The same facts decided now fall under SH-2024B: the 2024 months at 12,307 are 1 CNY under the
    // 2023 wage of 12,308 → 30 months at ≥ 1× (< 36); all 36 at ≥ 0.8× → 25. 30 + 90 + 9 + 25 = 154 < 200.
    const application = randomUUID();
    await deliverEvent(t, 'scoring', scoringRequested(application));
    const id = await assessmentIdOf(application);
    const fresh = await t.gql<{ assessment: AssessmentView }>(ASSESSMENT, { variables: { id }, as: HRSS });
    expect(fresh.data?.assessment).toMatchObject({
      ruleSetVersion: 'SH-2024B',
      ruleSetRevision: 1,
      total: 154,
      standard: 200,
      eligible: false,
    });
    expect(await scoreAssessedEvents(application)).toEqual([
      expect.objectContaining({ total: 154, eligible: false, ruleSetVersion: 'SH-2024B' }),
    ]);
  });

  it('records a profile that cannot be scored as a failure for HRSS and tells the application, without crashing', async () => {
    const badOrder = scoringRequested(randomUUID(), {
      ...VERIFIED_PROFILE,
      socialInsurance: [{ from: '2023-05', to: '2023-01', base: 5000 }],
    });
    // A profile of the wrong shape cannot even be published: the event contract refuses it.
    expect(() =>
      scoringRequested(randomUUID(), {
        ...VERIFIED_PROFILE,
        // @ts-expect-error the wrong shape on purpose
        socialInsurance: 'thirty-six months',
      }),
    ).toThrow(/socialInsurance/);
    // Before SH-2017's effective date; no contributions after that assessment month (they would be refused first).
    const tooEarly = scoringRequested(
      randomUUID(),
      { ...VERIFIED_PROFILE, socialInsurance: [] },
      '2017-06-30',
    );
    for (const event of [badOrder, tooEarly]) {
      await deliverEvent(t, 'scoring', event);
      await handled(event);
    }
    // The queue still works afterwards.
    const good = randomUUID();
    await deliverEvent(t, 'scoring', scoringRequested(good));
    await assessmentIdOf(good);

    for (const event of [badOrder, tooEarly]) {
      const rows: unknown[] = await t.dataSource.query(
        'SELECT 1 FROM scoring.assessment WHERE application_id = $1',
        [event.data.applicationId],
      );
      expect(rows).toHaveLength(0);
      expect(await scoreAssessedEvents(event.data.applicationId)).toEqual([]);
    }
    // The application is told why it waits: field names and rules, no values.
    const failed: Array<{ envelope: { data: Record<string, unknown> } }> = await t.dataSource.query(
      `SELECT envelope FROM scoring.outbox WHERE type = 'score.assessment-failed'`,
    );
    const told = Object.fromEntries(
      failed.map((row) => [row.envelope.data['applicationId'], row.envelope.data]),
    );
    expect(told[badOrder.data.applicationId]).toEqual({
      applicationId: badOrder.data.applicationId,
      requestEventId: badOrder.id,
      problems: [{ field: 'profile.socialInsurance[0].to', rule: 'to-not-before-from' }],
    });
    expect(told[tooEarly.data.applicationId]).toMatchObject({
      problems: [{ field: 'profile.assessmentDate', rule: 'no-rule-set-in-force' }],
    });
    expect(failed).toHaveLength(2);
    const failures = await t.gql<{
      scoringRequestFailures: {
        nodes: Array<{ applicationId: string; problems: Array<{ field: string; rule: string }> }>;
      };
    }>(`{ scoringRequestFailures { nodes { applicationId problems { field rule } } } }`, { as: HRSS });
    const byApplication = Object.fromEntries(
      failures.data?.scoringRequestFailures.nodes.map((node) => [node.applicationId, node.problems]) ?? [],
    );
    expect(byApplication[badOrder.data.applicationId]).toEqual([
      { field: 'profile.socialInsurance[0].to', rule: 'to-not-before-from' },
    ]);
    expect(byApplication[tooEarly.data.applicationId]).toEqual([
      { field: 'profile.assessmentDate', rule: 'no-rule-set-in-force' },
    ]);
    const officer = await t.gql(`{ scoringRequestFailures { nodes { id } } }`, {
      as: { sub: 'o1', role: Role.CENTRE_OFFICER, district: 'XUHUI' },
    });
    expect(errorCodes(officer)).toEqual(['FORBIDDEN']);
  });

  // Issue 14: "a doctor aged 26 with no Shanghai social insurance scores 140 and is eligible".
  it('decides canApply beside eligible: a 26-year-old doctor with no Shanghai insurance scores 140 and cannot apply', async () => {
    const applicationId = randomUUID();
    await deliverEvent(
      t,
      'scoring',
      scoringRequested(
        applicationId,
        {
          assessmentDate: '2024-06-20',
          birthDate: '1998-03-01',
          education: EducationLevel.DOCTOR,
          residencePermitIssuedOn: '2024-04-01',
          residencePermitValidUntil: '2025-03-31',
          employerKind: EmployerKind.SHANGHAI_REGISTERED,
          employmentStartDate: '2024-03-01',
        },
        '2024-06-20',
      ), // before SH-2024B (standard 200) of the test above takes effect
    );
    const id = await assessmentIdOf(applicationId);
    const res = await t.gql<{ assessment: Record<string, unknown> }>(
      `query($id: ID!) { assessment(id: $id) { total eligible canApply unmetConditions { condition code note } } }`,
      { variables: { id }, as: HRSS },
    );
    expect(res.errors).toBeUndefined();
    // age 26 → 5 + 2 × 30 = 65, capped at 30; doctor 110 → 140 ≥ 120; 0 months of insurance < 6.
    expect(res.data?.assessment).toEqual({
      total: 140,
      eligible: true,
      canApply: false,
      unmetConditions: [
        {
          condition: 'SOCIAL_INSURANCE_MONTHS',
          code: 'SOCIAL_INSURANCE_TOO_FEW_MONTHS',
          note: expect.stringContaining('参加本市职工社会保险 0 个月'),
        },
      ],
    });
    expect(await scoreAssessedEvents(applicationId)).toEqual([
      expect.objectContaining({
        total: 140,
        eligible: true,
        canApply: false,
        unmetConditions: [expect.objectContaining({ code: 'SOCIAL_INSURANCE_TOO_FEW_MONTHS' })],
      }),
    ]);
  });

  it('keeps on each item the evidence the verified profile gives, and refuses a manual check that names nobody', async () => {
    const applicationId = randomUUID();
    await deliverEvent(
      t,
      'scoring',
      scoringRequested(applicationId, {
        ...VERIFIED_PROFILE,
        evidence: [
          {
            field: 'education',
            kind: EvidenceKind.REGISTRY,
            source: '学信网 national education registry',
            checkedBy: null,
            checkedOn: null,
          },
          {
            field: 'socialInsurance',
            kind: EvidenceKind.REGISTRY,
            source: 'Shanghai employee social insurance registry',
            checkedBy: null,
            checkedOn: null,
          },
          {
            field: 'entrepreneur',
            kind: EvidenceKind.MANUAL_CHECK,
            source: '创业人才 certificate',
            checkedBy: 'officer-7',
            checkedOn: '2024-07-10',
          },
        ],
      }),
    );
    const id = await assessmentIdOf(applicationId);
    const res = await t.gql<{
      assessment: { items: Array<{ indicator: string; evidence: Array<Record<string, unknown>> | null }> };
    }>(
      `query($id: ID!) { assessment(id: $id) { items { indicator evidence { field kind source checkedBy checkedOn } } } }`,
      { variables: { id }, as: HRSS },
    );
    expect(res.errors).toBeUndefined();
    const byIndicator = Object.fromEntries(
      res.data?.assessment.items.map((item) => [item.indicator, item.evidence]) ?? [],
    );
    const education = {
      field: 'education',
      kind: EvidenceKind.REGISTRY,
      source: '学信网 national education registry',
      checkedBy: null,
      checkedOn: null,
    };
    const insurance = {
      field: 'socialInsurance',
      kind: EvidenceKind.REGISTRY,
      source: 'Shanghai employee social insurance registry',
      checkedBy: null,
      checkedOn: null,
    };
    expect(byIndicator['EDUCATION']).toEqual([education]);
    // The years and the base bonus are both computed from the insurance months.
    expect(byIndicator['SOCIAL_INSURANCE_YEARS']).toEqual([insurance]);
    expect(byIndicator['SOCIAL_INSURANCE_BASE']).toEqual([insurance]);
    expect(byIndicator['AGE']).toBeNull();

    // A person's check that names nobody cannot even be published: the event contract refuses it.
    expect(() =>
      scoringRequested(randomUUID(), {
        ...VERIFIED_PROFILE,
        evidence: [
          {
            field: 'education',
            kind: EvidenceKind.MANUAL_CHECK,
            source: 'diploma seen',
            checkedBy: null,
            checkedOn: null,
          },
        ],
      }),
    ).toThrow(/a MANUAL_CHECK names the person who checked/);
  });
});
