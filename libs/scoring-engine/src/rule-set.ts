// A rule set is every number of the indicator system (积分指标体系) as plain data, so that HRSS can
// publish a new version (动态调整, policy article 23) without a code change, store it as JSON, and
// reproduce an old decision with the version it used. No functions in here, on purpose.
import { z } from 'zod';
import { compareIsoDates, isIsoDate, type IsoDate } from './dates.util';
import { AwardLevel, EducationLevel, EmployerKind, QualificationLevel } from './score-profile.types';
import { MonthExclusionReason } from './score-result.types';

/** The contribution flags a rule set may exclude a month for (the assessment-month cut is fixed). */
export type ContributionExclusion =
  | MonthExclusionReason.BACK_PAID
  | MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER
  | MonthExclusionReason.BASE_NOT_TAX_BASE;

export type ScoredEducationLevel = Exclude<EducationLevel, EducationLevel.NONE>;
export type ScoredQualificationLevel = Exclude<QualificationLevel, QualificationLevel.NONE>;

/** "N per full unit, from a minimum, at most a cap" — the shape of several bonuses. */
export interface SteppedBonusRule {
  /** Below this the bonus is 0 (e.g. 100,000 CNY of yearly tax). */
  minimum: number;
  /** Size of one step (e.g. 100,000 CNY, 10 hires). */
  step: number;
  pointsPerStep: number;
  maxPoints: number;
}

/** "N per full year, counted only from a minimum of full years, at most a cap (null: no cap)". */
export interface YearlyBonusRule {
  pointsPerYear: number;
  minYears: number;
  maxPoints: number | null;
}

export interface RecordDeductionRule {
  /** Deducted for each record inside the window (a positive number). */
  pointsPerRecord: number;
  /** A record counts when its date is on or after the assessment date minus this many years. */
  windowYears: number;
}

export interface SocialInsuranceBaseTier {
  points: number;
  /** The month's base must be at least this multiple of the average wage of the year before. */
  minWageRatio: number;
  /** The window: the windowYears × 12 months that end with the month before the assessment month. */
  windowYears: number;
  /** Counting months needed inside the window (累计, not consecutive). */
  minMonths: number;
}

/** A value per calendar year (wages, ceilings), monthly CNY. */
export interface YearlyAmount {
  year: number;
  monthlyCny: number;
}

/** 第二条 / 第十三条 and page 004: who may apply at all (`canApply`). */
export interface EligibilityRule {
  /** 参加本市职工社会保险满6个月: months before the assessment month. */
  minSocialInsuranceMonths: number;
  /** Months that are not participation for this count (补缴). */
  socialInsuranceExcludedWhen: ContributionExclusion[];
  /** Employers whose staff may not apply (本市单位在外省市设立的分支机构, 外省市在沪派出机构). */
  excludedEmployerKinds: EmployerKind[];
}

/**
 * 职工社会保险缴费基数与个人所得税缴费基数合理对应 (第七条(五)), for months that carry their income-tax
 * base: they correspond when equal within `relativeTolerance` of the income-tax base, or when the
 * contribution base is at that year's ceiling and the taxed income is higher (the base cannot go
 * above the ceiling, so a 3× earner's base is the ceiling).
 */
export interface IncomeTaxMatchRule {
  /** |base − income-tax base| ≤ relativeTolerance × income-tax base (0.1 = 10 %). */
  relativeTolerance: number;
  /**
   * 本市职工社会保险缴费基数上限 for the months of each calendar year; a year without an entry uses the
   * latest earlier one (the earliest before the table starts).
   */
  contributionCeiling: YearlyAmount[];
}

export interface RuleSet {
  version: string;
  /** First assessment date this version applies to. */
  effectiveFrom: IsoDate;
  /** 标准分值 */
  standard: number;
  age: {
    /** Points in the base band (56–60: 5). */
    bandPoints: number;
    bandFromAge: number;
    bandToAge: number;
    /** Added for each year younger than the band. */
    pointsPerYearYounger: number;
    maxPoints: number;
    /** Points above the band (over 60). */
    pointsAboveBand: number;
  };
  education: Record<ScoredEducationLevel, number>;
  qualification: {
    points: Record<ScoredQualificationLevel, number>;
    /** Levels that need enough months at a high enough base in the recent window (职称、技能二级及以上). */
    baseCondition: {
      levels: ScoredQualificationLevel[];
      windowMonths: number;
      minMonths: number;
      minWageRatio: number;
      excludedWhen: ContributionExclusion[];
    };
  };
  socialInsuranceYears: {
    pointsPerYear: number;
    maxPoints: number | null;
    excludedWhen: ContributionExclusion[];
  };
  entrepreneur: { points: number };
  innovationIntermediary: { points: number };
  shortageMajor: { points: number };
  /** 投资纳税: average yearly tax, CNY, by the holder's share. */
  investmentTax: SteppedBonusRule;
  /** 带动本地就业: average yearly Shanghai-hukou hires. */
  localEmployment: SteppedBonusRule;
  socialInsuranceBase: {
    /** The highest tier that holds counts. */
    tiers: SocialInsuranceBaseTier[];
    excludedWhen: ContributionExclusion[];
  };
  publicService: YearlyBonusRule;
  remoteSuburb: YearlyBonusRule;
  freshGraduate: { points: number };
  award: { points: Record<AwardLevel, number>; maxPoints: number };
  spouseHukou: { pointsPerYear: number; maxPoints: number | null };
  falseMaterials: RecordDeductionRule;
  administrativeDetention: RecordDeductionRule;
  criminalRecord: RecordDeductionRule;
  /** Renewal (积分确认) checks, domain.md RENEWAL. */
  renewal: { windowMonths: number; minPaidMonths: number };
  /**
   * 本市职工月平均工资 by calendar year, monthly CNY. A month of year Y is compared with year Y−1;
   * when Y−1 has no entry the latest earlier entry is used (the earliest one before the table starts).
   */
  averageMonthlyWage: YearlyAmount[];
  /** Absent in revisions written before it: `DEFAULT_ELIGIBILITY`. */
  eligibility?: EligibilityRule;
  /** Absent in revisions written before it: the bases must be equal to the fen, no ceiling rule. */
  incomeTaxMatch?: IncomeTaxMatchRule;
}

/** 第二条 as it reads, for rule-set revisions stored before `eligibility` existed. */
export const DEFAULT_ELIGIBILITY: EligibilityRule = Object.freeze({
  minSocialInsuranceMonths: 6,
  socialInsuranceExcludedWhen: Object.freeze([MonthExclusionReason.BACK_PAID]) as ContributionExclusion[],
  excludedEmployerKinds: Object.freeze([
    EmployerKind.OUT_OF_TOWN_BRANCH,
    EmployerKind.OUT_OF_TOWN_REPRESENTATIVE_OFFICE,
  ]) as EmployerKind[],
});

/**
 * The contribution ceiling Shanghai sets: 3× the average monthly wage of the year before
 * (本市上年度职工社会平均工资的300%), one entry per wage year + 1. The published ceilings run July to
 * June; the engine compares a calendar year Y with the wage of Y−1, and so does this table.
 */
export function contributionCeilingsFromWages(wages: readonly YearlyAmount[], multiple = 3): YearlyAmount[] {
  return [...wages]
    .sort((a, b) => a.year - b.year)
    .map((row) => ({ year: row.year + 1, monthlyCny: Math.round(row.monthlyCny * multiple * 100) / 100 }));
}

const points = z.number().int().nonnegative();
const positiveInt = z.number().int().positive();
const cap = points.nullable();
const ratio = z.number().positive().finite();
const exclusions = z.array(
  z.enum([
    MonthExclusionReason.BACK_PAID,
    MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER,
    MonthExclusionReason.BASE_NOT_TAX_BASE,
  ]),
);
const scoredEducationLevel = z.enum([
  EducationLevel.JUNIOR_COLLEGE,
  EducationLevel.BACHELOR,
  EducationLevel.BACHELOR_WITH_DEGREE,
  EducationLevel.MASTER,
  EducationLevel.DOCTOR,
]);
const scoredQualificationLevel = z.enum([
  QualificationLevel.SKILL_5,
  QualificationLevel.SKILL_4,
  QualificationLevel.SKILL_3,
  QualificationLevel.SKILL_2,
  QualificationLevel.MID_TITLE,
  QualificationLevel.SKILL_1,
  QualificationLevel.SENIOR_TITLE,
]);
const steppedBonus = z.strictObject({
  minimum: z.number().nonnegative().finite(),
  step: z.number().positive().finite(),
  pointsPerStep: points,
  maxPoints: points,
});
const yearlyBonus = z.strictObject({
  pointsPerYear: points,
  minYears: z.number().int().nonnegative(),
  maxPoints: cap,
});
const recordDeduction = z.strictObject({ pointsPerRecord: points, windowYears: positiveInt });
const yearlyAmounts = z
  .array(
    z.strictObject({
      year: z.number().int().min(1900).max(9999),
      monthlyCny: z.number().positive().finite(),
    }),
  )
  .min(1)
  .refine((rows) => new Set(rows.map((row) => row.year)).size === rows.length, 'years must be unique');

/** Validates a rule set read from storage or written by an HRSS admin. */
export const ruleSetSchema: z.ZodType<RuleSet> = z.strictObject({
  version: z.string().min(1),
  effectiveFrom: z.string().refine(isIsoDate, 'must be a real date "YYYY-MM-DD"'),
  standard: positiveInt,
  age: z.strictObject({
    bandPoints: points,
    bandFromAge: positiveInt,
    bandToAge: positiveInt,
    pointsPerYearYounger: points,
    maxPoints: points,
    pointsAboveBand: points,
  }),
  education: z.record(scoredEducationLevel, points),
  qualification: z.strictObject({
    points: z.record(scoredQualificationLevel, points),
    baseCondition: z.strictObject({
      levels: z.array(scoredQualificationLevel),
      windowMonths: positiveInt,
      minMonths: positiveInt,
      minWageRatio: ratio,
      excludedWhen: exclusions,
    }),
  }),
  socialInsuranceYears: z.strictObject({ pointsPerYear: points, maxPoints: cap, excludedWhen: exclusions }),
  entrepreneur: z.strictObject({ points }),
  innovationIntermediary: z.strictObject({ points }),
  shortageMajor: z.strictObject({ points }),
  investmentTax: steppedBonus,
  localEmployment: steppedBonus,
  socialInsuranceBase: z.strictObject({
    tiers: z.array(
      z.strictObject({ points, minWageRatio: ratio, windowYears: positiveInt, minMonths: positiveInt }),
    ),
    excludedWhen: exclusions,
  }),
  publicService: yearlyBonus,
  remoteSuburb: yearlyBonus,
  freshGraduate: z.strictObject({ points }),
  award: z.strictObject({ points: z.record(z.enum(AwardLevel), points), maxPoints: points }),
  spouseHukou: z.strictObject({ pointsPerYear: points, maxPoints: cap }),
  falseMaterials: recordDeduction,
  administrativeDetention: recordDeduction,
  criminalRecord: recordDeduction,
  renewal: z.strictObject({ windowMonths: positiveInt, minPaidMonths: positiveInt }),
  averageMonthlyWage: yearlyAmounts,
  eligibility: z
    .strictObject({
      minSocialInsuranceMonths: z.number().int().nonnegative(),
      socialInsuranceExcludedWhen: exclusions,
      excludedEmployerKinds: z.array(z.enum(EmployerKind)),
    })
    .optional(),
  incomeTaxMatch: z
    .strictObject({
      relativeTolerance: z.number().nonnegative().max(1),
      contributionCeiling: yearlyAmounts,
    })
    .optional(),
});

/**
 * The rule set that applies on an assessment date: the one with the latest `effectiveFrom` on or
 * before it. Undefined when none is in force yet.
 */
export function ruleSetInForce(ruleSets: readonly RuleSet[], assessmentDate: IsoDate): RuleSet | undefined {
  let chosen: RuleSet | undefined;
  for (const ruleSet of ruleSets) {
    if (compareIsoDates(ruleSet.effectiveFrom, assessmentDate) > 0) continue;
    if (!chosen || compareIsoDates(ruleSet.effectiveFrom, chosen.effectiveFrom) > 0) chosen = ruleSet;
  }
  return chosen;
}
