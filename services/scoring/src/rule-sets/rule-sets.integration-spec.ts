// Rule sets as data: the seeded SH-2017, HRSS-only reads and changes, the effective-date rule, the
// wage table, and the audit trail of every change.
import { Client } from 'pg';
import { Role, type AuthUser } from '@points/auth';
import {
  errorCodes,
  startSubgraphTestApp,
  type GraphQLResponse,
  type SubgraphTestApp,
} from '@points/testing';
import { AppModule } from '../app.module';
import { MIGRATIONS } from '../migrations';

const HRSS: AuthUser = { sub: 'hrss-admin-1', role: Role.HRSS_ADMIN };
const OTHERS: AuthUser[] = [
  { sub: 'o1', role: Role.CENTRE_OFFICER, district: 'XUHUI' },
  { sub: 's1', role: Role.CENTRE_SUPERVISOR, district: 'XUHUI' },
  { sub: 'c1', role: Role.CITY_VERIFIER },
  { sub: 'h1', role: Role.EMPLOYER_HR, employerId: '11111111-1111-4111-8111-111111111111' },
  { sub: 'a1', role: Role.APPLICANT, applicantId: '22222222-2222-4222-8222-222222222222' },
];

const RULE_SET_FIELDS =
  'version effectiveFrom description revision parametersSha256 standard averageMonthlyWage { year monthlyCny }';
const RULE_SETS = `{ ruleSets { ${RULE_SET_FIELDS} } }`;
const RULE_SET = `query($version: String!) { ruleSet(version: $version) { ${RULE_SET_FIELDS} parameters } }`;
const CHANGES = `query($version: String, $first: Int, $after: String) {
  ruleSetChanges(version: $version, first: $first, after: $after) {
    nodes { id ruleSetVersion revision kind changedBy changedByRole changedAt summary before after }
    nextCursor
  }
}`;
const ADD = `mutation($input: AddRuleSetInput!) { addRuleSet(input: $input) { ${RULE_SET_FIELDS} parameters } }`;
const SET_WAGE = `mutation($input: SetAverageMonthlyWageInput!) { setAverageMonthlyWage(input: $input) { ${RULE_SET_FIELDS} } }`;
const SIMULATE = `query($profile: ScoreProfileInput!) { simulateScore(profile: $profile) { total standard eligible ruleSetVersion } }`;

interface RuleSetView {
  version: string;
  effectiveFrom: string;
  description: string;
  revision: number;
  parametersSha256: string;
  standard: number;
  averageMonthlyWage: Array<{ year: number; monthlyCny: number }>;
  parameters?: Record<string, unknown>;
}
interface ChangeView {
  ruleSetVersion: string;
  revision: number;
  kind: string;
  changedBy: string;
  changedByRole: string;
  changedAt: string;
  summary: string;
  before: unknown;
  after: Record<string, unknown>;
}

function firstError(response: GraphQLResponse): { code: unknown; field: unknown; rule: unknown } {
  const extensions = response.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, field: extensions.field, rule: extensions.rule };
}

describe('rule sets (HRSS, versioned, audited)', () => {
  let t: SubgraphTestApp;

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'scoring',
      createModule: (config) => AppModule.forRoot(config),
      migrations: MIGRATIONS,
    });
  });
  afterAll(() => t.close());

  async function changes(version?: string): Promise<ChangeView[]> {
    const res = await t.gql<{ ruleSetChanges: { nodes: ChangeView[] } }>(CHANGES, {
      variables: { version, first: 100 },
      as: HRSS,
    });
    expect(res.errors).toBeUndefined();
    return res.data?.ruleSetChanges.nodes ?? [];
  }

  it('seeds SH-2017 by migration, with the wage table of scoring.md, and records the seeding and revision 2', async () => {
    const res = await t.gql<{ ruleSets: RuleSetView[] }>(RULE_SETS, { as: HRSS });
    expect(res.errors).toBeUndefined();
    expect(res.data?.ruleSets).toHaveLength(1);
    const [seeded] = res.data?.ruleSets ?? [];
    expect(seeded).toMatchObject({
      version: 'SH-2017',
      effectiveFrom: '2018-01-01',
      // 1 seeded; 2 adds the apply conditions and 合理对应 (issue 14), a revision and not a version (ADR 0005).
      revision: 2,
      standard: 120,
    });
    expect(seeded?.parametersSha256).toMatch(/^[0-9a-f]{64}$/);
    // scoring.md "Windows and dates", monthly CNY.
    expect(seeded?.averageMonthlyWage).toEqual([
      { year: 2015, monthlyCny: 5939 },
      { year: 2016, monthlyCny: 6504 },
      { year: 2017, monthlyCny: 7132 },
      { year: 2018, monthlyCny: 7832 },
      { year: 2019, monthlyCny: 9580 },
      { year: 2020, monthlyCny: 10338 },
      { year: 2021, monthlyCny: 11396 },
      { year: 2022, monthlyCny: 12183 },
      { year: 2023, monthlyCny: 12307 },
      { year: 2024, monthlyCny: 12434 },
      { year: 2025, monthlyCny: 12434 },
    ]);
    const one = await t.gql<{ ruleSet: RuleSetView }>(RULE_SET, {
      variables: { version: 'SH-2017' },
      as: HRSS,
    });
    expect(one.data?.ruleSet.parameters).toMatchObject({
      version: 'SH-2017',
      education: { JUNIOR_COLLEGE: 50, BACHELOR: 60, BACHELOR_WITH_DEGREE: 90, MASTER: 100, DOCTOR: 110 },
      remoteSuburb: { pointsPerYear: 2, minYears: 5, maxPoints: 20 },
      // 第二条: 6 months; page 004: out-of-town branches and offices.
      eligibility: {
        minSocialInsuranceMonths: 6,
        socialInsuranceExcludedWhen: ['BACK_PAID'],
        excludedEmployerKinds: ['OUT_OF_TOWN_BRANCH', 'OUT_OF_TOWN_REPRESENTATIVE_OFFICE'],
      },
      // The ceiling of year Y is 3 × the wage of Y−1: 3 × 5,939 = 17,817 … 3 × 12,434 = 37,302.
      incomeTaxMatch: {
        relativeTolerance: 0.1,
        contributionCeiling: [
          { year: 2016, monthlyCny: 17817 },
          { year: 2017, monthlyCny: 19512 },
          { year: 2018, monthlyCny: 21396 },
          { year: 2019, monthlyCny: 23496 },
          { year: 2020, monthlyCny: 28740 },
          { year: 2021, monthlyCny: 31014 },
          { year: 2022, monthlyCny: 34188 },
          { year: 2023, monthlyCny: 36549 },
          { year: 2024, monthlyCny: 36921 },
          { year: 2025, monthlyCny: 37302 },
          { year: 2026, monthlyCny: 37302 },
        ],
      },
    });
    expect(await changes('SH-2017')).toEqual([
      expect.objectContaining({
        kind: 'PARAMETERS_ADDED',
        revision: 2,
        changedByRole: 'SYSTEM',
        before: null,
      }),
      expect.objectContaining({ kind: 'SEEDED', revision: 1, changedByRole: 'SYSTEM', before: null }),
    ]);
  });

  it('answers an unknown version with NOT_FOUND', async () => {
    const res = await t.gql(RULE_SET, { variables: { version: 'SH-1999' }, as: HRSS });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });

  it('refuses every rule-set query and mutation to other roles and to anonymous callers, changing nothing', async () => {
    const attempts = [
      { query: RULE_SETS, variables: {} },
      { query: RULE_SET, variables: { version: 'SH-2017' } },
      { query: CHANGES, variables: {} },
      {
        query: ADD,
        variables: { input: { version: 'X-1', effectiveFrom: '2030-01-01', description: 'nope' } },
      },
      { query: SET_WAGE, variables: { input: { version: 'SH-2017', year: 2025, monthlyCny: 1 } } },
    ];
    for (const attempt of attempts) {
      for (const user of OTHERS) {
        const res = await t.gql(attempt.query, { variables: attempt.variables, as: user });
        expect({ role: user.role, codes: errorCodes(res) }).toEqual({
          role: user.role,
          codes: ['FORBIDDEN'],
        });
      }
      expect(errorCodes(await t.gql(attempt.query, { variables: attempt.variables }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    const after = await t.gql<{ ruleSets: RuleSetView[] }>(RULE_SETS, { as: HRSS });
    expect(after.data?.ruleSets.map((r) => [r.version, r.revision])).toEqual([['SH-2017', 2]]);
    expect(await changes()).toHaveLength(2);
  });

  it('refuses a new version that would not take effect after the latest one, naming the field', async () => {
    for (const effectiveFrom of ['2018-01-01', '2017-06-30']) {
      const res = await t.gql(ADD, {
        variables: { input: { version: 'SH-OLD', effectiveFrom, description: 'backdated' } },
        as: HRSS,
      });
      expect(firstError(res)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.effectiveFrom',
        rule: 'after-latest-version',
      });
      expect(res.errors?.[0]?.message).toContain('2018-01-01');
    }
  });

  it('refuses parameters the engine would not accept, naming the parameter', async () => {
    const current = await t.gql<{ ruleSet: RuleSetView }>(RULE_SET, {
      variables: { version: 'SH-2017' },
      as: HRSS,
    });
    const parameters = { ...current.data?.ruleSet.parameters, standard: -5 };
    const res = await t.gql(ADD, {
      variables: {
        input: { version: 'SH-BAD', effectiveFrom: '2025-01-01', description: 'bad', parameters },
      },
      as: HRSS,
    });
    expect(firstError(res)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.parameters.standard',
      rule: 'rule-set-schema',
    });
    const badDate = await t.gql(ADD, {
      variables: { input: { version: 'SH-BAD', effectiveFrom: '2025-02-29', description: 'bad' } },
      as: HRSS,
    });
    expect(firstError(badDate)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.effectiveFrom',
      rule: 'real-date',
    });
    expect(await changes()).toHaveLength(2);
  });

  it('adds a version that takes over from its effective date, audited with who and when', async () => {
    const current = await t.gql<{ ruleSet: RuleSetView }>(RULE_SET, {
      variables: { version: 'SH-2017' },
      as: HRSS,
    });
    // 动态调整: the standard raised to 130 from 2025-01-01, every other number as SH-2017.
    const parameters = { ...current.data?.ruleSet.parameters, standard: 130 };
    const before = Date.now();
    const res = await t.gql<{ addRuleSet: RuleSetView }>(ADD, {
      variables: {
        input: { version: 'SH-2025', effectiveFrom: '2025-01-01', description: '标准分值调整', parameters },
      },
      as: HRSS,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.addRuleSet).toMatchObject({
      version: 'SH-2025',
      effectiveFrom: '2025-01-01',
      revision: 1,
      standard: 130,
    });
    expect(res.data?.addRuleSet.parameters).toMatchObject({
      version: 'SH-2025',
      effectiveFrom: '2025-01-01',
    });

    const [created] = await changes('SH-2025');
    expect(created).toMatchObject({
      kind: 'CREATED',
      revision: 1,
      changedBy: 'hrss-admin-1',
      changedByRole: 'HRSS_ADMIN',
      before: null,
    });
    expect(new Date(created?.changedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(created?.summary).toContain('SH-2025');

    // Age 34, 本科+学士, 36 months at 5,000: 30 + 90 + 9 = 129 under either version.
    const profile = {
      birthDate: '1990-03-01',
      education: 'BACHELOR_WITH_DEGREE',
      socialInsurance: [{ from: '2021-07', to: '2024-06', base: 5000 }],
    };
    const lastDayOfOld = await t.gql(SIMULATE, {
      variables: { profile: { ...profile, assessmentDate: '2024-12-31' } },
    });
    expect(lastDayOfOld.data).toEqual({
      simulateScore: { total: 129, standard: 120, eligible: true, ruleSetVersion: 'SH-2017' },
    });
    const firstDayOfNew = await t.gql(SIMULATE, {
      variables: { profile: { ...profile, assessmentDate: '2025-01-01' } },
    });
    expect(firstDayOfNew.data).toEqual({
      simulateScore: { total: 129, standard: 130, eligible: false, ruleSetVersion: 'SH-2025' },
    });

    const duplicate = await t.gql(ADD, {
      variables: { input: { version: 'SH-2025', effectiveFrom: '2026-01-01', description: 'again' } },
      as: HRSS,
    });
    expect(firstError(duplicate)).toEqual({ code: 'CONFLICT', field: 'input.version', rule: 'unique' });
  });

  it('copies the numbers of the latest version when none are given', async () => {
    const res = await t.gql<{ addRuleSet: RuleSetView }>(ADD, {
      variables: { input: { version: 'SH-2026', effectiveFrom: '2026-01-01', description: 'copy' } },
      as: HRSS,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.addRuleSet.standard).toBe(130); // from SH-2025
    const [created] = await changes('SH-2026');
    expect(created?.after).toMatchObject({ basedOn: 'SH-2025' });
  });

  it("sets one year's wage as a new revision, audited with before and after", async () => {
    const res = await t.gql<{ setAverageMonthlyWage: RuleSetView }>(SET_WAGE, {
      variables: { input: { version: 'SH-2026', year: 2025, monthlyCny: 12800, expectedRevision: 1 } },
      as: HRSS,
    });
    expect(res.errors).toBeUndefined();
    const updated = res.data?.setAverageMonthlyWage;
    expect(updated?.revision).toBe(2);
    expect(updated?.averageMonthlyWage.find((row) => row.year === 2025)).toEqual({
      year: 2025,
      monthlyCny: 12800,
    });
    expect(updated?.averageMonthlyWage).toHaveLength(11);

    const added = await t.gql<{ setAverageMonthlyWage: RuleSetView }>(SET_WAGE, {
      variables: { input: { version: 'SH-2026', year: 2026, monthlyCny: 13000 } },
      as: HRSS,
    });
    expect(added.data?.setAverageMonthlyWage.revision).toBe(3);
    expect(added.data?.setAverageMonthlyWage.averageMonthlyWage.slice(-2)).toEqual([
      { year: 2025, monthlyCny: 12800 },
      { year: 2026, monthlyCny: 13000 },
    ]);

    const [newYear, edited] = await changes('SH-2026');
    expect(edited).toMatchObject({
      kind: 'AVERAGE_WAGE_SET',
      revision: 2,
      changedBy: 'hrss-admin-1',
      changedByRole: 'HRSS_ADMIN',
      before: { year: 2025, monthlyCny: 12434 },
      after: { year: 2025, monthlyCny: 12800 },
    });
    expect(newYear).toMatchObject({ revision: 3, before: null, after: { year: 2026, monthlyCny: 13000 } });

    // SH-2017 is untouched.
    const old = await t.gql<{ ruleSet: RuleSetView }>(RULE_SET, {
      variables: { version: 'SH-2017' },
      as: HRSS,
    });
    expect(old.data?.ruleSet.revision).toBe(2);
  });

  it('refuses a stale edit with CONFLICT and bad wage input naming the field', async () => {
    const stale = await t.gql(SET_WAGE, {
      variables: { input: { version: 'SH-2026', year: 2025, monthlyCny: 1, expectedRevision: 1 } },
      as: HRSS,
    });
    expect(firstError(stale)).toEqual({
      code: 'CONFLICT',
      field: 'input.expectedRevision',
      rule: 'current-revision',
    });
    const zero = await t.gql(SET_WAGE, {
      variables: { input: { version: 'SH-2026', year: 2025, monthlyCny: 0 } },
      as: HRSS,
    });
    expect(firstError(zero)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.monthlyCny', rule: 'positive' });
    const unknown = await t.gql(SET_WAGE, {
      variables: { input: { version: 'SH-1999', year: 2025, monthlyCny: 1 } },
      as: HRSS,
    });
    expect(firstError(unknown)).toEqual({ code: 'NOT_FOUND', field: 'input.version', rule: 'exists' });
    const current = await t.gql<{ ruleSet: RuleSetView }>(RULE_SET, {
      variables: { version: 'SH-2026' },
      as: HRSS,
    });
    expect(current.data?.ruleSet.revision).toBe(3);
  });

  it('pages through the audit trail newest first', async () => {
    const all = await changes();
    // SEEDED, PARAMETERS_ADDED (migration), CREATED SH-2025, CREATED SH-2026, two wage edits.
    expect(all.map((change) => change.kind)).toEqual([
      'AVERAGE_WAGE_SET',
      'AVERAGE_WAGE_SET',
      'CREATED',
      'CREATED',
      'PARAMETERS_ADDED',
      'SEEDED',
    ]);
    const first = await t.gql<{ ruleSetChanges: { nodes: ChangeView[]; nextCursor: string | null } }>(
      CHANGES,
      {
        variables: { first: 3 },
        as: HRSS,
      },
    );
    const cursor = first.data?.ruleSetChanges.nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const second = await t.gql<{ ruleSetChanges: { nodes: ChangeView[]; nextCursor: string | null } }>(
      CHANGES,
      {
        variables: { first: 3, after: cursor },
        as: HRSS,
      },
    );
    expect(second.data?.ruleSetChanges.nodes.map((change) => change.kind)).toEqual([
      'CREATED',
      'PARAMETERS_ADDED',
      'SEEDED',
    ]);
    expect(second.data?.ruleSetChanges.nextCursor).toBeNull();
  });

  it('keeps rule-set revisions and the audit trail append-only in the database', async () => {
    // A plain client: what someone with SQL access would do (and no ORM error logging in the output).
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await expect(client.query(`UPDATE scoring.rule_set_revision SET created_by = 'x'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(client.query('DELETE FROM scoring.rule_set_change')).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});
