import { dayOfWeek, isIsoDate } from '@points/calendar';
import { CalendarYearException, CalendarYearExceptionCode } from './calendar-year.exception';
import type { CalendarDayInput, PublishCalendarYearInput } from './calendar-year.model';

/** Years an entry may be for: the platform's records start after 2000; a notice comes a year ahead. */
export const FIRST_CALENDAR_YEAR = 2000;
export const LAST_CALENDAR_YEAR = 2100;
const MAX_DAYS = 60;
const MAX_NAME = 50;
const MAX_DOCUMENT_REF = 200;
const MAX_REASON = 500;

function invalid(field: string, rule: string, message: string): CalendarYearException {
  return new CalendarYearException(CalendarYearExceptionCode.INVALID_SCHEDULE, message, { field, rule });
}

function text(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw invalid(field, 'required', `${field} must not be empty.`);
  if (trimmed.length > max) throw invalid(field, 'max-length', `${field} must be at most ${max} characters.`);
  return trimmed;
}

/**
 * Checks an entered schedule field by field (the first problem, named by field and rule) and
 * returns it trimmed and in date order: every date real and in the year, none listed twice (in
 * either list), make-up working days on a Saturday or Sunday, the notice and the reason given.
 */
export function validatedSchedule(input: PublishCalendarYearInput): PublishCalendarYearInput {
  const { year } = input;
  if (!Number.isInteger(year) || year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) {
    throw invalid(
      'input.year',
      'year-range',
      `input.year must be a year ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}; got ${year}.`,
    );
  }
  if (input.holidays.length === 0) {
    throw invalid('input.holidays', 'required', 'input.holidays must list the days off of the notice.');
  }
  const seen = new Map<string, string>();
  const days = (list: CalendarDayInput[], key: 'holidays' | 'workdays'): CalendarDayInput[] => {
    if (list.length > MAX_DAYS) {
      throw invalid(`input.${key}`, 'max-count', `input.${key} may list at most ${MAX_DAYS} days.`);
    }
    return list
      .map((day, i) => {
        const field = `input.${key}[${i}]`;
        if (!isIsoDate(day.date)) {
          throw invalid(
            `${field}.date`,
            'iso-date',
            `${field}.date must be a real date written YYYY-MM-DD; got "${day.date}".`,
          );
        }
        if (Number(day.date.slice(0, 4)) !== year) {
          throw invalid(`${field}.date`, 'in-year', `${field}.date ${day.date} is not in ${year}.`);
        }
        const earlier = seen.get(day.date);
        if (earlier) {
          throw invalid(
            `${field}.date`,
            'unique',
            `${field}.date ${day.date} is listed twice (also ${earlier}).`,
          );
        }
        seen.set(day.date, field);
        if (key === 'workdays' && dayOfWeek(day.date) !== 0 && dayOfWeek(day.date) !== 6) {
          throw invalid(
            `${field}.date`,
            'weekend',
            `${field}.date ${day.date} is a weekday: a make-up working day (调休上班) is a Saturday or Sunday.`,
          );
        }
        return { date: day.date, name: text(day.name, `${field}.name`, MAX_NAME) };
      })
      .sort((a, b) => a.date.localeCompare(b.date));
  };
  return {
    year,
    holidays: days(input.holidays, 'holidays'),
    workdays: days(input.workdays, 'workdays'),
    documentRef: text(input.documentRef, 'input.documentRef', MAX_DOCUMENT_REF),
    reason: text(input.reason, 'input.reason', MAX_REASON),
    expectedRevision: input.expectedRevision ?? null,
  };
}
