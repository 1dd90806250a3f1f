// Calendar arithmetic on plain strings. The engine is pure: no clock and no Date objects, so a
// result depends only on its inputs and the same strings give the same answer in every time zone.

/** A calendar date, "YYYY-MM-DD". */
export type IsoDate = string;
/** A calendar month, "YYYY-MM". */
export type YearMonth = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const DIGIT_0 = 48;
const DASH = 45;

/**
 * The number written by `length` ASCII digits at `start`, or -1. Hand-rolled rather than a regex
 * because assess parses every contribution period and this is its hottest string work.
 */
function digitsAt(value: string, start: number, length: number): number {
  let result = 0;
  for (let i = start; i < start + length; i++) {
    const digit = value.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of a real calendar date, or null ("2023-02-30", "2023-13-01" and "2023-1-1" are null). */
export function parseIsoDate(value: string): DateParts | null {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return null;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/**
 * A month as one integer (year × 12 + month − 1), so that windows are integer ranges and the
 * month after December needs no special case. Null when the value is not a real "YYYY-MM".
 */
export function parseYearMonth(value: string): number | null {
  if (value.length !== 7 || value.charCodeAt(4) !== DASH) return null;
  // Unrolled: assess parses two of these per contribution period, more than any other string work.
  const y0 = value.charCodeAt(0) - DIGIT_0;
  const y1 = value.charCodeAt(1) - DIGIT_0;
  const y2 = value.charCodeAt(2) - DIGIT_0;
  const y3 = value.charCodeAt(3) - DIGIT_0;
  const m0 = value.charCodeAt(5) - DIGIT_0;
  const m1 = value.charCodeAt(6) - DIGIT_0;
  // `>>> 0` turns a negative difference (a character below '0') into a large number.
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9)
    return null;
  const month = m0 * 10 + m1;
  if (month < 1 || month > 12) return null;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 12 + month - 1;
}

export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && parseYearMonth(value) !== null;
}

export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function yearOfMonthIndex(index: number): number {
  return Math.floor(index / 12);
}

export function formatMonthIndex(index: number): YearMonth {
  const year = yearOfMonthIndex(index);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Parses a date the caller has validated; a bad one is a programming error, not user input. */
export function requireIsoDate(value: string, what: string): DateParts {
  const parts = parseIsoDate(value);
  if (!parts)
    throw new RangeError(`${what} is not a real date "YYYY-MM-DD": "${value}" (run validateProfile first)`);
  return parts;
}

export function requireYearMonth(value: string, what: string): number {
  const index = parseYearMonth(value);
  if (index === null)
    throw new RangeError(`${what} is not a real month "YYYY-MM": "${value}" (run validateProfile first)`);
  return index;
}

/** Month index of the month a date falls in. */
export function monthIndexOfDate(date: IsoDate): number {
  const { year, month } = requireIsoDate(date, 'date');
  return monthIndex(year, month);
}

/** Number of months from `from` to `to`, both inclusive ("2024-01".."2024-12" is 12); 0 when `to` is earlier. */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const count = requireYearMonth(to, 'to') - requireYearMonth(from, 'from') + 1;
  return count > 0 ? count : 0;
}

/**
 * The same calendar day `years` later (negative: earlier). 29 February becomes 28 February in a
 * common year, so "3 years before 2027-02-28" is 2024-02-28 and never jumps into March.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = requireIsoDate(date, 'date');
  const target = year + years;
  return formatIsoDate({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/** -1, 0 or 1; valid ISO dates order like their strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Full years from `from` to `to` (周岁 for a birth date): the count goes up on the anniversary
 * itself. Someone born on 29 February completes a year on 1 March in a common year.
 */
export function fullYearsBetween(from: IsoDate, to: IsoDate): number {
  const start = requireIsoDate(from, 'from');
  const end = requireIsoDate(to, 'to');
  const beforeAnniversary = end.month < start.month || (end.month === start.month && end.day < start.day);
  return end.year - start.year - (beforeAnniversary ? 1 : 0);
}
