import { CalendarException, CalendarExceptionCode } from './calendar.exception';
import {
  CalendarSource,
  calendarSourceOf,
  holidayName,
  isDateCovered,
  makeUpWorkingDayName,
} from './holiday-data.util';
import { publishedGeneration, publishedScheduleOf } from './published-schedule.util';
import { statutoryDaysOff } from './statutory-rules.util';
import { dayOfWeek, fromEpochDay, toEpochDay } from './iso-date.util';

/** The result of `addWorkingDays`. */
export interface WorkingDayResult {
  /** The resulting day, "YYYY-MM-DD". */
  readonly date: string;
  /**
   * True when some day counted lies where the holiday data is not settled (a year neither HRSS nor
   * the package covers, or late December before the next year's notice): there only weekends and
   * the law's fixed days were days off, so the date may move once that year's notice is entered.
   */
  readonly provisional: boolean;
}

/**
 * Whether `date` is a working day in mainland China: Monday–Friday unless a statutory holiday, plus
 * the weekend days declared working days (调休上班). The year's schedule comes from HRSS's published
 * entry first, then the package's data; a year in neither has the law's fixed days off (元旦,
 * 春节, 清明, 劳动节, 端午, 中秋, 国庆, with 补假) and no 调休.
 */
export function isWorkingDay(date: string): boolean {
  const weekday = dayOfWeek(date); // validates the date first
  const weekdayRule = weekday !== 0 && weekday !== 6;
  const year = Number(date.slice(0, 4));
  switch (calendarSourceOf(year)) {
    case CalendarSource.PUBLISHED: {
      const schedule = publishedScheduleOf(year);
      if (schedule?.workdays.has(date)) return true;
      if (schedule?.holidays.has(date)) return false;
      return weekdayRule;
    }
    case CalendarSource.PACKAGE:
      break;
    case CalendarSource.STATUTORY_RULES:
      // The package may still hold a day of this year from a neighbouring year's notice (the 2019 one
      // set 2018-12-29 and 2018-12-31): that one is settled, and is asked for below.
      if (makeUpWorkingDayName(date) === undefined && holidayName(date) === undefined) {
        return weekdayRule && !statutoryDaysOff(year).has(date);
      }
  }
  if (makeUpWorkingDayName(date) !== undefined) return true;
  if (holidayName(date) !== undefined) return false;
  return weekdayRule;
}

/**
 * The `n`th working day after `date`, `date` itself not counted: "3 working days after X". With
 * `n` = 0 the answer is `date` itself, whatever kind of day it is, and never provisional.
 */
export function addWorkingDays(date: string, n: number): WorkingDayResult {
  const epochDay = toEpochDay(date);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new CalendarException(
      `n must be a whole number of working days, 0 or more, got ${n}`,
      CalendarExceptionCode.INVALID_ARGUMENT,
    );
  }
  // Every acceptance and every scoring start counts the same 20 days from the same day: a walk of
  // ~28 days through the holiday data each time was 1.6 % of the application subgraph's CPU in the
  // accept wave (issue 18). Kept until HRSS replaces the published schedules; bounded.
  if (memoGeneration !== publishedGeneration() || memo.size >= MEMO_LIMIT) {
    memo.clear();
    memoGeneration = publishedGeneration();
  }
  const key = `${date}|${n}`;
  const known = memo.get(key);
  if (known) return known;
  const result = Object.freeze(walkWorkingDays(epochDay, date, n));
  memo.set(key, result);
  return result;
}
const memo = new Map<string, WorkingDayResult>();
const MEMO_LIMIT = 10_000;
let memoGeneration = -1;

function walkWorkingDays(epochDay: number, date: string, n: number): WorkingDayResult {
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
