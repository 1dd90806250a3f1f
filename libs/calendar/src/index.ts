export * from './calendar.exception';
export { addCalendarDays, calendarDaysBetween, dayOfWeek, isIsoDate } from './iso-date.util';
export {
  CalendarSource,
  calendarDataVersion,
  calendarSourceOf,
  coveredYears,
  currentCalendarVersion,
  isDateCovered,
  isPackageYear,
  isYearCovered,
} from './holiday-data.util';
export * from './published-schedule.util';
export {
  STATUTORY_RULES_FROM_YEAR,
  statutoryDaysOffList,
  type StatutoryDayOff,
} from './statutory-rules.util';
export * from './working-days.util';
export * from './shanghai-date.util';
