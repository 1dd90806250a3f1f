import { AppException, GraphQLErrorCode, type AppExceptionOptions } from '@points/errors';

export enum ApplicationExceptionCode {
  APPLICATION_NOT_FOUND = 'APPLICATION_NOT_FOUND',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  STALE_VERSION = 'STALE_VERSION',
  INVALID_FORM = 'INVALID_FORM',
  NOT_EDITABLE = 'NOT_EDITABLE',
  EMPLOYER_MAY_NOT_FILE = 'EMPLOYER_MAY_NOT_FILE',
  APPLICANT_NOT_EMPLOYED_HERE = 'APPLICANT_NOT_EMPLOYED_HERE',
  APPLICANT_BANNED = 'APPLICANT_BANNED',
  OPEN_APPLICATION_EXISTS = 'OPEN_APPLICATION_EXISTS',
  NO_VALID_POINTS = 'NO_VALID_POINTS',
  RENEWAL_OUTSIDE_WINDOW = 'RENEWAL_OUTSIDE_WINDOW',
  NOT_PRINTABLE_YET = 'NOT_PRINTABLE_YET',
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
  APPEAL_ALREADY_OPEN = 'APPEAL_ALREADY_OPEN',
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
}

const graphqlCodeOf: Record<ApplicationExceptionCode, GraphQLErrorCode> = {
  [ApplicationExceptionCode.APPLICATION_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [ApplicationExceptionCode.ROLE_NOT_ALLOWED]: GraphQLErrorCode.FORBIDDEN,
  [ApplicationExceptionCode.TRANSITION_NOT_ALLOWED]: GraphQLErrorCode.BAD_USER_INPUT,
  [ApplicationExceptionCode.STALE_VERSION]: GraphQLErrorCode.CONFLICT,
  [ApplicationExceptionCode.INVALID_FORM]: GraphQLErrorCode.BAD_USER_INPUT,
  [ApplicationExceptionCode.NOT_EDITABLE]: GraphQLErrorCode.BAD_USER_INPUT,
  [ApplicationExceptionCode.EMPLOYER_MAY_NOT_FILE]: GraphQLErrorCode.FORBIDDEN,
  [ApplicationExceptionCode.APPLICANT_NOT_EMPLOYED_HERE]: GraphQLErrorCode.FORBIDDEN,
  [ApplicationExceptionCode.APPLICANT_BANNED]: GraphQLErrorCode.FORBIDDEN,
  [ApplicationExceptionCode.OPEN_APPLICATION_EXISTS]: GraphQLErrorCode.CONFLICT,
  [ApplicationExceptionCode.NO_VALID_POINTS]: GraphQLErrorCode.BAD_USER_INPUT,
  [ApplicationExceptionCode.RENEWAL_OUTSIDE_WINDOW]: GraphQLErrorCode.BAD_USER_INPUT,
  [ApplicationExceptionCode.NOT_PRINTABLE_YET]: GraphQLErrorCode.BAD_USER_INPUT,
  [ApplicationExceptionCode.ALREADY_ASSIGNED]: GraphQLErrorCode.CONFLICT,
  [ApplicationExceptionCode.APPEAL_ALREADY_OPEN]: GraphQLErrorCode.CONFLICT,
  [ApplicationExceptionCode.INVALID_ARGUMENT]: GraphQLErrorCode.BAD_USER_INPUT,
};

export class ApplicationException extends AppException<ApplicationExceptionCode> {
  constructor(code: ApplicationExceptionCode, message: string, options: AppExceptionOptions = {}) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
