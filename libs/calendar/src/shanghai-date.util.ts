import { CalendarException, CalendarExceptionCode } from './calendar.exception';

// Intl with an explicit zone, not the machine's: servers commonly run in UTC, where 00:30 in
// Shanghai is still "yesterday". en-CA formats dates as YYYY-MM-DD.
const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The China-calendar date ("YYYY-MM-DD", Asia/Shanghai) of an instant. Takes the instant as an
 * argument so callers decide where "now" comes from (and tests can fix it).
 */
export function toShanghaiDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) {
    throw new CalendarException('instant is an invalid Date', CalendarExceptionCode.INVALID_ARGUMENT);
  }
  // The date moves at most once a minute (Shanghai's offset has been whole minutes since 1901): the last
  // minute's answer is kept. Intl's formatToParts for every "today" was 1.7 % of the application
  // subgraph's CPU in the accept wave (issue 18).
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute === lastMinute) return lastDate;
  const parts = Object.fromEntries(SHANGHAI_DATE.formatToParts(instant).map((p) => [p.type, p.value]));
  lastDate = `${parts['year']}-${parts['month']}-${parts['day']}`;
  lastMinute = minute;
  return lastDate;
}
let lastMinute = Number.NaN;
let lastDate = '';
