import {
  assess,
  AwardLevel,
  EducationLevel,
  MonthExclusionReason,
  normaliseProfile,
  QualificationLevel,
  ruleSetSchema,
  ScoreIndicator,
  SH_2017_RULE_SET,
  SH_2017_REVISION_1,
  type RuleSet,
  type ScoreItem,
  type ScoreProfileInput,
  type ScoreResult,
} from './index';

const BASE_INPUT: ScoreProfileInput = {
  assessmentDate: '2024-07-15',
  birthDate: '1989-07-15',
  education: EducationLevel.BACHELOR_WITH_DEGREE,
  socialInsurance: [{ from: '2021-07', to: '2024-06', base: 5000 }],
};

function run(change: Partial<ScoreProfileInput> = {}, ruleSet: RuleSet = SH_2017_RULE_SET): ScoreResult {
  return assess(normaliseProfile({ ...BASE_INPUT, ...change }), ruleSet);
}

function itemOf(result: ScoreResult, indicator: ScoreIndicator): ScoreItem {
  const item = result.items.find((candidate) => candidate.indicator === indicator);
  if (!item) throw new Error(`no ${indicator} item in ${result.items.map((i) => i.indicator).join(', ')}`);
  return item;
}

describe('assess: which items are listed', () => {
  it('lists age and social-insurance years even for an empty profile, and nothing unclaimed', () => {
    const result = run({ education: undefined, socialInsurance: [] });
    expect(result.items.map((item) => item.indicator)).toEqual([
      ScoreIndicator.AGE,
      ScoreIndicator.SOCIAL_INSURANCE_YEARS,
    ]);
    expect(itemOf(result, ScoreIndicator.SOCIAL_INSURANCE_YEARS)).toMatchObject({
      points: 0,
      counted: false,
    });
    expect(result.excludedMonths).toEqual([]);
  });

  it('lists every claimed indicator in the order of the indicator system', () => {
    const result = run({
      qualification: QualificationLevel.SKILL_4,
      entrepreneur: true,
      innovationIntermediary: true,
      shortageMajor: true,
      averageAnnualTaxCny: 100_000,
      averageAnnualLocalHires: 10,
      publicServiceYears: 1,
      remoteSuburbYears: 1,
      freshGraduate: true,
      awards: [AwardLevel.MUNICIPAL_SPECIAL],
      spouseHukouMarriageDate: '2020-01-01',
      falseMaterialDates: ['2010-01-01'],
      administrativeDetentionDates: ['2010-01-01'],
      criminalRecordDates: ['2010-01-01'],
      seriousCriminalRecord: true,
    });
    expect(result.items.map((item) => item.indicator)).toEqual(Object.values(ScoreIndicator));
  });

  it('gives every item an integer number of points, a code and a bilingual note', () => {
    const result = run({ awards: [AwardLevel.NATIONAL], averageAnnualTaxCny: 123_456.78 });
    for (const item of result.items) {
      expect(Number.isInteger(item.points)).toBe(true);
      expect(item.code).toMatch(/^[A-Z0-9_]+$/);
      expect(item.note).toMatch(/[\u4e00-\u9fff].*\(.*[a-z].*\)/);
    }
  });
});

describe('assess: notes say why', () => {
  it('states the age and its points', () => {
    expect(itemOf(run({ birthDate: '1969-07-15' }), ScoreIndicator.AGE)).toMatchObject({
      points: 7,
      code: 'AGE_BELOW_BASE_BAND',
      note: '年龄 55 周岁，得 7 分 (age 55: 7 points)',
    });
    const capped = itemOf(run(), ScoreIndicator.AGE);
    expect(capped.code).toBe('AGE_CAPPED');
    expect(capped.note).toContain('capped at 30');
  });

  it('says how many months a title had at 1× when the condition is not met', () => {
    const result = run({
      education: EducationLevel.NONE,
      qualification: QualificationLevel.MID_TITLE,
      socialInsurance: [
        { from: '2021-07', to: '2024-03', base: 5000 },
        { from: '2024-04', to: '2024-06', base: 20000 },
      ],
    });
    const item = itemOf(result, ScoreIndicator.QUALIFICATION);
    expect(item).toMatchObject({ points: 0, counted: false, code: 'QUALIFICATION_BASE_CONDITION_NOT_MET' });
    expect(item.note).toContain('近12个月中至少6个月社保基数≥1倍');
    expect(item.note).toContain('仅 3 个月');
    expect(item.note).toContain('needs 6 of the last 12 months at ≥1× the average wage; only 3');
  });

  it('says a qualification that does not match the position gets nothing', () => {
    const item = itemOf(
      run({ qualification: QualificationLevel.SKILL_3, qualificationMatchesPosition: false }),
      ScoreIndicator.QUALIFICATION,
    );
    expect(item).toMatchObject({ counted: false, code: 'QUALIFICATION_POSITION_MISMATCH' });
    expect(item.note).toContain('does not match the position');
  });

  it('says which of an either-or pair counts and why the other does not', () => {
    const result = run({ qualification: QualificationLevel.SKILL_3 });
    expect(itemOf(result, ScoreIndicator.EDUCATION).counted).toBe(true);
    const lower = itemOf(result, ScoreIndicator.QUALIFICATION);
    expect(lower).toMatchObject({ points: 60, counted: false, code: 'QUALIFICATION_NOT_HIGHER' });
    expect(lower.note).toContain('两项只取其一');
    expect(lower.note).toContain('not higher than education at 90 points');
  });

  it('says how far each social-insurance-base tier is from being met', () => {
    const item = itemOf(run(), ScoreIndicator.SOCIAL_INSURANCE_BASE);
    expect(item.code).toBe('SOCIAL_INSURANCE_BASE_NO_TIER_MET');
    expect(item.note).toContain('0 of 36 months at ≥0.8× in 4 years');
    expect(item.note).toContain('0 of 24 months at ≥3× in 3 years');
  });

  it('shows amounts as people write them and says what the minimum is', () => {
    const item = itemOf(run({ averageAnnualTaxCny: 99_999 }), ScoreIndicator.INVESTMENT_TAX);
    expect(item).toMatchObject({ points: 0, counted: false, code: 'INVESTMENT_TAX_BELOW_MINIMUM' });
    expect(item.note).toContain('99,999 CNY by share is below 100,000 CNY');
    const capped = itemOf(run({ averageAnnualTaxCny: 1_534_567.5 }), ScoreIndicator.INVESTMENT_TAX);
    expect(capped).toMatchObject({ points: 120, code: 'INVESTMENT_TAX_CAPPED' });
    expect(capped.note).toContain('1,534,567.5 CNY by share: 10 per full 100,000 CNY = 150');
    expect(capped.note).toContain('capped at 120');
  });

  it('names the window start of a deduction that is too old to count', () => {
    const item = itemOf(
      run({ administrativeDetentionDates: ['2019-07-14'] }),
      ScoreIndicator.ADMINISTRATIVE_DETENTION,
    );
    expect(item).toMatchObject({
      points: 0,
      counted: false,
      code: 'ADMINISTRATIVE_DETENTION_OUTSIDE_WINDOW',
    });
    expect(item.note).toContain('2019-07-15');
  });

  it('names the veto reason', () => {
    const item = itemOf(run({ familyPlanningViolation: true }), ScoreIndicator.VETO);
    expect(item.code).toBe('VETO_FAMILY_PLANNING_VIOLATION');
    expect(item.note).toContain('计划生育');
    expect(item.note).toContain('family-planning');
  });
});

describe('assess: excluded social-insurance months', () => {
  it('lists each month that does not count, with its reasons and the indicators it misses', () => {
    const result = run({
      socialInsurance: [
        { from: '2021-07', to: '2021-08', base: 5000, backPaid: true },
        { from: '2021-09', to: '2021-09', base: 5000, payerMatchesContract: false, baseMatchesTax: false },
        { from: '2021-10', to: '2024-06', base: 5000 },
        { from: '2024-07', to: '2024-07', base: 5000 },
      ],
    });
    expect(
      result.excludedMonths.map(({ month, code, reasons, indicators }) => ({
        month,
        code,
        reasons,
        indicators,
      })),
    ).toEqual([
      {
        month: '2021-07',
        code: MonthExclusionReason.BACK_PAID,
        reasons: [MonthExclusionReason.BACK_PAID],
        indicators: [ScoreIndicator.SOCIAL_INSURANCE_YEARS, ScoreIndicator.SOCIAL_INSURANCE_BASE],
      },
      {
        month: '2021-08',
        code: MonthExclusionReason.BACK_PAID,
        reasons: [MonthExclusionReason.BACK_PAID],
        indicators: [ScoreIndicator.SOCIAL_INSURANCE_YEARS, ScoreIndicator.SOCIAL_INSURANCE_BASE],
      },
      {
        month: '2021-09',
        code: MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER,
        reasons: [MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER, MonthExclusionReason.BASE_NOT_TAX_BASE],
        indicators: [ScoreIndicator.SOCIAL_INSURANCE_YEARS, ScoreIndicator.SOCIAL_INSURANCE_BASE],
      },
      {
        month: '2024-07',
        code: MonthExclusionReason.NOT_BEFORE_ASSESSMENT_MONTH,
        reasons: [MonthExclusionReason.NOT_BEFORE_ASSESSMENT_MONTH],
        indicators: [ScoreIndicator.SOCIAL_INSURANCE_YEARS, ScoreIndicator.SOCIAL_INSURANCE_BASE],
      },
    ]);
    expect(result.excludedMonths[0]?.note).toContain('补缴');
    expect(result.excludedMonths[0]?.note).toContain('back-paid');
    // 36 months entered before the assessment month, 3 excluded → 33 → 2 full years.
    expect(itemOf(result, ScoreIndicator.SOCIAL_INSURANCE_YEARS)).toMatchObject({ points: 6 });
    expect(itemOf(result, ScoreIndicator.SOCIAL_INSURANCE_YEARS).note).toContain('另有 3 个月');
  });

  it('keeps a base ≠ tax month in the years and out of the base bonus', () => {
    const result = run({
      socialInsurance: [
        { from: '2021-07', to: '2021-07', base: 5000, baseMatchesTax: false },
        { from: '2021-08', to: '2024-06', base: 5000 },
      ],
    });
    expect(result.excludedMonths).toEqual([
      expect.objectContaining({ month: '2021-07', indicators: [ScoreIndicator.SOCIAL_INSURANCE_BASE] }),
    ]);
    expect(itemOf(result, ScoreIndicator.SOCIAL_INSURANCE_YEARS).points).toBe(9);
  });

  it('marks months as excluded from the title condition only when the title needs it', () => {
    const periods = [
      { from: '2021-07', to: '2024-05', base: 5000 },
      { from: '2024-06', to: '2024-06', base: 5000, backPaid: true },
    ];
    const withTitle = run({ qualification: QualificationLevel.SENIOR_TITLE, socialInsurance: periods });
    const without = run({ socialInsurance: periods });
    expect(withTitle.excludedMonths[0]?.indicators).toContain(ScoreIndicator.QUALIFICATION);
    expect(without.excludedMonths[0]?.indicators).not.toContain(ScoreIndicator.QUALIFICATION);
  });
});

describe('assess: reproducible and pure', () => {
  const everything: Partial<ScoreProfileInput> = {
    qualification: QualificationLevel.MID_TITLE,
    socialInsurance: [
      { from: '2020-01', to: '2022-12', base: 25000 },
      { from: '2023-01', to: '2024-06', base: 30000, backPaid: false },
    ],
    averageAnnualTaxCny: 450_000,
    averageAnnualLocalHires: 30,
    awards: [AwardLevel.MUNICIPAL_COMPREHENSIVE],
    spouseHukouMarriageDate: '2018-02-28',
    criminalRecordDates: ['2022-02-02'],
  };

  it('gives a deep-equal result for the same profile and rule set', () => {
    expect(run(everything)).toEqual(run(everything));
  });

  it('gives the same result with the rule set read back from JSON (as stored in PostgreSQL)', () => {
    const stored = ruleSetSchema.parse(JSON.parse(JSON.stringify(SH_2017_RULE_SET)));
    expect(run(everything, stored)).toEqual(run(everything));
  });

  it('does not depend on the order the periods are entered in', () => {
    const reversed = { ...everything, socialInsurance: [...(everything.socialInsurance ?? [])].reverse() };
    expect(run(reversed)).toEqual(run(everything));
  });

  it('does not modify the profile', () => {
    const profile = normaliseProfile({ ...BASE_INPUT, ...everything });
    const before = JSON.stringify(profile);
    assess(Object.freeze(profile), SH_2017_RULE_SET);
    expect(JSON.stringify(profile)).toBe(before);
  });

  it('counts a month once even if two periods overlap (validateProfile rejects that input)', () => {
    const result = run({
      socialInsurance: [
        { from: '2021-07', to: '2024-06', base: 5000 },
        { from: '2024-01', to: '2024-06', base: 5000 },
      ],
    });
    expect(itemOf(result, ScoreIndicator.SOCIAL_INSURANCE_YEARS).points).toBe(9);
  });

  it('refuses an unparsable date instead of guessing (validate first)', () => {
    expect(() => run({ assessmentDate: '2024-02-30' })).toThrow(RangeError);
  });
});

describe('assess: the numbers come from the rule set', () => {
  it('follows a rule set with other numbers without code changes', () => {
    const changed: RuleSet = {
      ...SH_2017_RULE_SET,
      version: 'SH-TEST',
      standard: 100,
      publicService: { pointsPerYear: 4, minYears: 5, maxPoints: 24 },
    };
    const result = run({ education: EducationLevel.BACHELOR, publicServiceYears: 8 }, changed);
    expect(itemOf(result, ScoreIndicator.PUBLIC_SERVICE)).toMatchObject({
      points: 24,
      code: 'PUBLIC_SERVICE_CAPPED',
    });
    // 30 + 60 + 9 + 24 = 123 ≥ 100
    expect(result).toMatchObject({ total: 123, standard: 100, eligible: true, ruleSetVersion: 'SH-TEST' });
  });

  it('compares months before the wage table starts with its earliest entry', () => {
    // 2015 months would use the 2014 wage, which the table lacks → earliest entry (2015: 5,939).
    const result = run({
      assessmentDate: '2015-07-15',
      education: EducationLevel.NONE,
      qualification: QualificationLevel.SKILL_2,
      socialInsurance: [{ from: '2015-01', to: '2015-06', base: 5939 }],
    });
    expect(itemOf(result, ScoreIndicator.QUALIFICATION)).toMatchObject({ points: 100, counted: true });
  });

  it('completes a year of age for a 29 February birthday on 1 March in a common year', () => {
    const age = (birthDate: string, assessmentDate: string): number =>
      itemOf(run({ birthDate, assessmentDate }), ScoreIndicator.AGE).points;
    expect(age('1960-02-29', '2021-02-28')).toBe(5); // still 60
    expect(age('1960-02-29', '2021-03-01')).toBe(0); // 61
    expect(age('1968-02-29', '2024-02-28')).toBe(7); // still 55
    expect(age('1968-02-29', '2024-02-29')).toBe(5); // 56 on the day in a leap year
  });
});

describe('合理对应: the reason on each excluded month', () => {
  it('gives both amounts, the tolerance and the ceiling of the year', () => {
    const result = assess(
      normaliseProfile({
        assessmentDate: '2024-07-15',
        birthDate: '1990-03-01',
        socialInsurance: [{ from: '2024-05', to: '2024-06', base: 12307, incomeTaxBase: 14000 }],
      }),
      SH_2017_RULE_SET,
    );
    expect(result.excludedMonths.map((month) => month.month)).toEqual(['2024-05', '2024-06']);
    const [may] = result.excludedMonths;
    expect(may).toMatchObject({ code: 'BASE_NOT_TAX_BASE', indicators: ['SOCIAL_INSURANCE_BASE'] });
    // 2024 ceiling: 3 × 12,307 (the 2023 wage) = 36,921.
    expect(may?.note).toContain('社保基数 12,307 元，个税申报收入 14,000 元，相差超过 10%');
    expect(may?.note).toContain('36,921');
  });

  it('keeps a month without an income-tax base on its baseMatchesTax flag', () => {
    const result = assess(
      normaliseProfile({
        assessmentDate: '2024-07-15',
        birthDate: '1990-03-01',
        socialInsurance: [{ from: '2024-06', to: '2024-06', base: 12307, baseMatchesTax: false }],
      }),
      SH_2017_RULE_SET,
    );
    expect(result.excludedMonths).toHaveLength(1);
    expect(result.excludedMonths[0]?.note).not.toContain('个税申报收入');
  });

  it('scores a revision stored before the rule existed as before: equal to the fen, no ceiling', () => {
    const profile = normaliseProfile({
      assessmentDate: '2024-07-15',
      birthDate: '1990-03-01',
      socialInsurance: [{ from: '2021-07', to: '2024-06', base: 36921, incomeTaxBase: 60000 }],
    });
    expect(assess(profile, SH_2017_REVISION_1).excludedMonths).toHaveLength(36);
    expect(assess(profile, SH_2017_RULE_SET).excludedMonths).toHaveLength(0);
  });
});
