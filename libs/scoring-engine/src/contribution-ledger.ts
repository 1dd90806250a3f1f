// The social-insurance months of a profile, expanded once per assessment into typed arrays
// (parallel columns, sorted by month) so the indicators count windows with integer comparisons:
// no per-month objects, no Date values. Everything an assessment counts on them is counted in one
// pass (`ledgerCounts`), and what depends only on the rule set is prepared once per rule set.
import { requireIsoDate, requireYearMonth, monthIndex, yearOfMonthIndex } from './dates.util';
import { DEFAULT_ELIGIBILITY, type RuleSet, type YearlyAmount } from './rule-set';
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
/** Half a fen: two amounts "equal to the fen". */
const HALF_FEN = 0.005;

const BASE_NOT_TAX_BASE_BIT = 4;
const NOT_BEFORE_ASSESSMENT_BIT = 8;

/** The bits of `reasons`, plus the assessment-month cut that applies to every indicator. */
export function exclusionMask(reasons: readonly MonthExclusionReason[]): number {
  let mask = NOT_BEFORE_ASSESSMENT_BIT;
  for (const reason of reasons) mask |= EXCLUSION_BIT[reason];
  return mask;
}

/** The reasons behind a month's bits, in `REASON_ORDER`. */
export function reasonsOf(flags: number): MonthExclusionReason[] {
  return REASON_ORDER.filter((reason) => (flags & EXCLUSION_BIT[reason]) !== 0);
}

/** The entry for `year` in a yearly table; else the latest earlier one; before the table, the earliest. */
function yearlyAmount(rows: readonly YearlyAmount[], year: number): number | undefined {
  let latestEarlier: YearlyAmount | undefined;
  let earliest: YearlyAmount | undefined;
  for (const row of rows) {
    if (row.year === year) return row.monthlyCny;
    if (row.year < year && (!latestEarlier || row.year > latestEarlier.year)) latestEarlier = row;
    if (!earliest || row.year < earliest.year) earliest = row;
  }
  return (latestEarlier ?? earliest)?.monthlyCny;
}

/**
 * The wage a month of `year` is compared with: that of year − 1 (本市上年度职工社会平均工资); when
 * the table has no such year, the latest earlier entry, and before the table starts, the earliest.
 */
export function averageWageComparedWith(ruleSet: RuleSet, year: number): number {
  const wage = yearlyAmount(ruleSet.averageMonthlyWage, year - 1);
  if (wage === undefined) throw new RangeError(`rule set ${ruleSet.version} has no average wage`);
  return wage;
}

/** 本市职工社会保险缴费基数上限 for the months of `year`; undefined when the rule set has no ceiling table. */
export function contributionCeilingOf(ruleSet: RuleSet, year: number): number | undefined {
  const rows = ruleSet.incomeTaxMatch?.contributionCeiling;
  return rows ? yearlyAmount(rows, year) : undefined;
}

/** How a month's base and its income-tax base compare (第七条(五) 合理对应). */
export type IncomeTaxComparison = 'WITHIN_TOLERANCE' | 'AT_CEILING' | 'MISMATCH';

export function compareWithIncomeTax(
  base: number,
  incomeTaxBase: number,
  relativeTolerance: number,
  ceiling: number | undefined,
): IncomeTaxComparison {
  if (Math.abs(base - incomeTaxBase) <= relativeTolerance * incomeTaxBase + HALF_FEN) return 'WITHIN_TOLERANCE';
  if (ceiling !== undefined && base + HALF_FEN >= ceiling && incomeTaxBase > base) return 'AT_CEILING';
  return 'MISMATCH';
}

/** What depends only on the rule set, prepared once per rule-set object. */
interface PreparedRuleSet {
  wageByYear: Map<number, number>;
  ceilingByYear: Map<number, number | undefined>;
  relativeTolerance: number;
  yearsMask: number;
  baseMask: number;
  qualificationMask: number;
  eligibilityMask: number;
  /** Per base tier: window months, minimum ratio. */
  tierWindows: Int32Array;
  tierRatios: Float64Array;
  qualificationWindow: number;
  qualificationRatio: number;
}

const prepared = new WeakMap<RuleSet, PreparedRuleSet>();

function prepare(ruleSet: RuleSet): PreparedRuleSet {
  let found = prepared.get(ruleSet);
  if (found) return found;
  const tiers = ruleSet.socialInsuranceBase.tiers;
  const condition = ruleSet.qualification.baseCondition;
  found = {
    wageByYear: new Map(),
    ceilingByYear: new Map(),
    relativeTolerance: ruleSet.incomeTaxMatch?.relativeTolerance ?? 0,
    yearsMask: exclusionMask(ruleSet.socialInsuranceYears.excludedWhen),
    baseMask: exclusionMask(ruleSet.socialInsuranceBase.excludedWhen),
    qualificationMask: exclusionMask(condition.excludedWhen),
    eligibilityMask: exclusionMask(
      (ruleSet.eligibility ?? DEFAULT_ELIGIBILITY).socialInsuranceExcludedWhen,
    ),
    tierWindows: Int32Array.from(tiers, (tier) => tier.windowYears * 12),
    tierRatios: Float64Array.from(tiers, (tier) => tier.minWageRatio),
    qualificationWindow: condition.windowMonths,
    qualificationRatio: condition.minWageRatio,
  };
  prepared.set(ruleSet, found);
  return found;
}

function wageOf(ruleSet: RuleSet, rules: PreparedRuleSet, year: number): number {
  let wage = rules.wageByYear.get(year);
  if (wage === undefined) {
    wage = averageWageComparedWith(ruleSet, year);
    rules.wageByYear.set(year, wage);
  }
  return wage;
}

function ceilingOf(ruleSet: RuleSet, rules: PreparedRuleSet, year: number): number | undefined {
  if (rules.ceilingByYear.has(year)) return rules.ceilingByYear.get(year);
  const ceiling = contributionCeilingOf(ruleSet, year);
  rules.ceilingByYear.set(year, ceiling);
  return ceiling;
}

/** What one pass over the ledger counts for an assessment (see `ledgerCounts`). */
export interface LedgerCounts {
  /** Months before the assessment month that count for the years indicator. */
  yearsMonths: number;
  /** Every month before the assessment month. */
  monthsBefore: number;
  /** Per `socialInsuranceBase.tiers` entry: counting months in its window at its ratio. */
  tierMonths: number[];
  /** Months of the qualification base condition's window at its ratio. */
  qualificationMonths: number;
  /** Months before the assessment month that are participation for `canApply`. */
  eligibilityMonths: number;
}

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
  /** The month's income-tax base when the period gave one, else NaN; null when no period did. */
  incomeTaxBases: Float64Array | null;
  length: number;
  ruleSet: RuleSet;
  /** Filled by `ledgerCounts` on first use. */
  counts: LedgerCounts | undefined;
}

interface ParsedPeriod {
  from: number;
  to: number;
  base: number;
  flags: number;
  incomeTaxBase: number | null;
}

/** Expands the periods into months (sorted, each once), each with its base, wage and flags. */
export function buildContributionLedger(profile: ScoreProfile, ruleSet: RuleSet): ContributionLedger {
  const rules = prepare(ruleSet);
  const assessment = requireIsoDate(profile.assessmentDate, 'profile.assessmentDate');
  const assessmentMonth = monthIndex(assessment.year, assessment.month);

  const input = profile.socialInsurance;
  const periods: ParsedPeriod[] = new Array<ParsedPeriod>(input.length);
  let count = 0;
  let capacity = 0;
  let sorted = true;
  let withIncome = false;
  for (let i = 0; i < input.length; i++) {
    const period = input[i] as ContributionPeriod;
    const from = requireYearMonth(period.from, `profile.socialInsurance[${i}].from`);
    const to = requireYearMonth(period.to, `profile.socialInsurance[${i}].to`);
    if (to < from) continue;
    let flags = 0;
    if (period.backPaid) flags |= 1;
    if (!period.payerMatchesContract) flags |= 2;
    if (!period.baseMatchesTax) flags |= BASE_NOT_TAX_BASE_BIT;
    const incomeTaxBase = period.incomeTaxBase ?? null;
    if (incomeTaxBase !== null) withIncome = true;
    const previous = count > 0 ? periods[count - 1] : undefined;
    if (previous && previous.from > from) sorted = false;
    periods[count++] = { from, to, base: period.base, flags, incomeTaxBase };
    capacity += to - from + 1;
  }
  periods.length = count;
  if (!sorted) periods.sort((a, b) => a.from - b.from || a.to - b.to);

  const months = new Int32Array(capacity);
  const bases = new Float64Array(capacity);
  const wages = new Float64Array(capacity);
  const monthFlags = new Uint8Array(capacity);
  const incomeTaxBases = withIncome ? new Float64Array(capacity).fill(Number.NaN) : null;
  let length = 0;
  let lastMonth = Number.NEGATIVE_INFINITY;
  let year = Number.NaN;
  let yearEnds = Number.NEGATIVE_INFINITY;
  let wage = 0;
  let ceiling: number | undefined;
  for (const period of periods) {
    const income = period.incomeTaxBase;
    // validateProfile rejects overlaps; if one slips through, a month still counts only once.
    for (let month = Math.max(period.from, lastMonth + 1); month <= period.to; month++) {
      if (month > yearEnds) {
        year = yearOfMonthIndex(month);
        yearEnds = year * 12 + 11;
        wage = wageOf(ruleSet, rules, year);
        if (withIncome) ceiling = ceilingOf(ruleSet, rules, year);
      }
      let flags = period.flags;
      if (month >= assessmentMonth) flags |= NOT_BEFORE_ASSESSMENT_BIT;
      if (income !== null && incomeTaxBases) {
        incomeTaxBases[length] = income;
        if (compareWithIncomeTax(period.base, income, rules.relativeTolerance, ceiling) === 'MISMATCH')
          flags |= BASE_NOT_TAX_BASE_BIT;
      }
      months[length] = month;
      bases[length] = period.base;
      wages[length] = wage;
      monthFlags[length] = flags;
      length++;
      lastMonth = month;
    }
  }
  return {
    assessmentMonth,
    months,
    bases,
    wages,
    flags: monthFlags,
    incomeTaxBases,
    length,
    ruleSet,
    counts: undefined,
  };
}

/**
 * Everything `assess` counts on the months, in one pass from the latest month back: the years,
 * each base tier's window, the qualification condition's window and the months for `canApply`.
 */
export function ledgerCounts(ledger: ContributionLedger): LedgerCounts {
  if (ledger.counts) return ledger.counts;
  const rules = prepare(ledger.ruleSet);
  const { months, bases, wages, flags } = ledger;
  const last = ledger.assessmentMonth - 1;
  const tierCount = rules.tierWindows.length;
  const tierMonths = new Array<number>(tierCount).fill(0);
  let yearsMonths = 0;
  let monthsBefore = 0;
  let qualificationMonths = 0;
  let eligibilityMonths = 0;
  for (let i = ledger.length - 1; i >= 0; i--) {
    const month = months[i] as number;
    if (month > last) continue;
    const monthFlags = flags[i] as number;
    monthsBefore++;
    if ((monthFlags & rules.yearsMask) === 0) yearsMonths++;
    if ((monthFlags & rules.eligibilityMask) === 0) eligibilityMonths++;
    const back = last - month;
    const base = (bases[i] as number) + CNY_TOLERANCE;
    const wage = wages[i] as number;
    if ((monthFlags & rules.baseMask) === 0) {
      for (let t = 0; t < tierCount; t++) {
        if (back < (rules.tierWindows[t] as number) && base >= (rules.tierRatios[t] as number) * wage)
          tierMonths[t] = (tierMonths[t] as number) + 1;
      }
    }
    if (
      back < rules.qualificationWindow &&
      (monthFlags & rules.qualificationMask) === 0 &&
      base >= rules.qualificationRatio * wage
    )
      qualificationMonths++;
  }
  ledger.counts = { yearsMonths, monthsBefore, tierMonths, qualificationMonths, eligibilityMonths };
  return ledger.counts;
}

/**
 * Months in [fromMonth, toMonth] with none of `excludedMask`, all of `requiredMask`, and a base of at
 * least `minWageRatio` × their wage. Scans from the latest month back, since windows are recent.
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
