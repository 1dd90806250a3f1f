// The output of an assessment, mirroring `ScoreResult` / `ScoreItem` of the public simulation
// contract (scoring.md), plus the fields this engine adds: `code` and `excludedMonths`.
import type { YearMonth } from './dates.util';
import type { Evidence } from './evidence.schema';

export enum ScoreIndicator {
  // 基础指标
  AGE = 'AGE',
  EDUCATION = 'EDUCATION',
  QUALIFICATION = 'QUALIFICATION',
  SOCIAL_INSURANCE_YEARS = 'SOCIAL_INSURANCE_YEARS',
  // 加分指标
  ENTREPRENEUR = 'ENTREPRENEUR',
  INNOVATION_INTERMEDIARY = 'INNOVATION_INTERMEDIARY',
  SHORTAGE_MAJOR = 'SHORTAGE_MAJOR',
  INVESTMENT_TAX = 'INVESTMENT_TAX',
  LOCAL_EMPLOYMENT = 'LOCAL_EMPLOYMENT',
  SOCIAL_INSURANCE_BASE = 'SOCIAL_INSURANCE_BASE',
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  REMOTE_SUBURB = 'REMOTE_SUBURB',
  FRESH_GRADUATE = 'FRESH_GRADUATE',
  AWARD = 'AWARD',
  SPOUSE_HUKOU = 'SPOUSE_HUKOU',
  // 减分指标
  FALSE_MATERIALS = 'FALSE_MATERIALS',
  ADMINISTRATIVE_DETENTION = 'ADMINISTRATIVE_DETENTION',
  CRIMINAL_RECORD = 'CRIMINAL_RECORD',
  // 一票否决
  VETO = 'VETO',
}

/** Stable machine reason of a `ScoreItem`, for clients that translate or style the note themselves. */
export type ScoreItemCode =
  | 'AGE_IN_BASE_BAND'
  | 'AGE_BELOW_BASE_BAND'
  | 'AGE_CAPPED'
  | 'AGE_ABOVE_BASE_BAND'
  | 'EDUCATION_COUNTED'
  | 'EDUCATION_NOT_HIGHER'
  | 'QUALIFICATION_COUNTED'
  | 'QUALIFICATION_NOT_HIGHER'
  | 'QUALIFICATION_POSITION_MISMATCH'
  | 'QUALIFICATION_BASE_CONDITION_NOT_MET'
  | 'SOCIAL_INSURANCE_YEARS_COUNTED'
  | 'SOCIAL_INSURANCE_YEARS_CAPPED'
  | 'SOCIAL_INSURANCE_YEARS_UNDER_ONE_YEAR'
  | 'ENTREPRENEUR_QUALIFIED'
  | 'INNOVATION_INTERMEDIARY_QUALIFIED'
  | 'SHORTAGE_MAJOR_MATCHES'
  | 'INVESTMENT_TAX_COUNTED'
  | 'INVESTMENT_TAX_CAPPED'
  | 'INVESTMENT_TAX_BELOW_MINIMUM'
  | 'INVESTMENT_TAX_NOT_HIGHER'
  | 'LOCAL_EMPLOYMENT_COUNTED'
  | 'LOCAL_EMPLOYMENT_CAPPED'
  | 'LOCAL_EMPLOYMENT_BELOW_MINIMUM'
  | 'LOCAL_EMPLOYMENT_NOT_HIGHER'
  | 'SOCIAL_INSURANCE_BASE_TIER_MET'
  | 'SOCIAL_INSURANCE_BASE_NO_TIER_MET'
  | 'PUBLIC_SERVICE_COUNTED'
  | 'PUBLIC_SERVICE_CAPPED'
  | 'PUBLIC_SERVICE_BELOW_MINIMUM_YEARS'
  | 'REMOTE_SUBURB_COUNTED'
  | 'REMOTE_SUBURB_CAPPED'
  | 'REMOTE_SUBURB_BELOW_MINIMUM_YEARS'
  | 'FRESH_GRADUATE_QUALIFIED'
  | 'AWARD_HIGHEST_COUNTED'
  | 'AWARD_CAPPED'
  | 'SPOUSE_HUKOU_COUNTED'
  | 'SPOUSE_HUKOU_CAPPED'
  | 'SPOUSE_HUKOU_UNDER_ONE_YEAR'
  | 'FALSE_MATERIALS_WITHIN_WINDOW'
  | 'FALSE_MATERIALS_OUTSIDE_WINDOW'
  | 'ADMINISTRATIVE_DETENTION_WITHIN_WINDOW'
  | 'ADMINISTRATIVE_DETENTION_OUTSIDE_WINDOW'
  | 'CRIMINAL_RECORD_WITHIN_WINDOW'
  | 'CRIMINAL_RECORD_OUTSIDE_WINDOW'
  | 'VETO_FAMILY_PLANNING_VIOLATION'
  | 'VETO_SERIOUS_CRIMINAL_RECORD'
  | 'VETO_FAMILY_PLANNING_VIOLATION_AND_SERIOUS_CRIMINAL_RECORD';

export interface ScoreItem {
  indicator: ScoreIndicator;
  /** Signed integer: deductions are negative. */
  points: number;
  /** False for the lower of an either-or pair, or a rule that isn't met (yet). */
  counted: boolean;
  /** Why, in Chinese with the English reason in brackets. */
  note: string;
  code: ScoreItemCode;
  /** Stored decisions only: what the item's facts rest on (`verifiedProfile.evidence`); never set by `assess`. */
  evidence?: Evidence[] | null;
}

/** Why a social-insurance month does not count (policy article 6(4) and 7(5)). */
export enum MonthExclusionReason {
  /** 补缴 */
  BACK_PAID = 'BACK_PAID',
  /** 缴费单位与签订劳动(聘用)合同单位不一致 */
  PAYER_NOT_CONTRACT_EMPLOYER = 'PAYER_NOT_CONTRACT_EMPLOYER',
  /** 社保缴费基数与个人所得税缴费基数不能合理对应 */
  BASE_NOT_TAX_BASE = 'BASE_NOT_TAX_BASE',
  /** The assessment month or later: windows end with the month before the assessment month. */
  NOT_BEFORE_ASSESSMENT_MONTH = 'NOT_BEFORE_ASSESSMENT_MONTH',
}

export interface ExcludedMonth {
  month: YearMonth;
  /** The first reason, in the order of `MonthExclusionReason`. */
  code: MonthExclusionReason;
  /** Every reason that applies to the month. */
  reasons: MonthExclusionReason[];
  /** The indicators this month does not count for (a base ≠ tax month still counts for years). */
  indicators: ScoreIndicator[];
  note: string;
}

/** 第二条 / 第十三条 and page 004: the conditions for applying at all, beside the score. */
export enum ApplyCondition {
  /** 持有有效期内的《上海市居住证》 on the assessment date. */
  RESIDENCE_PERMIT_VALID = 'RESIDENCE_PERMIT_VALID',
  /** 参加本市职工社会保险满6个月. */
  SOCIAL_INSURANCE_MONTHS = 'SOCIAL_INSURANCE_MONTHS',
  /** 申请当月应处于就业. */
  EMPLOYED_IN_APPLICATION_MONTH = 'EMPLOYED_IN_APPLICATION_MONTH',
  /** The employer is not an out-of-town branch or an out-of-town body's office in Shanghai. */
  EMPLOYER_MAY_FILE = 'EMPLOYER_MAY_FILE',
}

/** Stable machine reasons of an unmet condition. */
export const APPLY_CONDITION_CODES = [
  'RESIDENCE_PERMIT_NOT_SHOWN',
  'RESIDENCE_PERMIT_NOT_YET_VALID',
  'RESIDENCE_PERMIT_EXPIRED',
  'SOCIAL_INSURANCE_TOO_FEW_MONTHS',
  'EMPLOYMENT_NOT_SHOWN',
  'EMPLOYMENT_NOT_STARTED',
  'EMPLOYMENT_ENDED',
  'EMPLOYER_KIND_NOT_SHOWN',
  'EMPLOYER_OUT_OF_TOWN_BRANCH',
  'EMPLOYER_OUT_OF_TOWN_REPRESENTATIVE_OFFICE',
] as const;
export type ApplyConditionCode = (typeof APPLY_CONDITION_CODES)[number];

export function isApplyConditionCode(code: string): code is ApplyConditionCode {
  return (APPLY_CONDITION_CODES as readonly string[]).includes(code);
}

export interface UnmetCondition {
  condition: ApplyCondition;
  code: ApplyConditionCode;
  /** Why, in Chinese with the English reason in brackets, like the score notes. */
  note: string;
}

export interface ScoreResult {
  /** base + bonus − deductions over the counted items, never below 0. */
  total: number;
  /** 标准分值 */
  standard: number;
  /** total ≥ standard and no veto. */
  eligible: boolean;
  vetoed: boolean;
  ruleSetVersion: string;
  /** One per indicator that applies or was claimed, in `ScoreIndicator` order. */
  items: ScoreItem[];
  /** Social-insurance months that don't count for at least one indicator, by month. */
  excludedMonths: ExcludedMonth[];
  /**
   * Whether the holder may apply at all (第二条, 第十三条): every `ApplyCondition` holds on the
   * profile's own facts. Independent of `eligible`; a decision approves only when both hold.
   */
  canApply: boolean;
  /** The conditions that do not hold, in `ApplyCondition` order; empty when `canApply`. */
  unmetConditions: UnmetCondition[];
}
