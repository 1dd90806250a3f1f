import { CalendarException, CalendarExceptionCode } from './calendar.exception';

// Dates are handled as whole days counted from 1970-01-01 and converted with the UTC functions
// only: a "YYYY-MM-DD" in the China calendar is a label for a day, and going through local time
// would shift it by one on any machine west of Greenwich.
const MS_PER_DAY = 86_400_000;
// Four-digit years without a leading zero: Date.UTC maps years 0–99 to 1900–1999.
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/** Whole days since 1970-01-01 for a "YYYY-MM-DD" string; throws INVALID_DATE if it is not a real date. */
export function toEpochDay(date: string): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    // Date.UTC rolls 02-30 over to 03-01; a round trip that changes the day means it does not exist.
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return ms / MS_PER_DAY;
    }
  }
  throw new CalendarException(
    `expected a real date written YYYY-MM-DD, got ${JSON.stringify(date)}`,
    CalendarExceptionCode.INVALID_DATE,
  );
}

/** The "YYYY-MM-DD" string for a day count from `toEpochDay`. */
export function fromEpochDay(epochDay: number): string {
  const iso = new Date(epochDay * MS_PER_DAY).toISOString();
  // toISOString writes years past 9999 as "+010000-..."; such dates are outside this lib's domain.
  if (!/^\d{4}-/.test(iso)) {
    throw new CalendarException(
      'date out of range (years 1000–9999)',
      CalendarExceptionCode.INVALID_ARGUMENT,
    );
  }
  return iso.slice(0, 10);
}

/** Throws INVALID_DATE unless `date` is a real "YYYY-MM-DD" date. */
export function assertIsoDate(date: string): void {
  toEpochDay(date);
}

/** Whether `date` is a real "YYYY-MM-DD" date (2024-02-29 yes, 2023-02-29 no). */
export function isIsoDate(date: string): boolean {
  try {
    toEpochDay(date);
    return true;
  } catch {
    return false;
  }
}

/** `date` plus `n` calendar days (`n` may be negative). */
export function addCalendarDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) {
    throw new CalendarException(`n must be a whole number, got ${n}`, CalendarExceptionCode.INVALID_ARGUMENT);
  }
  return fromEpochDay(toEpochDay(date) + n);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Day of the week, 0 = Sunday … 6 = Saturday, as `Date#getDay` numbers them. */
export function dayOfWeek(date: string): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps dates before 1970 positive.
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}
