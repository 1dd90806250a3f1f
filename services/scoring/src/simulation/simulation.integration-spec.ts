// The public simulation contract (scoring.md), straight to the scoring subgraph. Expected figures are
// worked by hand from the policy text; the comment next to each is the arithmetic.
import {
  errorCodes,
  startSubgraphTestApp,
  type GraphQLResponse,
  type SubgraphTestApp,
} from '@points/testing';
import { AppModule } from '../app.module';
import { MIGRATIONS } from '../migrations';

const SIMULATE = `query Simulate($profile: ScoreProfileInput!) {
  simulateScore(profile: $profile) {
    total standard eligible vetoed ruleSetVersion
    items { indicator points counted note code }
    excludedMonths { month code reasons indicators note }
  }
}`;

interface Item {
  indicator: string;
  points: number;
  counted: boolean;
  note: string | null;
  code: string;
}
interface Simulated {
  simulateScore: {
    total: number;
    standard: number;
    eligible: boolean;
    vetoed: boolean;
    ruleSetVersion: string;
    items: Item[];
    excludedMonths: Array<{
      month: string;
      code: string;
      reasons: string[];
      indicators: string[];
      note: string;
    }>;
  };
}

/** Age 34 on 2024-07-15, 本科+学士, 36 months 2021-07..2024-06 at 5,000 CNY (below 0.8× every year). */
const BASELINE = {
  assessmentDate: '2024-07-15',
  birthDate: '1990-03-01',
  education: 'BACHELOR_WITH_DEGREE',
  socialInsurance: [{ from: '2021-07', to: '2024-06', base: 5000 }],
};

function pointsOf(response: GraphQLResponse<Simulated>): Record<string, number | string> {
  return Object.fromEntries(
    (response.data?.simulateScore.items ?? []).map((item) => [
      item.indicator,
      item.counted ? item.points : `not counted (${item.points})`,
    ]),
  );
}

/** The first error's code, field and rule: what a form needs to mark the field. */
function firstError(response: GraphQLResponse): { code: unknown; field: unknown; rule: unknown } {
  const extensions = response.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, field: extensions.field, rule: extensions.rule };
}

/** `date` plus whole days, "YYYY-MM-DD" (UTC arithmetic on a calendar date). */
function plusDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

describe('simulateScore (public simulation contract)', () => {
  let t: SubgraphTestApp;

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'scoring',
      createModule: (config) => AppModule.forRoot(config),
      migrations: MIGRATIONS,
    });
  });
  afterAll(() => t.close());

  it('scores a profile for anyone, without logging in, with the seeded SH-2017', async () => {
    const res = await t.gql<Simulated>(SIMULATE, { variables: { profile: BASELINE } });
    expect(res.errors).toBeUndefined();
    const result = res.data?.simulateScore;
    // AGE 5 + 2×(56−34) = 49 → cap 30; 本科+学士 90; ⌊36/12⌋ × 3 = 9; base below 0.8× → 0. 30+90+9 = 129.
    expect(pointsOf(res)).toEqual({
      AGE: 30,
      EDUCATION: 90,
      SOCIAL_INSURANCE_YEARS: 9,
      SOCIAL_INSURANCE_BASE: 'not counted (0)',
    });
    expect(result).toMatchObject({
      total: 129,
      standard: 120,
      eligible: true,
      vetoed: false,
      ruleSetVersion: 'SH-2017',
    });
    expect(result?.excludedMonths).toEqual([]);
    // Every item explains itself in Chinese with the English in brackets.
    for (const item of result?.items ?? []) expect(item.note).toMatch(/[\u4e00-\u9fff].*\(.+\)/);
  });

  it('applies the contract defaults when only the two dates are given', async () => {
    const res = await t.gql<Simulated>(SIMULATE, {
      variables: { profile: { assessmentDate: '2024-07-15', birthDate: '1968-07-15' } },
    });
    expect(res.errors).toBeUndefined();
    // Age 56 on the day → 5; no contributions → years listed with 0, not counted; nothing else claimed.
    expect(pointsOf(res)).toEqual({ AGE: 5, SOCIAL_INSURANCE_YEARS: 'not counted (0)' });
    expect(res.data?.simulateScore).toMatchObject({ total: 5, eligible: false });
  });

  it('lists the months that do not count, with the reason, and explains the either-or choice', async () => {
    const res = await t.gql<Simulated>(SIMULATE, {
      variables: {
        profile: {
          ...BASELINE,
          qualification: 'SKILL_3',
          socialInsurance: [
            { from: '2021-07', to: '2021-12', base: 5000, backPaid: true },
            { from: '2022-01', to: '2024-06', base: 5000 },
          ],
        },
      },
    });
    expect(res.errors).toBeUndefined();
    // 36 − 6 back-paid = 30 months → 2 years × 3 = 6; skill level 3 = 60 < 90 → listed, not counted.
    expect(pointsOf(res)).toEqual({
      AGE: 30,
      EDUCATION: 90,
      QUALIFICATION: 'not counted (60)',
      SOCIAL_INSURANCE_YEARS: 6,
      SOCIAL_INSURANCE_BASE: 'not counted (0)',
    });
    expect(res.data?.simulateScore.total).toBe(126); // 30 + 90 + 6
    const excluded = res.data?.simulateScore.excludedMonths ?? [];
    expect(excluded.map((month) => month.month)).toEqual([
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
    ]);
    expect(excluded[0]).toMatchObject({ code: 'BACK_PAID', reasons: ['BACK_PAID'] });
    expect(excluded[0]?.note).toContain('补缴');
    const qualification = res.data?.simulateScore.items.find((item) => item.indicator === 'QUALIFICATION');
    expect(qualification?.code).toBe('QUALIFICATION_NOT_HIGHER');
    expect(qualification?.note).toContain('两项只取其一');
  });

  it('keeps the breakdown of a vetoed profile but never makes it eligible', async () => {
    const res = await t.gql<Simulated>(SIMULATE, {
      variables: { profile: { ...BASELINE, familyPlanningViolation: true } },
    });
    expect(res.data?.simulateScore).toMatchObject({ total: 129, eligible: false, vetoed: true });
    expect(pointsOf(res).VETO).toBe(0);
  });

  const badInputs: Array<{ name: string; profile: Record<string, unknown>; field: string; rule: string }> = [
    {
      name: 'a period whose `to` is before its `from`',
      profile: {
        ...BASELINE,
        socialInsurance: [
          { from: '2020-01', to: '2020-12', base: 5000 },
          { from: '2021-05', to: '2021-01', base: 5000 },
        ],
      },
      field: 'profile.socialInsurance[1].to',
      rule: 'to-not-before-from',
    },
    {
      name: 'overlapping periods',
      profile: {
        ...BASELINE,
        socialInsurance: [
          { from: '2021-01', to: '2021-12', base: 5000 },
          { from: '2021-06', to: '2022-03', base: 6000 },
        ],
      },
      field: 'profile.socialInsurance[1].from',
      rule: 'no-overlap',
    },
    {
      name: 'a negative base',
      profile: { ...BASELINE, socialInsurance: [{ from: '2021-07', to: '2024-06', base: -1 }] },
      field: 'profile.socialInsurance[0].base',
      rule: 'non-negative',
    },
    {
      name: 'a birth date after the assessment date',
      profile: { ...BASELINE, birthDate: '2024-07-16' },
      field: 'profile.birthDate',
      rule: 'not-after-assessment-date',
    },
    {
      name: 'a date that does not exist (30 February)',
      profile: { ...BASELINE, birthDate: '1990-02-30' },
      field: 'profile.birthDate',
      rule: 'real-date',
    },
    {
      name: 'a 29 February in a year that is not a leap year',
      profile: { ...BASELINE, falseMaterialDates: ['2023-02-29'] },
      field: 'profile.falseMaterialDates[0]',
      rule: 'real-date',
    },
    {
      name: 'a month that does not exist',
      profile: { ...BASELINE, socialInsurance: [{ from: '2021-13', to: '2024-06', base: 5000 }] },
      field: 'profile.socialInsurance[0].from',
      rule: 'real-month',
    },
    {
      name: 'a date in another format',
      profile: { ...BASELINE, spouseHukouMarriageDate: '2015/07/15' },
      field: 'profile.spouseHukouMarriageDate',
      rule: 'real-date',
    },
    {
      name: 'an assessment date before 2000',
      profile: { ...BASELINE, assessmentDate: '1999-12-31', birthDate: '1970-01-01', socialInsurance: [] },
      field: 'profile.assessmentDate',
      rule: 'not-before-2000',
    },
  ];

  it.each(badInputs)(
    'refuses $name with BAD_USER_INPUT naming the field',
    async ({ profile, field, rule }) => {
      const res = await t.gql(SIMULATE, { variables: { profile } });
      expect(res.data).toBeNull();
      expect(firstError(res)).toEqual({ code: 'BAD_USER_INPUT', field, rule });
    },
  );

  it('refuses an assessment date more than a year ahead, and accepts exactly a year ahead', async () => {
    // Today in Shanghai (UTC+8, no daylight saving).
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const [year, month, day] = today.split('-');
    // 29 February a year on is 28 February (the same calendar day, clamped).
    const sameDayNextYear = `${Number(year) + 1}-${month}-${month === '02' && day === '29' ? '28' : day}`;
    const profile = { assessmentDate: sameDayNextYear, birthDate: '1990-01-01' };
    expect((await t.gql(SIMULATE, { variables: { profile } })).errors).toBeUndefined();
    const tooFar = await t.gql(SIMULATE, {
      variables: { profile: { ...profile, assessmentDate: plusDays(sameDayNextYear, 1) } },
    });
    expect(firstError(tooFar)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'profile.assessmentDate',
      rule: 'not-more-than-a-year-ahead',
    });
  });

  it('names the field for a bad date written inline in the query, not only in variables', async () => {
    const res = await t.gql(
      `{ simulateScore(profile: { assessmentDate: "2024-07-15", birthDate: "1990-04-31" }) { total } }`,
    );
    expect(firstError(res)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'profile.birthDate',
      rule: 'real-date',
    });
  });

  it('lists every problem in extensions.errors, so a form can mark them all at once', async () => {
    const res = await t.gql(SIMULATE, {
      variables: {
        profile: {
          ...BASELINE,
          birthDate: '1990-02-30',
          socialInsurance: [{ from: '2021-07', to: '2024-06', base: -5 }],
        },
      },
    });
    const errors = res.errors?.[0]?.extensions?.errors as Array<{ field: string }>;
    expect(errors.map((error) => error.field)).toEqual([
      'profile.birthDate',
      'profile.socialInsurance[0].base',
    ]);
  });

  it('refuses a date before the first rule set took effect, naming the assessment date', async () => {
    const res = await t.gql(SIMULATE, {
      variables: { profile: { assessmentDate: '2017-12-31', birthDate: '1990-01-01' } },
    });
    // SH-2017 is in force from 2018-01-01.
    expect(firstError(res)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'profile.assessmentDate',
      rule: 'no-rule-set-in-force',
    });
  });

  it('refuses a value of the wrong GraphQL type before it reaches the engine', async () => {
    const res = await t.gql(SIMULATE, { variables: { profile: { ...BASELINE, education: 'PHD' } } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  // The public simulation is bounded by what one life can hold (scoring.md "Bounds"): each of the
  // hostile profiles issue 16 found (0000-01..9999-12, 10⁹ years of public service, thousands of
  // periods) is BAD_USER_INPUT naming the field, answered quickly and small, never a 500.
  describe('bounds of a life', () => {
    interface Refusal {
      code?: unknown;
      field?: unknown;
      rule?: unknown;
      errors?: unknown[];
      errorCount?: unknown;
    }
    const refusalOf = (res: GraphQLResponse<Simulated>): Refusal => res.errors?.[0]?.extensions ?? {};
    // BASELINE is 34 on its assessment date: the 16th birthday was 2006-03-01.
    const simulate = (profile: Record<string, unknown>) =>
      t.gql<Simulated>(SIMULATE, { variables: { profile: { ...BASELINE, ...profile } } });

    it('refuses contribution months before the 16th birthday, naming the month it starts from', async () => {
      const res = await simulate({ socialInsurance: [{ from: '0000-01', to: '2024-06', base: 5000 }] });
      expect(refusalOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'profile.socialInsurance[0].from',
        rule: 'within-working-life',
      });
      expect(res.errors?.[0]?.message).toContain('2006-03');
      expect(res.data).toBeNull();
    });

    it('refuses contribution months after the assessment month', async () => {
      const res = await simulate({ socialInsurance: [{ from: '2021-07', to: '9999-12', base: 5000 }] });
      expect(refusalOf(res)).toMatchObject({
        field: 'profile.socialInsurance[0].to',
        rule: 'within-working-life',
      });
    });

    it('accepts the first month of the 16th birthday and the assessment month itself', async () => {
      const res = await simulate({ socialInsurance: [{ from: '2006-03', to: '2024-07', base: 5000 }] });
      expect(res.errors).toBeUndefined();
      expect(res.data?.simulateScore.total).toBeGreaterThan(0);
    });

    it('refuses more years of public service or remote work than years since the 16th birthday', async () => {
      // 2006-03-01 → 2024-07-15: 18 full years.
      expect(refusalOf(await simulate({ publicServiceYears: 1_000_000_000 }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'profile.publicServiceYears',
        rule: 'at-most-a-life',
      });
      expect(refusalOf(await simulate({ remoteSuburbYears: 19 }))).toMatchObject({
        field: 'profile.remoteSuburbYears',
        rule: 'at-most-a-life',
      });
      expect((await simulate({ publicServiceYears: 18 })).errors).toBeUndefined();
    });

    it('refuses a year count beyond Int as BAD_USER_INPUT (GraphQL coercion), not a 500', async () => {
      const res = await simulate({ publicServiceYears: 1e10 });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses more than 300 periods with one problem, not one per period', async () => {
      const periods = Array.from({ length: 301 }, () => ({ from: '2021-07', to: '2024-06', base: 5000 }));
      const res = await simulate({ socialInsurance: periods });
      expect(refusalOf(res)).toMatchObject({
        field: 'profile.socialInsurance',
        rule: 'too-many-items',
        errorCount: 1,
      });
    });

    it('lists at most 20 problems of a profile with hundreds, and says how many there are', async () => {
      const periods = Array.from({ length: 300 }, () => ({ from: '2021-07', to: '2024-06', base: -1 }));
      const res = await simulate({ socialInsurance: periods });
      const refusal = refusalOf(res);
      expect(refusal.errors).toHaveLength(20);
      expect(refusal.errorCount).toBeGreaterThan(300);
      expect(JSON.stringify(res).length).toBeLessThan(20_000);
    });
  });

  describe('canApply beside eligible (第二条, 第十三条) and 合理对应 (第七条(五))', () => {
    const CAN_APPLY_QUERY = `query Simulate($profile: ScoreProfileInput!) {
      simulateScore(profile: $profile) { total eligible canApply unmetConditions { condition code note } }
    }`;
    const FACTS = {
      residencePermitIssuedOn: '2024-04-01',
      residencePermitValidUntil: '2025-03-31',
      employerKind: 'SHANGHAI_REGISTERED',
      employmentStartDate: '2021-07-01',
    };

    it('a 26-year-old doctor with no Shanghai social insurance: 140, eligible, cannot apply, with the reason', async () => {
      const res = await t.gql<{ simulateScore: Record<string, unknown> }>(CAN_APPLY_QUERY, {
        variables: {
          profile: { assessmentDate: '2024-07-15', birthDate: '1998-03-01', education: 'DOCTOR', ...FACTS },
        },
      });
      expect(res.errors).toBeUndefined();
      // age 26 → 65 → capped at 30; doctor 110: 140.
      expect(res.data?.simulateScore).toEqual({
        total: 140,
        eligible: true,
        canApply: false,
        unmetConditions: [
          {
            condition: 'SOCIAL_INSURANCE_MONTHS',
            code: 'SOCIAL_INSURANCE_TOO_FEW_MONTHS',
            note: expect.stringContaining('不满 6 个月'),
          },
        ],
      });
    });

    it('says the staff of an out-of-town branch cannot apply, and a holder with every fact can', async () => {
      const branch = await t.gql<{
        simulateScore: { canApply: boolean; unmetConditions: Array<{ code: string }> };
      }>(CAN_APPLY_QUERY, {
        variables: { profile: { ...BASELINE, ...FACTS, employerKind: 'OUT_OF_TOWN_BRANCH' } },
      });
      expect(branch.data?.simulateScore.canApply).toBe(false);
      expect(branch.data?.simulateScore.unmetConditions.map((c) => c.code)).toEqual([
        'EMPLOYER_OUT_OF_TOWN_BRANCH',
      ]);
      const ok = await t.gql<{ simulateScore: Record<string, unknown> }>(CAN_APPLY_QUERY, {
        variables: { profile: { ...BASELINE, ...FACTS } },
      });
      expect(ok.data?.simulateScore).toEqual({
        total: 129,
        eligible: true,
        canApply: true,
        unmetConditions: [],
      });
    });

    it('refuses a permit that ends before it starts as BAD_USER_INPUT naming the field', async () => {
      const res = await t.gql(CAN_APPLY_QUERY, {
        variables: {
          profile: {
            ...BASELINE,
            residencePermitIssuedOn: '2024-04-01',
            residencePermitValidUntil: '2024-03-01',
          },
        },
      });
      expect(firstError(res)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'profile.residencePermitValidUntil',
        rule: 'not-before-start',
      });
    });

    it('gives a 3× earner at the contribution ceiling the 120-point tier when the taxed income is higher', async () => {
      // Ceilings = 3 × the wage of the year before: 2021 31,014 · 2022 34,188 · 2023 36,549 · 2024 36,921.
      const atCeiling = [
        { from: '2021-07', to: '2021-12', base: 31014, incomeTaxBase: 55000 },
        { from: '2022-01', to: '2022-12', base: 34188, incomeTaxBase: 55000 },
        { from: '2023-01', to: '2023-12', base: 36549, incomeTaxBase: 55000 },
        { from: '2024-01', to: '2024-06', base: 36921, incomeTaxBase: 55000 },
      ];
      const res = await t.gql<Simulated>(SIMULATE, {
        variables: { profile: { ...BASELINE, socialInsurance: atCeiling } },
      });
      expect(res.errors).toBeUndefined();
      // 30 + 90 + 9 + 120 = 249; no month excluded.
      expect(pointsOf(res)['SOCIAL_INSURANCE_BASE']).toBe(120);
      expect(res.data?.simulateScore.total).toBe(249);
      expect(res.data?.simulateScore.excludedMonths).toEqual([]);

      // A base 20 % under the taxed income and not at the ceiling: excluded, with both amounts.
      const under = await t.gql<Simulated>(SIMULATE, {
        variables: {
          profile: {
            ...BASELINE,
            socialInsurance: [{ from: '2021-07', to: '2024-06', base: 12307, incomeTaxBase: 15400 }],
          },
        },
      });
      const months = under.data?.simulateScore.excludedMonths ?? [];
      expect(months).toHaveLength(36);
      expect(months[0]).toMatchObject({
        month: '2021-07',
        code: 'BASE_NOT_TAX_BASE',
        indicators: ['SOCIAL_INSURANCE_BASE'],
      });
      expect(months[0]?.note).toContain('个税申报收入 15,400 元');
    });
  });
});
