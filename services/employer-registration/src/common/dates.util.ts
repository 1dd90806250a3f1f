import { addCalendarDays } from '@points/calendar';

/** The same day `years` later ("YYYY-MM-DD"); 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const month = date.slice(5, 7);
  let day = date.slice(8, 10);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === '02' && day === '29' && !leap) day = '28';
  return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

/** The last day of a period of `years` starting on `date` (both days included). */
export function lastDayOfYears(date: string, years: number): string {
  return addCalendarDays(addYears(date, years), -1);
}
