// The statutory holidays as the law fixes them, for a year whose State Council notice is not in
// the data yet (chinese-days ends with 2026). 《全国年节及纪念日放假办法》 as revised in 2024
// (国务院令第795号, in force 1 January 2025), 第二条: 元旦 1 day (1 January); 春节 4 days (除夕 and
// 正月初一至初三); 清明节 1 day (the solar term); 劳动节 2 days (1–2 May); 端午节 1 day (五月初五);
// 中秋节 1 day (八月十五); 国庆节 3 days (1–3 October). 第六条: a holiday on a Saturday or Sunday is
// made up on a working day (补假). What the rules cannot know is the 调休 swap of weekends the notice
// adds each year, so a deadline counted over these days stays provisional.
import { Lunar, Solar } from 'lunar-javascript';
import { dayOfWeek, fromEpochDay, toEpochDay } from './iso-date.util';

/** The first year of the 2024 revision; earlier years not in the data count weekends only. */
export const STATUTORY_RULES_FROM_YEAR = 2025;

/** One statutory day off: the holiday's own days, and the 补假 weekday for one that fell on a weekend. */
export interface StatutoryDayOff {
  readonly date: string;
  /** e.g. "春节", "劳动节（补假）". */
  readonly name: string;
}

const cache = new Map<number, ReadonlyMap<string, string>>();

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// lunar-javascript computes in calendar fields, not Date instants, so the answer does not depend on
// the machine's time zone (checked with TZ=America/New_York and Pacific/Kiritimati).
function fromLunar(year: number, month: number, day: number): string {
  return Lunar.fromYmd(year, month, day).getSolar().toYmd();
}

function qingming(year: number): string {
  // The jie-qi table of any day of the year holds that year's 清明; 1 June is safely after it.
  const term = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable()['清明'];
  if (!term) throw new Error(`lunar-javascript gave no 清明 for ${year}`);
  return term.toYmd();
}

function holidayDays(year: number): Array<[string, string]> {
  const springFestival = toEpochDay(fromLunar(year, 1, 1));
  return [
    [iso(year, 1, 1), '元旦'],
    [fromEpochDay(springFestival - 1), '春节'], // 除夕, whether the twelfth month has 29 or 30 days
    [fromEpochDay(springFestival), '春节'],
    [fromEpochDay(springFestival + 1), '春节'],
    [fromEpochDay(springFestival + 2), '春节'],
    [qingming(year), '清明节'],
    [iso(year, 5, 1), '劳动节'],
    [iso(year, 5, 2), '劳动节'],
    [fromLunar(year, 5, 5), '端午节'],
    [fromLunar(year, 8, 15), '中秋节'],
    [iso(year, 10, 1), '国庆节'],
    [iso(year, 10, 2), '国庆节'],
    [iso(year, 10, 3), '国庆节'],
  ];
}

const isWeekend = (date: string): boolean => {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
};

/**
 * The days off the law alone gives in `year` (date → name): the holidays, and for each one on a
 * weekend the next weekday that is not already off (补假). Empty before 2025.
 */
export function statutoryDaysOff(year: number): ReadonlyMap<string, string> {
  const known = cache.get(year);
  if (known) return known;
  const off = new Map<string, string>();
  if (year >= STATUTORY_RULES_FROM_YEAR) {
    const days = holidayDays(year).sort(([a], [b]) => a.localeCompare(b));
    for (const [date, name] of days) off.set(date, name);
    // In date order, so a block (国庆 on Fri–Sun) makes up on Mon and Tue rather than twice on Mon.
    for (const [date, name] of days) {
      if (!isWeekend(date)) continue;
      let day = toEpochDay(date) + 1;
      while (isWeekend(fromEpochDay(day)) || off.has(fromEpochDay(day))) day += 1;
      off.set(fromEpochDay(day), `${name}（补假）`);
    }
  }
  const sorted = new Map([...off].sort(([a], [b]) => a.localeCompare(b)));
  cache.set(year, sorted);
  return sorted;
}

/** The same as a list, in date order, for display. */
export function statutoryDaysOffList(year: number): StatutoryDayOff[] {
  return [...statutoryDaysOff(year)].map(([date, name]) => ({ date, name }));
}
