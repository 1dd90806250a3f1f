import { CalendarException, CalendarExceptionCode } from './calendar.exception';
import { holidayName, isDateCovered, makeUpWorkingDayName } from './holiday-data.util';
import { dayOfWeek, fromEpochDay, toEpochDay } from './iso-date.util';

/** The result of `addWorkingDays`. */
export interface WorkingDayResult {
  /** The resulting day, "YYYY-MM-DD". */
  readonly date: string;
  /**
   * True when some day counted lies where the holiday data is not settled (a year it does not
   * cover, or late December before the next year's notice): there only weekends were treated as
   * days off, so the date may move once the State Council publishes that year's holidays.
   */
  readonly provisional: boolean;
}

/**
 * Whether `date` is a working day in mainland China: Monday–Friday unless a statutory holiday, plus
 * the weekend days declared working days (调休上班). Outside the covered data, Monday–Friday.
 */
export function isWorkingDay(date: string): boolean {
  const weekday = dayOfWeek(date); // validates the date first
  if (makeUpWorkingDayName(date) !== undefined) return true;
  if (holidayName(date) !== undefined) return false;
  return weekday !== 0 && weekday !== 6;
}

/**
 * The `n`th working day after `date`, `date` itself not counted: "3 working days after X". With
 * `n` = 0 the answer is `date` itself, whatever kind of day it is, and never provisional.
 */
export function addWorkingDays(date: string, n: number): WorkingDayResult {
  let epochDay = toEpochDay(date);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new CalendarException(
      `n must be a whole number of working days, 0 or more, got ${n}`,
      CalendarExceptionCode.INVALID_ARGUMENT,
    );
  }
  let current = date;
  let provisional = false;
  for (let remaining = n; remaining > 0;) {
    epochDay += 1;
    current = fromEpochDay(epochDay);
    if (!isDateCovered(current)) provisional = true;
    if (isWorkingDay(current)) remaining -= 1;
  }
  return { date: current, provisional };
}

/**
 * The number of working days after `from` up to and including `to`, so that
 * `workingDaysBetween(x, addWorkingDays(x, n).date) === n`; negative when `to` is before `from`
 * (e.g. how many working days a deadline is overdue). Exact when both ends satisfy `isDateCovered`
 * (the covered dates form one range); otherwise weekends-only outside the data, like `addWorkingDays`.
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  if (end < start) return -workingDaysBetween(to, from);
  let count = 0;
  for (let day = start + 1; day <= end; day++) {
    if (isWorkingDay(fromEpochDay(day))) count += 1;
  }
  return count;
}
