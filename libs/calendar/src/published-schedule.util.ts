// A year's schedule as HRSS entered it from the State Council notice (the application service's
// `published_calendar` table), so that a new year counts exactly without a release of the package.
// The calendar's functions are synchronous and called from many places, so the schedules are held
// here, per process, and replaced whole by the service that reads them from the database (at boot
// and after each change); see services/application/src/calendar.
import { CalendarException, CalendarExceptionCode } from './calendar.exception';
import { assertIsoDate } from './iso-date.util';

/** One day of a published schedule. */
export interface PublishedDay {
  /** "YYYY-MM-DD", in the schedule's year. */
  readonly date: string;
  /** e.g. "春节", "国庆节调休上班". */
  readonly name: string;
}

/** A year's published schedule: its days off and its make-up working days (调休上班). */
export interface PublishedSchedule {
  readonly year: number;
  /** The revision of the entry, part of the data version stored with a deadline. */
  readonly revision: number;
  /** Days off that would otherwise be working days, plus the weekend days inside a holiday block. */
  readonly holidays: readonly PublishedDay[];
  /** Weekend days declared working days. */
  readonly workdays: readonly PublishedDay[];
}

interface Loaded {
  readonly revision: number;
  readonly holidays: ReadonlyMap<string, string>;
  readonly workdays: ReadonlyMap<string, string>;
}

let published: ReadonlyMap<number, Loaded> = new Map();
/** Moves with every replacement of the schedules: what is derived from them is kept until it moves. */
let generation = 0;

function loaded(schedule: PublishedSchedule): Loaded {
  const holidays = new Map<string, string>();
  const workdays = new Map<string, string>();
  for (const [days, into] of [
    [schedule.holidays, holidays],
    [schedule.workdays, workdays],
  ] as const) {
    for (const day of days) {
      assertIsoDate(day.date);
      if (
        Number(day.date.slice(0, 4)) !== schedule.year ||
        holidays.has(day.date) ||
        workdays.has(day.date)
      ) {
        // The service validates each field for the person entering it; reaching here is a bug.
        throw new CalendarException(
          `${day.date} is outside ${schedule.year} or listed twice`,
          CalendarExceptionCode.INVALID_ARGUMENT,
        );
      }
      into.set(day.date, day.name);
    }
  }
  return { revision: schedule.revision, holidays, workdays };
}

/** Replaces the published schedules this process counts with (all of them, not a merge). */
export function usePublishedSchedules(schedules: readonly PublishedSchedule[]): void {
  const next = new Map<number, Loaded>();
  for (const schedule of schedules) next.set(schedule.year, loaded(schedule));
  published = next;
  generation += 1;
}

/** Which set of published schedules is in use: results derived from them may be kept while it stays. */
export function publishedGeneration(): number {
  return generation;
}

/** The published schedule of `year`, if one is loaded. */
export function publishedScheduleOf(year: number): Loaded | undefined {
  return published.get(year);
}

/** The loaded years and their revisions, ascending, e.g. "2027r2": part of the data version. */
export function publishedRevisions(): string[] {
  return [...published].sort(([a], [b]) => a - b).map(([year, { revision }]) => `${year}r${revision}`);
}
