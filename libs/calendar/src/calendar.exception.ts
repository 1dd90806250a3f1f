export enum CalendarExceptionCode {
  /** A date string that is not "YYYY-MM-DD" or names a day that does not exist. */
  INVALID_DATE = 'INVALID_DATE',
  /** A count or instant the calendar cannot work with (negative, fractional, out of range). */
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
}

/**
 * Thrown for arguments this lib cannot work with. Dates reaching the calendar should already have
 * been validated at the edge (`@points/validation`), so this signals a programming error.
 */
export class CalendarException extends Error {
  constructor(
    message: string,
    readonly code: CalendarExceptionCode,
  ) {
    super(message);
    this.name = 'CalendarException';
  }
}
