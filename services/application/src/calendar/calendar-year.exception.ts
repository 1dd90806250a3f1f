import { AppException, GraphQLErrorCode, type AppExceptionOptions } from '@points/errors';

export enum CalendarYearExceptionCode {
  /** A field of the entered schedule breaks a rule (extensions.field and .rule say which). */
  INVALID_SCHEDULE = 'INVALID_SCHEDULE',
  /** The year changed since the page loaded it (another entry was saved first). */
  STALE_REVISION = 'STALE_REVISION',
}

const graphqlCodeOf: Record<CalendarYearExceptionCode, GraphQLErrorCode> = {
  [CalendarYearExceptionCode.INVALID_SCHEDULE]: GraphQLErrorCode.BAD_USER_INPUT,
  [CalendarYearExceptionCode.STALE_REVISION]: GraphQLErrorCode.CONFLICT,
};

export class CalendarYearException extends AppException<CalendarYearExceptionCode> {
  constructor(code: CalendarYearExceptionCode, message: string, options: AppExceptionOptions = {}) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
