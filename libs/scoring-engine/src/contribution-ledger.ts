// The social-insurance months of a profile, expanded once per assessment into flat arrays so the
// indicators can count windows with integer comparisons: no per-month objects or Date values.
import { requireIsoDate, requireYearMonth, monthIndex, yearOfMonthIndex } from './dates.util';
import type { RuleSet } from './rule-set';
import type { ScoreProfile } from './score-profile.types';
import { MonthExclusionReason } from './score-result.types';

/** Bit per `MonthExclusionReason`, so "excluded for this indicator" is one AND. */
export const EXCLUSION_BIT: Readonly<Record<MonthExclusionReason, number>> = {
  [MonthExclusionReason.BACK_PAID]: 1,
  [MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER]: 2,
  [MonthExclusionReason.BASE_NOT_TAX_BASE]: 4,
  [MonthExclusionReason.NOT_BEFORE_ASSESSMENT_MONTH]: 8,
};

const REASON_ORDER: readonly MonthExclusionReason[] = [
  MonthExclusionReason.BACK_PAID,
  MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER,
  MonthExclusionReason.BASE_NOT_TAX_BASE,
  MonthExclusionReason.NOT_BEFORE_ASSESSMENT_MONTH,
];

/** Bases are CNY with at most fen; this absorbs the float error of ratio × wage. */
const CNY_TOLERANCE = 1e-6;

export interface ContributionLedger {
  /** Month index of the assessment month; every window ends the month before it. */
  assessmentMonth: number;
  /** Month indices, ascending, each month once. */
  months: Int32Array;
  bases: Float64Array;
  /** The average monthly wage each month is compared with (that of the year before). */
  wages: Float64Array;
  /** `EXCLUSION_BIT`s that hold for the month. */
  flags: Uint8Array;
  length: number;
}

export interface MonthCountQuery {
  /** Count months from this month index (inclusive)… */
  fromMonth: number;
  /** …to this one (inclusive). */
  toMonth: number;
  /** A month with any of these bits set does not count. */
  excludedMask: number;
  /** Only months with all of these bits set count (default 0: no requirement). */
  requiredMask?: number;
  /** Only months whose base is at least this multiple of their wage; 0 counts every month. */
  minWageRatio: number;
}

export function exclusionMask(reasons: readonly MonthExclusionReason[]): number {
  let mask = EXCLUSION_BIT[MonthExclusionReason.NOT_BEFORE_ASSESSMENT_MONTH];
  for (const reason of reasons) mask |= EXCLUSION_BIT[reason];
  return mask;
}

export function reasonsOf(flags: number): MonthExclusionReason[] {
  return REASON_ORDER.filter((reason) => (flags & EXCLUSION_BIT[reason]) !== 0);
}

/**
 * The wage a month of `year` is compared with: that of year − 1 (本市上年度职工社会平均工资); when
 * the table has no such year, the latest earlier entry, and before the table starts, the earliest.
 */
export function averageWageComparedWith(ruleSet: RuleSet, year: number): number {
  const wanted = year - 1;
  let latestEarlier: { year: number; monthlyCny: number } | undefined;
  let earliest: { year: number; monthlyCny: number } | undefined;
  for (const row of ruleSet.averageMonthlyWage) {
    if (row.year === wanted) return row.monthlyCny;
    if (row.year < wanted && (!latestEarlier || row.year > latestEarlier.year)) latestEarlier = row;
    if (!earliest || row.year < earliest.year) earliest = row;
  }
  const fallback = latestEarlier ?? earliest;
  if (!fallback) throw new RangeError(`rule set ${ruleSet.version} has no average wage`);
  return fallback.monthlyCny;
}

interface ParsedPeriod {
  from: number;
  to: number;
  base: number;
  flags: number;
}

export function buildContributionLedger(profile: ScoreProfile, ruleSet: RuleSet): ContributionLedger {
  const assessment = requireIsoDate(profile.assessmentDate, 'profile.assessmentDate');
  const assessmentMonth = monthIndex(assessment.year, assessment.month);
  const notBeforeAssessment = EXCLUSION_BIT[MonthExclusionReason.NOT_BEFORE_ASSESSMENT_MONTH];

  const periods: ParsedPeriod[] = [];
  let total = 0;
  let sorted = true;
  profile.socialInsurance.forEach((period, i) => {
    const from = requireYearMonth(period.from, `profile.socialInsurance[${i}].from`);
    const to = requireYearMonth(period.to, `profile.socialInsurance[${i}].to`);
    if (to < from) return;
    let flags = 0;
    if (period.backPaid) flags |= EXCLUSION_BIT[MonthExclusionReason.BACK_PAID];
    if (!period.payerMatchesContract) flags |= EXCLUSION_BIT[MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER];
    if (!period.baseMatchesTax) flags |= EXCLUSION_BIT[MonthExclusionReason.BASE_NOT_TAX_BASE];
    const previous = periods[periods.length - 1];
    if (previous && previous.from > from) sorted = false;
    periods.push({ from, to, base: period.base, flags });
    total += to - from + 1;
  });
  if (!sorted) periods.sort((a, b) => a.from - b.from || a.to - b.to);

  const months = new Int32Array(total);
  const bases = new Float64Array(total);
  const wages = new Float64Array(total);
  const flags = new Uint8Array(total);
  let length = 0;
  let lastMonth = Number.NEGATIVE_INFINITY;
  let wageYear = Number.NaN;
  let wage = 0;
  for (const period of periods) {
    // validateProfile rejects overlaps; if one slips through, a month still counts only once.
    for (let month = Math.max(period.from, lastMonth + 1); month <= period.to; month++) {
      const year = yearOfMonthIndex(month);
      if (year !== wageYear) {
        wageYear = year;
        wage = averageWageComparedWith(ruleSet, year);
      }
      months[length] = month;
      bases[length] = period.base;
      wages[length] = wage;
      flags[length] = month >= assessmentMonth ? period.flags | notBeforeAssessment : period.flags;
      length++;
      lastMonth = month;
    }
  }
  return { assessmentMonth, months, bases, wages, flags, length };
}

export function countMonths(ledger: ContributionLedger, query: MonthCountQuery): number {
  const { months, bases, wages, flags, length } = ledger;
  const required = query.requiredMask ?? 0;
  let count = 0;
  for (let i = 0; i < length; i++) {
    const month = months[i] as number;
    if (month < query.fromMonth) continue;
    if (month > query.toMonth) break;
    const monthFlags = flags[i] as number;
    if ((monthFlags & query.excludedMask) !== 0 || (monthFlags & required) !== required) continue;
    if ((bases[i] as number) + CNY_TOLERANCE < query.minWageRatio * (wages[i] as number)) continue;
    count++;
  }
  return count;
}

/** The `windowMonths` months that end with the month before the assessment month. */
export function lastMonthsWindow(ledger: ContributionLedger, windowMonths: number): { fromMonth: number; toMonth: number } {
  return { fromMonth: ledger.assessmentMonth - windowMonths, toMonth: ledger.assessmentMonth - 1 };
}
