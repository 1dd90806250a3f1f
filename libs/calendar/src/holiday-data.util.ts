// The statutory holiday data of chinese-days, read from the JSON file the package publishes
// rather than through its functions: those build their tables with local-time dates, so on a
// machine west of UTC every holiday comes out one day early (checked with TZ=America/New_York).
// The JSON was generated once by the package and is the same data, keyed by plain "YYYY-MM-DD".
import holidayJson from 'chinese-days/dist/chinese-days.json';
import chineseDaysPackage from 'chinese-days/package.json';
import { assertIsoDate } from './iso-date.util';
import { publishedGeneration, publishedRevisions, publishedScheduleOf } from './published-schedule.util';

/** Date → "English name,中文名,…" for every statutory day off and every make-up working day (调休). */
interface HolidayData {
  /** Days off that would otherwise be working days, plus weekend days inside a holiday block. */
  readonly holidays: Readonly<Record<string, string>>;
  /** Weekend days declared working days (调休上班), e.g. 2024-02-04 and 2024-02-18. */
  readonly workdays: Readonly<Record<string, string>>;
}

const data: HolidayData = holidayJson;

/**
 * Identifies the holiday data, e.g. "chinese-days@1.5.7". Store it next to a computed deadline so
 * that a later change in the data (a new State Council notice) can be traced and recomputed.
 */
export const calendarDataVersion = `chinese-days@${chineseDaysPackage.version}`;

export function holidayName(date: string): string | undefined {
  return nameOf(data.holidays[date]);
}

export function makeUpWorkingDayName(date: string): string | undefined {
  return nameOf(data.workdays[date]);
}

function nameOf(entry: string | undefined): string | undefined {
  return entry?.split(',')[0];
}

// A year counts as covered when the data holds both ends of its State Council notice: every
// notice since 2000 sets Spring Festival and National Day. A stray entry alone is not enough,
// because a notice can reach into the neighbouring year (the 2019 one made 2018-12-29 a working day
// and 2018-12-31 a day off).
const coveredYearSet: ReadonlySet<number> = (() => {
  const kinds = new Map<number, Set<string>>();
  for (const [date, entry] of Object.entries(data.holidays)) {
    const year = Number(date.slice(0, 4));
    const set = kinds.get(year) ?? new Set<string>();
    set.add(nameOf(entry) ?? '');
    kinds.set(year, set);
  }
  return new Set(
    [...kinds].filter(([, k]) => k.has('Spring Festival') && k.has('National Day')).map(([y]) => y),
  );
})();

/** The years whose statutory holidays the package's data knows, ascending (2004–2026 in chinese-days 1.5.7). */
export const coveredYears: readonly number[] = [...coveredYearSet].sort((a, b) => a - b);

/** Whether the package's data knows the statutory holidays of `year`. */
export function isPackageYear(year: number): boolean {
  return coveredYearSet.has(year);
}

/** Where a year's days off come from, in the order the calendar asks: HRSS's entry, the package, the law. */
export enum CalendarSource {
  /** Entered by HRSS from the State Council notice (published_calendar). */
  PUBLISHED = 'PUBLISHED',
  /** The chinese-days package's data. */
  PACKAGE = 'PACKAGE',
  /** Only the law's fixed days and weekends: deadlines counted here are provisional. */
  STATUTORY_RULES = 'STATUTORY_RULES',
}

export function calendarSourceOf(year: number): CalendarSource {
  if (publishedScheduleOf(year)) return CalendarSource.PUBLISHED;
  return coveredYearSet.has(year) ? CalendarSource.PACKAGE : CalendarSource.STATUTORY_RULES;
}

/** Whether the year's notice is known (published by HRSS or in the package): its working days are settled. */
export function isYearCovered(year: number): boolean {
  return calendarSourceOf(year) !== CalendarSource.STATUTORY_RULES;
}

/**
 * The data a deadline computed now was counted with: the package, and HRSS's entries with their
 * revisions ("chinese-days@1.5.7+published:2027r1"). Stored next to the deadline.
 */
export function currentCalendarVersion(): string {
  // Asked with every deadline written: rebuilt only when HRSS's schedules were replaced.
  if (versionOf?.generation !== publishedGeneration()) {
    const published = publishedRevisions();
    versionOf = {
      generation: publishedGeneration(),
      version:
        published.length > 0
          ? `${calendarDataVersion}+published:${published.join(',')}`
          : calendarDataVersion,
    };
  }
  return versionOf.version;
}
let versionOf: { generation: number; version: string } | undefined;

// The first day of late December that the next year's notice may still change (see above: the
// New Year holiday and its make-up day can fall in the last week of the previous year).
const LATE_DECEMBER = 25;

/**
 * Whether the data settles whether `date` ("YYYY-MM-DD") is a working day: its year
 * is covered and, for 25–31 December, so is the next year, whose notice may still move those days.
 */
export function isDateCovered(date: string): boolean {
  assertIsoDate(date);
  const year = Number(date.slice(0, 4));
  if (!isYearCovered(year)) return false;
  const lateDecember = date.slice(5, 7) === '12' && Number(date.slice(8, 10)) >= LATE_DECEMBER;
  return !lateDecember || isYearCovered(year + 1);
}
