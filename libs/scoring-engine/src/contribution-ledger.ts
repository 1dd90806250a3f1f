// The social-insurance months of a profile as segments: runs of months with one base, one wage and
// one set of flags, sorted, so the indicators count windows with integer arithmetic on whole runs:
// no per-month objects, no Date values. Everything an assessment counts on them is counted in one
// pass (`ledgerCounts`), and what depends only on the rule set is prepared once per rule set.
import { monthIndex, parseYearMonth, requireIsoDate, requireYearMonth } from './dates.util';
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
  if (Math.abs(base - incomeTaxBase) <= relativeTolerance * incomeTaxBase + HALF_FEN)
    return 'WITHIN_TOLERANCE';
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
    eligibilityMask: exclusionMask((ruleSet.eligibility ?? DEFAULT_ELIGIBILITY).socialInsuranceExcludedWhen),
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

/**
 * A run of consecutive months that share everything the rules look at: one period's months inside
 * one calendar year (one wage, one ceiling) and on one side of the assessment month.
 */
export interface LedgerSegment {
  /** Month indices, both inclusive. */
  from: number;
  to: number;
  base: number;
  /** The average monthly wage its months are compared with (that of the year before). */
  wage: number;
  /** `EXCLUSION_BIT`s that hold for its months. */
  flags: number;
  /** The income-tax base its period gave, or null. */
  incomeTaxBase: number | null;
}

export interface ContributionLedger {
  /** Month index of the assessment month; every window ends the month before it. */
  assessmentMonth: number;
  /** Ascending, never overlapping: each month at most once. */
  segments: LedgerSegment[];
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

/** Builds the segments of a ledger, period by period in ascending order. */
class SegmentWriter {
  readonly segments: LedgerSegment[] = [];
  private lastMonth = Number.NEGATIVE_INFINITY;
  private year = Number.NaN;
  private wage = 0;
  private ceiling: number | undefined;

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly rules: PreparedRuleSet,
    private readonly assessmentMonth: number,
  ) {}

  add(periodFrom: number, periodTo: number, base: number, periodFlags: number, income: number | null): void {
    // validateProfile rejects overlaps; if one slips through, a month still counts only once.
    let from = periodFrom > this.lastMonth ? periodFrom : this.lastMonth + 1;
    if (periodTo > this.lastMonth) this.lastMonth = periodTo;
    const assessmentMonth = this.assessmentMonth;
    while (from <= periodTo) {
      const year = (from / 12) | 0;
      if (year !== this.year) {
        this.year = year;
        this.wage = wageOf(this.ruleSet, this.rules, year);
        this.ceiling = ceilingOf(this.ruleSet, this.rules, year);
      }
      let to = year * 12 + 11;
      if (to > periodTo) to = periodTo;
      if (from < assessmentMonth && to >= assessmentMonth) to = assessmentMonth - 1;
      let flags = periodFlags;
      if (from >= assessmentMonth) flags |= NOT_BEFORE_ASSESSMENT_BIT;
      if (
        income !== null &&
        compareWithIncomeTax(base, income, this.rules.relativeTolerance, this.ceiling) === 'MISMATCH'
      )
        flags |= BASE_NOT_TAX_BASE_BIT;
      // A month that continues the last segment in every respect extends it: 72 one-month periods
      // at one base become one segment per calendar year.
      const last = this.segments[this.segments.length - 1];
      if (
        last !== undefined &&
        last.to + 1 === from &&
        last.base === base &&
        last.flags === flags &&
        last.incomeTaxBase === income &&
        ((last.from / 12) | 0) === year
      ) {
        last.to = to;
      } else {
        this.segments.push({ from, to, base, wage: this.wage, flags, incomeTaxBase: income });
      }
      from = to + 1;
    }
  }
}

/** A month validateProfile would have refused: a programming error, not user input. */
function badMonth(value: string, index: number, end: 'from' | 'to'): never {
  return requireYearMonth(value, `profile.socialInsurance[${index}].${end}`) as never;
}

function flagsOf(period: ContributionPeriod): number {
  let flags = 0;
  if (period.backPaid) flags |= 1;
  if (!period.payerMatchesContract) flags |= 2;
  if (!period.baseMatchesTax) flags |= BASE_NOT_TAX_BASE_BIT;
  return flags;
}

/**
 * The periods as segments (sorted, each month once), each with its base, wage and flags. Counting
 * works on whole segments and like months merge, so 72 one-month periods cost little more than one
 * 72-month period: no per-month arrays or objects are built.
 */
export function buildContributionLedger(profile: ScoreProfile, ruleSet: RuleSet): ContributionLedger {
  const rules = prepare(ruleSet);
  const assessment = requireIsoDate(profile.assessmentDate, 'profile.assessmentDate');
  const assessmentMonth = monthIndex(assessment.year, assessment.month);
  const input = profile.socialInsurance;

  let writer = new SegmentWriter(ruleSet, rules, assessmentMonth);
  let previousFrom = Number.NEGATIVE_INFINITY;
  let sorted = true;
  for (let i = 0; i < input.length; i++) {
    const period = input[i] as ContributionPeriod;
    // The field name is built only for the error: eagerly it was the hottest work of an assessment.
    const from = parseYearMonth(period.from) ?? badMonth(period.from, i, 'from');
    // A one-month period (the registries send them so) needs one parse, not two.
    const to = period.to === period.from ? from : (parseYearMonth(period.to) ?? badMonth(period.to, i, 'to'));
    if (to < from) continue;
    if (from < previousFrom) {
      sorted = false;
      break;
    }
    previousFrom = from;
    writer.add(from, to, period.base, flagsOf(period), period.incomeTaxBase ?? null);
  }
  if (!sorted) {
    // Rare (validated input comes in any order): sort, then write again.
    const periods: ParsedPeriod[] = [];
    input.forEach((period, i) => {
      const from = parseYearMonth(period.from) ?? badMonth(period.from, i, 'from');
      const to = parseYearMonth(period.to) ?? badMonth(period.to, i, 'to');
      if (to >= from)
        periods.push({
          from,
          to,
          base: period.base,
          flags: flagsOf(period),
          incomeTaxBase: period.incomeTaxBase ?? null,
        });
    });
    periods.sort((a, b) => a.from - b.from || a.to - b.to);
    writer = new SegmentWriter(ruleSet, rules, assessmentMonth);
    for (const period of periods)
      writer.add(period.from, period.to, period.base, period.flags, period.incomeTaxBase);
  }
  return { assessmentMonth, segments: writer.segments, ruleSet, counts: undefined };
}

/** Months of [from, to] inside the `window` months that end with `last`. */
function inWindow(from: number, to: number, last: number, window: number): number {
  const start = last - window + 1;
  const first = from > start ? from : start;
  return to >= first ? to - first + 1 : 0;
}

/**
 * Everything `assess` counts on the months, in one pass over the segments: the years, each base
 * tier's window, the qualification condition's window and the months for `canApply`.
 */
export function ledgerCounts(ledger: ContributionLedger): LedgerCounts {
  if (ledger.counts) return ledger.counts;
  const rules = prepare(ledger.ruleSet);
  const last = ledger.assessmentMonth - 1;
  const tierCount = rules.tierWindows.length;
  const tierMonths = new Array<number>(tierCount).fill(0);
  let yearsMonths = 0;
  let monthsBefore = 0;
  let qualificationMonths = 0;
  let eligibilityMonths = 0;
  for (const segment of ledger.segments) {
    // Segments never straddle the assessment month, so one before it ends before it.
    if (segment.from > last) continue;
    const { from, to, flags, wage } = segment;
    const months = to - from + 1;
    monthsBefore += months;
    if ((flags & rules.yearsMask) === 0) yearsMonths += months;
    if ((flags & rules.eligibilityMask) === 0) eligibilityMonths += months;
    const base = segment.base + CNY_TOLERANCE;
    if ((flags & rules.baseMask) === 0) {
      for (let t = 0; t < tierCount; t++) {
        if (base >= (rules.tierRatios[t] as number) * wage)
          tierMonths[t] =
            (tierMonths[t] as number) + inWindow(from, to, last, rules.tierWindows[t] as number);
      }
    }
    if ((flags & rules.qualificationMask) === 0 && base >= rules.qualificationRatio * wage)
      qualificationMonths += inWindow(from, to, last, rules.qualificationWindow);
  }
  ledger.counts = { yearsMonths, monthsBefore, tierMonths, qualificationMonths, eligibilityMonths };
  return ledger.counts;
}

/**
 * Months in [fromMonth, toMonth] with none of `excludedMask`, all of `requiredMask`, and a base of at
 * least `minWageRatio` × their wage.
 */
function countInRange(
  ledger: ContributionLedger,
  fromMonth: number,
  toMonth: number,
  excludedMask: number,
  requiredMask: number,
  minWageRatio: number,
): number {
  let count = 0;
  for (const segment of ledger.segments) {
    if (segment.to < fromMonth || segment.from > toMonth) continue;
    if ((segment.flags & excludedMask) !== 0 || (segment.flags & requiredMask) !== requiredMask) continue;
    if (segment.base + CNY_TOLERANCE < minWageRatio * segment.wage) continue;
    count += Math.min(segment.to, toMonth) - Math.max(segment.from, fromMonth) + 1;
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
