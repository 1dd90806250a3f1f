import {
  assess,
  checkRenewal,
  EducationLevel,
  normaliseProfile,
  QualificationLevel,
  RenewalCheckName,
  SH_2017_RULE_SET,
  type ContributionPeriodInput,
  type RenewalResult,
  type ScoreProfileInput,
} from './index';

// Granted on 2024-07-15; renewed on 2025-07-20, so the last 12 months are 2024-07..2025-06
// (2024 months compared with 12,307, 2025 months with 12,434).
const GRANTED_ON = '2024-07-15';
const RENEWED_ON = '2025-07-20';

/** 25,000 a month is ≥ 2× every wage from 2021 to 2025 (2 × 12,434 = 24,868). */
const HIGH_BASE: ContributionPeriodInput[] = [{ from: '2021-07', to: '2025-06', base: 25000 }];

const TITLE_ROUTE: ScoreProfileInput = {
  assessmentDate: GRANTED_ON,
  birthDate: '1990-03-01',
  qualification: QualificationLevel.MID_TITLE,
  shortageMajor: true,
  socialInsurance: HIGH_BASE,
};
const EDUCATION_ROUTE: ScoreProfileInput = {
  assessmentDate: GRANTED_ON,
  birthDate: '1990-03-01',
  education: EducationLevel.BACHELOR_WITH_DEGREE,
  socialInsurance: [{ from: '2021-07', to: '2025-06', base: 5000 }],
};

function renew(granted: ScoreProfileInput, now: Partial<ScoreProfileInput> = {}): RenewalResult {
  const grantedResult = assess(normaliseProfile(granted), SH_2017_RULE_SET);
  const profile = normaliseProfile({ ...granted, assessmentDate: RENEWED_ON, ...now });
  return checkRenewal(profile, SH_2017_RULE_SET, { granted: grantedResult });
}

function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

function check(result: RenewalResult, name: RenewalCheckName): { passed: boolean; reason: string } {
  const found = result.checks.find((candidate) => candidate.check === name);
  if (!found) throw new Error(`no ${name} check in ${result.checks.map((c) => c.check).join(', ')}`);
  return found;
}

describe('checkRenewal', () => {
  it('the granted title route rests on the title, the base bonus and the shortage major', () => {
    const granted = assess(normaliseProfile(TITLE_ROUTE), SH_2017_RULE_SET);
    expect(granted.items.filter((item) => item.counted).map((item) => [item.indicator, item.points])).toEqual(
      [
        ['AGE', 30],
        ['QUALIFICATION', 100],
        ['SOCIAL_INSURANCE_YEARS', 9],
        ['SHORTAGE_MAJOR', 30],
        ['SOCIAL_INSURANCE_BASE', 100],
      ],
    );
  });

  it('passes every check of the title route when nothing changed', () => {
    const result = renew(TITLE_ROUTE);
    expect(result.passed).toBe(true);
    expect(result.checks.map((c) => [c.check, c.passed])).toEqual([
      [RenewalCheckName.SOCIAL_INSURANCE_PAID, true],
      [RenewalCheckName.QUALIFICATION_BASE_CONDITION, true],
      [RenewalCheckName.SOCIAL_INSURANCE_BASE_TIER, true],
      [RenewalCheckName.SOCIAL_INSURANCE_MATCHES_INCOME_TAX, true],
      [RenewalCheckName.POSITION_MATCHES, true],
    ]);
  });

  it('checks only payment and tax for the education route', () => {
    const result = renew(EDUCATION_ROUTE);
    expect(result).toEqual({
      passed: true,
      checks: [
        expect.objectContaining({ check: RenewalCheckName.SOCIAL_INSURANCE_PAID, passed: true }),
        expect.objectContaining({
          check: RenewalCheckName.SOCIAL_INSURANCE_MATCHES_INCOME_TAX,
          passed: true,
        }),
      ],
    });
  });

  it('fails when social insurance was paid only 5 of the last 12 months, passes at 6', () => {
    const five = renew(EDUCATION_ROUTE, {
      socialInsurance: [{ from: '2021-07', to: '2024-11', base: 5000 }],
    });
    expect(five.passed).toBe(false);
    expect(check(five, RenewalCheckName.SOCIAL_INSURANCE_PAID)).toMatchObject({
      passed: false,
      reason: expect.stringContaining('only 5 of the last 12 months paid; 6 needed'),
    });
    const six = renew(EDUCATION_ROUTE, { socialInsurance: [{ from: '2021-07', to: '2024-12', base: 5000 }] });
    expect(check(six, RenewalCheckName.SOCIAL_INSURANCE_PAID).passed).toBe(true);
  });

  it('does not count back-paid months as paid', () => {
    const result = renew(EDUCATION_ROUTE, {
      socialInsurance: [
        { from: '2021-07', to: '2024-12', base: 5000 },
        { from: '2025-01', to: '2025-06', base: 5000, backPaid: true },
      ],
    });
    expect(check(result, RenewalCheckName.SOCIAL_INSURANCE_PAID).passed).toBe(true); // 2024-07..12 = 6
    const fewer = renew(EDUCATION_ROUTE, {
      socialInsurance: [
        { from: '2021-07', to: '2024-07', base: 5000 },
        { from: '2024-08', to: '2025-06', base: 5000, backPaid: true },
      ],
    });
    expect(check(fewer, RenewalCheckName.SOCIAL_INSURANCE_PAID).passed).toBe(false); // only 2024-07
  });

  it('fails the title route when 5 of the last 12 months were at 1× the average wage, passes at 6', () => {
    // 12,000 is below both 12,307 (2024 months) and 12,434 (2025 months); 12,434 is exactly 1× for 2025.
    const atOneTimes = (from: string): ContributionPeriodInput[] => [
      { from: '2021-07', to: '2024-06', base: 25000 },
      { from: '2024-07', to: previousMonth(from), base: 12000 },
      { from, to: '2025-06', base: 12434 },
    ];
    const failing = renew(TITLE_ROUTE, { socialInsurance: atOneTimes('2025-02') });
    expect(check(failing, RenewalCheckName.QUALIFICATION_BASE_CONDITION)).toMatchObject({
      passed: false,
      reason: expect.stringContaining('5 of the last 12 months at ≥1× the average wage; 6 needed'),
    });
    expect(failing.passed).toBe(false);
    const justMet = renew(TITLE_ROUTE, { socialInsurance: atOneTimes('2025-01') });
    expect(check(justMet, RenewalCheckName.QUALIFICATION_BASE_CONDITION).passed).toBe(true);
  });

  it('fails the base bonus when the multiple no longer holds', () => {
    // 25,000 ≥ 2× up to 2024-12; 2025 at 20,000 < 2×12,434 → 42 months at ≥2× in 2021-07..2025-06, still ≥ 36.
    const holds = renew(TITLE_ROUTE, {
      socialInsurance: [
        { from: '2021-07', to: '2024-12', base: 25000 },
        { from: '2025-01', to: '2025-06', base: 20000 },
      ],
    });
    expect(check(holds, RenewalCheckName.SOCIAL_INSURANCE_BASE_TIER).passed).toBe(true);
    // 15,507 = 1.5×10,338 (2021) and 18,651 is between 1× and 2× for 2022–2025: only the 50-point tier holds.
    const dropped = renew(TITLE_ROUTE, {
      socialInsurance: [
        { from: '2021-07', to: '2021-12', base: 15507 },
        { from: '2022-01', to: '2025-06', base: 18651 },
      ],
    });
    expect(check(dropped, RenewalCheckName.SOCIAL_INSURANCE_BASE_TIER)).toMatchObject({
      passed: false,
      reason: expect.stringContaining('the 100-point base bonus no longer holds; now at the 50-point tier'),
    });
  });

  it('fails when a recent month does not match the income-tax base', () => {
    const result = renew(EDUCATION_ROUTE, {
      socialInsurance: [
        { from: '2021-07', to: '2025-02', base: 5000 },
        { from: '2025-03', to: '2025-03', base: 5000, baseMatchesTax: false },
        { from: '2025-04', to: '2025-06', base: 5000 },
      ],
    });
    expect(result.passed).toBe(false);
    expect(check(result, RenewalCheckName.SOCIAL_INSURANCE_MATCHES_INCOME_TAX)).toMatchObject({
      passed: false,
      reason: expect.stringContaining('1 of the last 12 months'),
    });
  });

  it('fails the title route when the title no longer matches the position', () => {
    const result = renew(TITLE_ROUTE, { qualificationMatchesPosition: false });
    expect(result.passed).toBe(false);
    expect(check(result, RenewalCheckName.POSITION_MATCHES)).toMatchObject({
      passed: false,
      reason: expect.stringContaining('the qualification no longer matches the position'),
    });
    expect(renew(EDUCATION_ROUTE, { qualificationMatchesPosition: false }).passed).toBe(true);
  });

  // Issue 14: the shortage-major route read qualificationMatchesPosition, so a holder with no title
  // failed when an unrelated flag was false and passed when the job no longer matched the major.
  it('checks the shortage-major route on the shortage-major match, not on the title', () => {
    const shortageRoute: ScoreProfileInput = { ...EDUCATION_ROUTE, shortageMajor: true };
    const titleFlagOff = renew(shortageRoute, { qualificationMatchesPosition: false });
    expect(check(titleFlagOff, RenewalCheckName.POSITION_MATCHES).passed).toBe(true);
    expect(titleFlagOff.passed).toBe(true);

    const jobChanged = renew(shortageRoute, { shortageMajor: false });
    expect(jobChanged.passed).toBe(false);
    expect(check(jobChanged, RenewalCheckName.POSITION_MATCHES)).toMatchObject({
      passed: false,
      reason: expect.stringContaining('the shortage major no longer matches the position'),
    });
  });

  it('names each route on its own when a title and a shortage major were both granted', () => {
    const result = renew(TITLE_ROUTE, { shortageMajor: false });
    expect(check(result, RenewalCheckName.POSITION_MATCHES)).toMatchObject({
      passed: false,
      reason: expect.stringMatching(/qualification still matches .*shortage major no longer matches/),
    });
  });
});
