// canApply (第二条, 第十三条, page 004), worked by hand. Assessment date 2024-07-15, so the application
// month is 2024-07 and "months before the assessment month" end with 2024-06.
import { assess } from './assess';
import { normaliseProfile } from './score-profile.normaliser';
import { EducationLevel, EmployerKind, type ScoreProfileInput } from './score-profile.types';
import { ApplyCondition, type ScoreResult } from './score-result.types';
import { SH_2017_RULE_SET } from './sh-2017.rule-set';

/** Every condition met: permit to 2025-03-31, 36 months of insurance, employed since 2021, Shanghai employer. */
const CAN_APPLY: ScoreProfileInput = {
  assessmentDate: '2024-07-15',
  birthDate: '1990-03-01',
  education: EducationLevel.BACHELOR_WITH_DEGREE,
  socialInsurance: [{ from: '2021-07', to: '2024-06', base: 5000 }],
  residencePermitIssuedOn: '2024-04-01',
  residencePermitValidUntil: '2025-03-31',
  employerKind: EmployerKind.SHANGHAI_REGISTERED,
  employmentStartDate: '2021-07-01',
  employmentEndDate: null,
};

function run(change: Partial<ScoreProfileInput>): ScoreResult {
  return assess(normaliseProfile({ ...CAN_APPLY, ...change }), SH_2017_RULE_SET);
}

function unmetCodes(change: Partial<ScoreProfileInput>): string[] {
  return run(change).unmetConditions.map((condition) => condition.code);
}

describe('canApply: may the holder apply at all (第二条, 第十三条)', () => {
  it('holds when every condition is shown and met, beside an eligible score', () => {
    const result = run({});
    expect(result).toMatchObject({ total: 129, eligible: true, canApply: true, unmetConditions: [] });
  });

  // Issue 14: "a doctor aged 26 with no Shanghai social insurance scores 140 and is eligible".
  it('a 26-year-old doctor with no Shanghai social insurance scores 140, is eligible, and cannot apply', () => {
    const result = run({ birthDate: '1998-03-01', education: EducationLevel.DOCTOR, socialInsurance: [] });
    // age 26: 5 + 2 × (56 − 26) = 65 → capped at 30; doctor 110; no months → years 0. 30 + 110 = 140.
    expect(result.total).toBe(140);
    expect(result.eligible).toBe(true);
    expect(result.canApply).toBe(false);
    expect(result.unmetConditions).toEqual([
      {
        condition: ApplyCondition.SOCIAL_INSURANCE_MONTHS,
        code: 'SOCIAL_INSURANCE_TOO_FEW_MONTHS',
        note: expect.stringContaining('参加本市职工社会保险 0 个月'),
      },
    ]);
    expect(result.unmetConditions[0]?.note).toContain('不满 6 个月');
  });

  it('counts 6 months before the application month as enough and 5 as too few', () => {
    expect(unmetCodes({ socialInsurance: [{ from: '2024-01', to: '2024-06', base: 5000 }] })).toEqual([]);
    expect(unmetCodes({ socialInsurance: [{ from: '2024-02', to: '2024-06', base: 5000 }] })).toEqual([
      'SOCIAL_INSURANCE_TOO_FEW_MONTHS',
    ]);
  });

  it('does not count the application month itself, nor a back-paid month', () => {
    // 2024-02..2024-07: 6 months, but 2024-07 is the application month → 5.
    expect(unmetCodes({ socialInsurance: [{ from: '2024-02', to: '2024-07', base: 5000 }] })).toEqual([
      'SOCIAL_INSURANCE_TOO_FEW_MONTHS',
    ]);
    // 2024-01..06 with January back-paid → 5.
    expect(
      unmetCodes({
        socialInsurance: [
          { from: '2024-01', to: '2024-01', base: 5000, backPaid: true },
          { from: '2024-02', to: '2024-06', base: 5000 },
        ],
      }),
    ).toEqual(['SOCIAL_INSURANCE_TOO_FEW_MONTHS']);
    // A month paid by another employer is still Shanghai employee social insurance: 6.
    expect(
      unmetCodes({
        socialInsurance: [
          { from: '2024-01', to: '2024-01', base: 5000, payerMatchesContract: false },
          { from: '2024-02', to: '2024-06', base: 5000 },
        ],
      }),
    ).toEqual([]);
  });

  it('needs a permit valid on the assessment date, both ends inclusive', () => {
    expect(unmetCodes({ residencePermitValidUntil: '2024-07-15' })).toEqual([]);
    expect(unmetCodes({ residencePermitIssuedOn: '2024-07-15' })).toEqual([]);
    expect(unmetCodes({ residencePermitValidUntil: '2024-07-14' })).toEqual(['RESIDENCE_PERMIT_EXPIRED']);
    expect(unmetCodes({ residencePermitIssuedOn: '2024-07-16' })).toEqual(['RESIDENCE_PERMIT_NOT_YET_VALID']);
    expect(unmetCodes({ residencePermitIssuedOn: null, residencePermitValidUntil: null })).toEqual([
      'RESIDENCE_PERMIT_NOT_SHOWN',
    ]);
    expect(run({ residencePermitValidUntil: '2024-07-14' }).unmetConditions[0]?.note).toContain('2024-07-14');
  });

  it('needs employment on some day of the application month (2024-07)', () => {
    expect(unmetCodes({ employmentStartDate: '2024-07-31' })).toEqual([]);
    expect(unmetCodes({ employmentEndDate: '2024-07-01' })).toEqual([]);
    expect(unmetCodes({ employmentStartDate: '2024-08-01' })).toEqual(['EMPLOYMENT_NOT_STARTED']);
    expect(unmetCodes({ employmentEndDate: '2024-06-30' })).toEqual(['EMPLOYMENT_ENDED']);
    expect(unmetCodes({ employmentStartDate: null })).toEqual(['EMPLOYMENT_NOT_SHOWN']);
  });

  it('refuses the staff of out-of-town branches and of out-of-town offices in Shanghai (page 004)', () => {
    expect(unmetCodes({ employerKind: EmployerKind.OUT_OF_TOWN_BRANCH })).toEqual([
      'EMPLOYER_OUT_OF_TOWN_BRANCH',
    ]);
    expect(unmetCodes({ employerKind: EmployerKind.OUT_OF_TOWN_REPRESENTATIVE_OFFICE })).toEqual([
      'EMPLOYER_OUT_OF_TOWN_REPRESENTATIVE_OFFICE',
    ]);
    expect(run({ employerKind: EmployerKind.OUT_OF_TOWN_BRANCH }).unmetConditions[0]?.note).toContain(
      '本市单位在外省市设立的分支机构',
    );
    expect(unmetCodes({ employerKind: null })).toEqual(['EMPLOYER_KIND_NOT_SHOWN']);
  });

  it('names every unmet condition, in order, when the simulation gives none of the facts', () => {
    const result = assess(
      normaliseProfile({ assessmentDate: '2024-07-15', birthDate: '1990-03-01' }),
      SH_2017_RULE_SET,
    );
    expect(result.canApply).toBe(false);
    expect(result.unmetConditions.map((condition) => condition.condition)).toEqual([
      ApplyCondition.RESIDENCE_PERMIT_VALID,
      ApplyCondition.SOCIAL_INSURANCE_MONTHS,
      ApplyCondition.EMPLOYED_IN_APPLICATION_MONTH,
      ApplyCondition.EMPLOYER_MAY_FILE,
    ]);
  });

  it('keeps eligible and canApply independent: a vetoed holder may apply yet is not eligible', () => {
    expect(run({ familyPlanningViolation: true })).toMatchObject({
      eligible: false,
      vetoed: true,
      canApply: true,
    });
    // 11 months: 30 + 90 + 0 = 120 → eligible; 11 ≥ 6 → may apply.
    expect(run({ socialInsurance: [{ from: '2023-08', to: '2024-06', base: 5000 }] })).toMatchObject({
      total: 120,
      eligible: true,
      canApply: true,
    });
  });

  it('uses the rule set’s number of months (data, not code)', () => {
    const twelve = {
      ...SH_2017_RULE_SET,
      eligibility: { ...SH_2017_RULE_SET.eligibility!, minSocialInsuranceMonths: 12 },
    };
    const result = assess(
      normaliseProfile({ ...CAN_APPLY, socialInsurance: [{ from: '2023-08', to: '2024-06', base: 5000 }] }),
      twelve,
    );
    expect(result.unmetConditions.map((condition) => condition.code)).toEqual([
      'SOCIAL_INSURANCE_TOO_FEW_MONTHS',
    ]);
    expect(result.unmetConditions[0]?.note).toContain('不满 12 个月');
  });
});
