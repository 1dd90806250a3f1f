// A rule set is every number of the indicator system (积分指标体系) as plain data, so that HRSS can
// publish a new version (动态调整, policy article 23) without a code change, store it as JSON, and
// reproduce an old decision with the version it used. No functions in here, on purpose.
import { z } from 'zod';
import { compareIsoDates, isIsoDate, type IsoDate } from './dates.util';
import { AwardLevel, EducationLevel, QualificationLevel } from './score-profile.types';
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
  averageMonthlyWage: Array<{ year: number; monthlyCny: number }>;
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
  averageMonthlyWage: z
    .array(
      z.strictObject({
        year: z.number().int().min(1900).max(9999),
        monthlyCny: z.number().positive().finite(),
      }),
    )
    .min(1)
    .refine((rows) => new Set(rows.map((row) => row.year)).size === rows.length, 'years must be unique'),
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
