import { fail, pass, type ValidationResult } from './validation-result';

export type IsoDateRule = 'FORMAT' | 'DATE_INVALID';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether year/month/day name a day of the proleptic Gregorian calendar. Pure arithmetic rather
 * than `new Date(...)`, which silently rolls 02-30 over to 03-01 and depends on the local timezone.
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A calendar date written "YYYY-MM-DD" that exists (2024-02-29 yes, 2023-02-29 no). */
export function validateIsoDate(input: string): ValidationResult<string, IsoDateRule> {
  const match = ISO_DATE.exec(input);
  if (!match) return fail('FORMAT', 'must be a date written YYYY-MM-DD');
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (!isRealDate(y, m, d)) return fail('DATE_INVALID', 'must be a date that exists in the calendar');
  return pass(input);
}
