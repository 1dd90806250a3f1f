// Dates as people in Shanghai write them: 2026年12月1日 in Chinese, 2026-12-01 otherwise; times in
// Shanghai's time zone whatever the browser's.
import type { Language } from './language';

const SHANGHAI = 'Asia/Shanghai';

/** A calendar date (YYYY-MM-DD or YYYY-MM) as written in the language; '—' for none. */
export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (language === 'en') return day ? `${year}-${month}-${day}` : `${year}-${month}`;
  return day ? `${year}年${Number(month)}月${Number(day)}日` : `${year}年${Number(month)}月`;
}

/** An instant (ISO date-time) as the date and time on a Shanghai clock. */
export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: SHANGHAI,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return `${formatDate(date, language)} ${parts.hour}:${parts.minute}`;
}

/** Today's date on a Shanghai calendar (YYYY-MM-DD). */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SHANGHAI }).format(now);
}
