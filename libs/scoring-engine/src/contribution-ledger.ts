// The social-insurance months of a profile, expanded once per assessment into flat number arrays
// (parallel columns, sorted by month) so the indicators count windows with integer comparisons:
// no per-month objects, no Date values.
import { requireIsoDate, requireYearMonth, monthIndex, yearOfMonthIndex } from './dates.util';
import type { RuleSet } from './rule-set';
import type { ContributionPeriod, ScoreProfile } from './score-profile.types';
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
  months: number[];
  bases: number[];
  /** The average monthly wage each month is compared with (that of the year before). */
  wages: number[];
  /** `EXCLUSION_BIT`s that hold for the month. */
  flags: number[];
  length: number;
}

/** The bits of `reasons`, plus the assessment-month cut that applies to every indicator. */
export function exclusionMask(reasons: readonly MonthExclusionReason[]): number {
  let mask = EXCLUSION_BIT[MonthExclusionReason.NOT_BEFORE_ASSESSMENT_MONTH];
  for (const reason of reasons) mask |= EXCLUSION_BIT[reason];
  return mask;
}

/** The reasons behind a month's bits, in `REASON_ORDER`. */
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

/** Expands the periods into months (sorted, each once), each with its base, wage and flags. */
export function buildContributionLedger(profile: ScoreProfile, ruleSet: RuleSet): ContributionLedger {
  const assessment = requireIsoDate(profile.assessmentDate, 'profile.assessmentDate');
  const assessmentMonth = monthIndex(assessment.year, assessment.month);
  const notBeforeAssessment = EXCLUSION_BIT[MonthExclusionReason.NOT_BEFORE_ASSESSMENT_MONTH];

  const periods: ParsedPeriod[] = [];
  let sorted = true;
  for (let i = 0; i < profile.socialInsurance.length; i++) {
    const period = profile.socialInsurance[i] as ContributionPeriod;
    const from = requireYearMonth(period.from, `profile.socialInsurance[${i}].from`);
    const to = requireYearMonth(period.to, `profile.socialInsurance[${i}].to`);
    if (to < from) continue;
    let flags = 0;
    if (period.backPaid) flags |= EXCLUSION_BIT[MonthExclusionReason.BACK_PAID];
    if (!period.payerMatchesContract)
      flags |= EXCLUSION_BIT[MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER];
    if (!period.baseMatchesTax) flags |= EXCLUSION_BIT[MonthExclusionReason.BASE_NOT_TAX_BASE];
    const previous = periods[periods.length - 1];
    if (previous && previous.from > from) sorted = false;
    periods.push({ from, to, base: period.base, flags });
  }
  if (!sorted) periods.sort((a, b) => a.from - b.from || a.to - b.to);

  const ledger: ContributionLedger = {
    assessmentMonth,
    months: [],
    bases: [],
    wages: [],
    flags: [],
    length: 0,
  };
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
      ledger.months.push(month);
      ledger.bases.push(period.base);
      ledger.wages.push(wage);
      ledger.flags.push(month >= assessmentMonth ? period.flags | notBeforeAssessment : period.flags);
      lastMonth = month;
    }
  }
  ledger.length = ledger.months.length;
  return ledger;
}

/**
 * Months in [fromMonth, toMonth] with none of `excludedMask`, all of `requiredMask`, and a base of at
 * least `minWageRatio` × their wage. Scans from the latest month back, since windows are recent.
 * Positional on purpose: it runs several times per assessment.
 */
function countInRange(
  ledger: ContributionLedger,
  fromMonth: number,
  toMonth: number,
  excludedMask: number,
  requiredMask: number,
  minWageRatio: number,
): number {
  const { months, bases, wages, flags } = ledger;
  let count = 0;
  for (let i = ledger.length - 1; i >= 0; i--) {
    const month = months[i] as number;
    if (month > toMonth) continue;
    if (month < fromMonth) break;
    const monthFlags = flags[i] as number;
    if ((monthFlags & excludedMask) !== 0 || (monthFlags & requiredMask) !== requiredMask) continue;
    if ((bases[i] as number) + CNY_TOLERANCE < minWageRatio * (wages[i] as number)) continue;
    count++;
  }
  return count;
}

/** Months of the `windowMonths` that end with the month before the assessment month, at ≥ `minWageRatio`. */
export function countRecentMonths(
  ledger: ContributionLedger,
  windowMonths: number,
  excludedMask: number,
  minWageRatio: number,
): number {
  const last = ledger.assessmentMonth - 1;
  return countInRange(ledger, last - windowMonths + 1, last, excludedMask, 0, minWageRatio);
}

/** Months of the recent window that carry a flag (e.g. base ≠ tax base), whatever their base. */
export function countRecentFlaggedMonths(
  ledger: ContributionLedger,
  windowMonths: number,
  flag: number,
): number {
  const last = ledger.assessmentMonth - 1;
  return countInRange(ledger, last - windowMonths + 1, last, 0, flag, 0);
}

/** Every month before the assessment month, no window (the years indicator). */
export function countMonthsBeforeAssessment(ledger: ContributionLedger, excludedMask: number): number {
  return countInRange(ledger, Number.MIN_SAFE_INTEGER, ledger.assessmentMonth - 1, excludedMask, 0, 0);
}
