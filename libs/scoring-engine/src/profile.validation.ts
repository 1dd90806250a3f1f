// Checks a simulation or decision input before it is scored. The resolver turns each FieldError
// into a BAD_USER_INPUT error naming the field. `today` is a parameter because the engine has no
// clock: "more than a year ahead" is ahead of the caller's today.
import {
  addYears,
  compareIsoDates,
  formatMonthIndex,
  fullYearsBetween,
  isIsoDate,
  monthIndexOfDate,
  parseYearMonth,
  type IsoDate,
} from './dates.util';
import {
  AwardLevel,
  EducationLevel,
  EmployerKind,
  QualificationLevel,
  type ScoreProfileInput,
} from './score-profile.types';

export interface FieldError {
  /** Path from the argument, e.g. "profile.socialInsurance[2].to". */
  field: string;
  /** Stable rule id, e.g. "to-not-before-from". */
  rule: FieldRule;
  /** Plain English naming the field and the rule. */
  message: string;
}

export type FieldRule =
  | 'required'
  | 'real-date'
  | 'real-month'
  | 'not-before-2000'
  | 'not-more-than-a-year-ahead'
  | 'not-after-assessment-date'
  | 'to-not-before-from'
  | 'no-overlap'
  | 'non-negative'
  | 'finite-number'
  | 'whole-number'
  | 'known-value'
  | 'within-working-life'
  | 'at-most-a-life'
  | 'too-many-items'
  | 'not-before-start';

/**
 * Bounds of what one life can hold (bad input, not a score; scoring.md "Bounds"): a month of
 * insurance from the 16th birthday (the legal working age) to the assessment month; a count of
 * years no more than the years since then; at most this many periods and dated records.
 */
export const PROFILE_BOUNDS = {
  workingAge: 16,
  maxContributionPeriods: 300,
  maxDatedRecords: 50,
  maxAwards: 20,
  /** Hires and tax are averages per year: beyond these no score changes, and no firm is that large. */
  maxAverageAnnualLocalHires: 1_000_000,
  maxAverageAnnualTaxCny: 1e12,
} as const;

export interface ValidateProfileOptions {
  /** The caller's current date, "YYYY-MM-DD". */
  today: IsoDate;
}

/** The earliest assessment date accepted. */
export const EARLIEST_ASSESSMENT_DATE: IsoDate = '2000-01-01';

const ROOT = 'profile';

/** How a bad value is quoted in a message: as JSON, so "2023-02-30", NaN and objects all read plainly. */
function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'object':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
    case 'bigint':
      return value.toString();
    case 'undefined':
    case 'symbol':
    case 'function':
      return typeof value;
  }
}

class FieldErrors {
  readonly list: FieldError[] = [];

  add(field: string, rule: FieldRule, message: string): void {
    this.list.push({ field, rule, message });
  }

  /** A required or optional date; returns it when it is a real date. */
  date(field: string, value: unknown, required: boolean): IsoDate | undefined {
    if (value === undefined || value === null || value === '') {
      if (required) this.add(field, 'required', `${field} is required.`);
      return undefined;
    }
    if (!isIsoDate(value)) {
      this.add(
        field,
        'real-date',
        `${field} must be a real date written YYYY-MM-DD; got ${describe(value)}.`,
      );
      return undefined;
    }
    return value;
  }

  /** Returns the month index when the value is a real "YYYY-MM". */
  month(field: string, value: unknown): number | undefined {
    if (value === undefined || value === null || value === '') {
      this.add(field, 'required', `${field} is required.`);
      return undefined;
    }
    const index = typeof value === 'string' ? parseYearMonth(value) : null;
    if (index === null) {
      this.add(field, 'real-month', `${field} must be a real month written YYYY-MM; got ${describe(value)}.`);
      return undefined;
    }
    return index;
  }

  /** Optional number: finite, not negative, at most `max` (`why` says what bounds it); `whole` for counts of years. */
  amount(field: string, value: unknown, whole: boolean, max?: { value: number; why: string }): void {
    if (value === undefined || value === null) return;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(field, 'finite-number', `${field} must be a finite number; got ${describe(value)}.`);
      return;
    }
    if (value < 0) {
      this.add(field, 'non-negative', `${field} must not be negative; got ${value}.`);
      return;
    }
    if (whole && !Number.isInteger(value)) {
      this.add(field, 'whole-number', `${field} must be a whole number of years; got ${value}.`);
      return;
    }
    if (max && value > max.value) {
      this.add(field, 'at-most-a-life', `${field} must be at most ${max.value} (${max.why}); got ${value}.`);
    }
  }

  /** A list no longer than `max`; false (and one problem) when it is longer, so its items are not checked one by one. */
  count(field: string, list: readonly unknown[] | null | undefined, max: number, what: string): boolean {
    if ((list?.length ?? 0) <= max) return true;
    this.add(field, 'too-many-items', `${field} may hold at most ${max} ${what}; got ${list?.length}.`);
    return false;
  }

  has(field: string): boolean {
    return this.list.some((error) => error.field === field);
  }

  oneOf(field: string, value: unknown, allowed: readonly string[]): void {
    if (value === undefined || value === null) return;
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.add(
        field,
        'known-value',
        `${field} must be one of ${allowed.join(', ')}; got ${describe(value)}.`,
      );
    }
  }

  notAfterAssessment(
    field: string,
    date: IsoDate | undefined,
    assessmentDate: IsoDate | undefined,
    what: string,
  ): void {
    if (date === undefined || assessmentDate === undefined) return;
    if (compareIsoDates(date, assessmentDate) > 0) {
      this.add(
        field,
        'not-after-assessment-date',
        `${field} (${date}) is after ${ROOT}.assessmentDate (${assessmentDate}); ${what} cannot be later than the assessment.`,
      );
    }
  }
}

/** The months a life can have paid insurance in, as month indexes; undefined while the dates are bad. */
interface WorkingLife {
  firstMonth: number;
  lastMonth: number;
  /** Full years from the working age to the assessment date. */
  workingYears: number;
}

function validateContributionPeriods(
  errors: FieldErrors,
  input: ScoreProfileInput,
  life: WorkingLife | undefined,
): void {
  const periods = input.socialInsurance ?? [];
  if (!errors.count(`${ROOT}.socialInsurance`, periods, PROFILE_BOUNDS.maxContributionPeriods, 'periods'))
    return;
  const valid: Array<{ index: number; from: number; to: number; field: string }> = [];
  periods.forEach((period, index) => {
    const field = `${ROOT}.socialInsurance[${index}]`;
    const from = errors.month(`${field}.from`, period.from);
    const to = errors.month(`${field}.to`, period.to);
    if (typeof period.base !== 'number' || !Number.isFinite(period.base)) {
      errors.add(
        `${field}.base`,
        'finite-number',
        `${field}.base must be a finite number of CNY; got ${describe(period.base)}.`,
      );
    } else if (period.base < 0) {
      errors.add(`${field}.base`, 'non-negative', `${field}.base must not be negative; got ${period.base}.`);
    }
    const income: unknown = period.incomeTaxBase;
    if (income !== undefined && income !== null) {
      if (typeof income !== 'number' || !Number.isFinite(income)) {
        errors.add(
          `${field}.incomeTaxBase`,
          'finite-number',
          `${field}.incomeTaxBase must be a finite number of CNY; got ${describe(income)}.`,
        );
      } else if (income < 0) {
        errors.add(
          `${field}.incomeTaxBase`,
          'non-negative',
          `${field}.incomeTaxBase must not be negative; got ${income}.`,
        );
      }
    }
    if (life && from !== undefined && from < life.firstMonth) {
      errors.add(
        `${field}.from`,
        'within-working-life',
        `${field}.from (${String(period.from)}) is before ${formatMonthIndex(life.firstMonth)}, the month of the holder's ${PROFILE_BOUNDS.workingAge}th birthday.`,
      );
      return;
    }
    if (life && to !== undefined && to > life.lastMonth) {
      errors.add(
        `${field}.to`,
        'within-working-life',
        `${field}.to (${String(period.to)}) is after ${formatMonthIndex(life.lastMonth)}, the assessment month.`,
      );
      return;
    }
    if (from === undefined || to === undefined) return;
    if (to < from) {
      errors.add(
        `${field}.to`,
        'to-not-before-from',
        `${field}.to (${period.to}) is before ${field}.from (${period.from}); a period must end on or after its start.`,
      );
      return;
    }
    valid.push({ index, from, to, field });
  });

  // Sorted by start, a period overlaps an earlier one exactly when it starts before the latest end so far.
  valid.sort((a, b) => a.from - b.from || a.index - b.index);
  let latest: (typeof valid)[number] | undefined;
  for (const period of valid) {
    if (latest && period.from <= latest.to) {
      const [earlier, later] = latest.index < period.index ? [latest, period] : [period, latest];
      errors.add(
        `${later.field}.from`,
        'no-overlap',
        `${later.field} overlaps ${earlier.field}; a month can be paid only once, so periods must not overlap.`,
      );
    }
    if (!latest || period.to > latest.to) latest = period;
  }
}

function validateDateList(
  errors: FieldErrors,
  name: 'falseMaterialDates' | 'administrativeDetentionDates' | 'criminalRecordDates',
  dates: readonly unknown[] | null | undefined,
  assessmentDate: IsoDate | undefined,
): void {
  if (!errors.count(`${ROOT}.${name}`, dates, PROFILE_BOUNDS.maxDatedRecords, 'dates')) return;
  (dates ?? []).forEach((value, index) => {
    const field = `${ROOT}.${name}[${index}]`;
    const date = errors.date(field, value, true);
    errors.notAfterAssessment(field, date, assessmentDate, 'a record');
  });
}

/** Two optional dates of one span: each real, the end not before the start. */
function dateSpan(
  errors: FieldErrors,
  start: { name: keyof ScoreProfileInput; value: unknown },
  end: { name: keyof ScoreProfileInput; value: unknown },
  what: string,
): { start: IsoDate | undefined; end: IsoDate | undefined } {
  const from = errors.date(`${ROOT}.${start.name}`, start.value, false);
  const to = errors.date(`${ROOT}.${end.name}`, end.value, false);
  if (from !== undefined && to !== undefined && compareIsoDates(to, from) < 0) {
    errors.add(
      `${ROOT}.${end.name}`,
      'not-before-start',
      `${ROOT}.${end.name} (${to}) is before ${ROOT}.${start.name} (${from}); ${what} must end on or after it starts.`,
    );
  }
  return { start: from, end: to };
}

/**
 * Every problem of the input, each naming its field; empty when the profile can be scored.
 * `options.today` must itself be a real date (a programming error otherwise).
 */
export function validateProfile(input: ScoreProfileInput, options: ValidateProfileOptions): FieldError[] {
  const today: unknown = options.today;
  if (!isIsoDate(today))
    throw new RangeError(`validateProfile: options.today must be a real date, got ${describe(today)}`);
  const errors = new FieldErrors();

  const assessmentDate = errors.date(`${ROOT}.assessmentDate`, input.assessmentDate, true);
  if (assessmentDate !== undefined) {
    const latest = addYears(today, 1);
    if (compareIsoDates(assessmentDate, EARLIEST_ASSESSMENT_DATE) < 0) {
      errors.add(
        `${ROOT}.assessmentDate`,
        'not-before-2000',
        `${ROOT}.assessmentDate (${assessmentDate}) is before ${EARLIEST_ASSESSMENT_DATE}; assessments start in 2000.`,
      );
    } else if (compareIsoDates(assessmentDate, latest) > 0) {
      errors.add(
        `${ROOT}.assessmentDate`,
        'not-more-than-a-year-ahead',
        `${ROOT}.assessmentDate (${assessmentDate}) is more than a year after today (${today}); the latest allowed is ${latest}.`,
      );
    }
  }

  const birthDate = errors.date(`${ROOT}.birthDate`, input.birthDate, true);
  errors.notAfterAssessment(`${ROOT}.birthDate`, birthDate, assessmentDate, 'a birth date');

  errors.oneOf(`${ROOT}.education`, input.education, Object.values(EducationLevel));
  errors.oneOf(`${ROOT}.qualification`, input.qualification, Object.values(QualificationLevel));
  if (errors.count(`${ROOT}.awards`, input.awards, PROFILE_BOUNDS.maxAwards, 'awards')) {
    (input.awards ?? []).forEach((award, index) =>
      errors.oneOf(`${ROOT}.awards[${index}]`, award, Object.values(AwardLevel)),
    );
  }

  // Only a life whose dates are both real and in order bounds the months and years.
  const life: WorkingLife | undefined =
    birthDate !== undefined &&
    assessmentDate !== undefined &&
    compareIsoDates(birthDate, assessmentDate) <= 0 &&
    Number(birthDate.slice(0, 4)) + PROFILE_BOUNDS.workingAge <= 9999
      ? {
          firstMonth: monthIndexOfDate(addYears(birthDate, PROFILE_BOUNDS.workingAge)),
          lastMonth: monthIndexOfDate(assessmentDate),
          workingYears: Math.max(
            0,
            fullYearsBetween(addYears(birthDate, PROFILE_BOUNDS.workingAge), assessmentDate),
          ),
        }
      : undefined;
  validateContributionPeriods(errors, input, life);

  errors.amount(`${ROOT}.averageAnnualTaxCny`, input.averageAnnualTaxCny, false, {
    value: PROFILE_BOUNDS.maxAverageAnnualTaxCny,
    why: 'CNY a year',
  });
  errors.amount(`${ROOT}.averageAnnualLocalHires`, input.averageAnnualLocalHires, false, {
    value: PROFILE_BOUNDS.maxAverageAnnualLocalHires,
    why: 'hires a year',
  });
  // No more years of service than years since the working age; without real dates, a century.
  const years = {
    value: life?.workingYears ?? 100,
    why: life
      ? `the full years from the holder's ${PROFILE_BOUNDS.workingAge}th birthday to the assessment date`
      : 'a century',
  };
  errors.amount(`${ROOT}.publicServiceYears`, input.publicServiceYears, true, years);
  errors.amount(`${ROOT}.remoteSuburbYears`, input.remoteSuburbYears, true, years);

  const marriageDate = errors.date(`${ROOT}.spouseHukouMarriageDate`, input.spouseHukouMarriageDate, false);
  errors.notAfterAssessment(
    `${ROOT}.spouseHukouMarriageDate`,
    marriageDate,
    assessmentDate,
    'a marriage date',
  );

  validateDateList(errors, 'falseMaterialDates', input.falseMaterialDates, assessmentDate);
  validateDateList(
    errors,
    'administrativeDetentionDates',
    input.administrativeDetentionDates,
    assessmentDate,
  );
  validateDateList(errors, 'criminalRecordDates', input.criminalRecordDates, assessmentDate);

  // 第二条 facts: real dates, each span ending on or after its start. Whether they make the holder
  // able to apply is the engine's answer (canApply), not bad input.
  dateSpan(
    errors,
    { name: 'residencePermitIssuedOn', value: input.residencePermitIssuedOn },
    { name: 'residencePermitValidUntil', value: input.residencePermitValidUntil },
    'a residence permit',
  );
  const start = dateSpan(
    errors,
    { name: 'employmentStartDate', value: input.employmentStartDate },
    { name: 'employmentEndDate', value: input.employmentEndDate },
    'a labour contract',
  );
  if (start.end !== undefined && start.start === undefined && !errors.has(`${ROOT}.employmentStartDate`)) {
    errors.add(
      `${ROOT}.employmentStartDate`,
      'required',
      `${ROOT}.employmentStartDate is required when ${ROOT}.employmentEndDate is given.`,
    );
  }
  errors.oneOf(`${ROOT}.employerKind`, input.employerKind, Object.values(EmployerKind));

  return errors.list;
}
