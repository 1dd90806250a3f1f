export * from './calendar.exception';
export { addCalendarDays, calendarDaysBetween, dayOfWeek, isIsoDate } from './iso-date.util';
export { calendarDataVersion, coveredYears, isDateCovered, isYearCovered } from './holiday-data.util';
export * from './working-days.util';
export * from './shanghai-date.util';
