import { AppException, GraphQLErrorCode, type AppExceptionOptions } from '@points/errors';

export enum SmsMessageExceptionCode {
  MESSAGE_NOT_FOUND = 'MESSAGE_NOT_FOUND',
  ALREADY_DELIVERED = 'ALREADY_DELIVERED',
  STILL_IN_FLIGHT = 'STILL_IN_FLIGHT',
  ALREADY_RESENT = 'ALREADY_RESENT',
  NO_CONTACT = 'NO_CONTACT',
  INVALID_CURSOR = 'INVALID_CURSOR',
  INVALID_PAGE_SIZE = 'INVALID_PAGE_SIZE',
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
}

const graphqlCodeOf: Record<SmsMessageExceptionCode, GraphQLErrorCode> = {
  [SmsMessageExceptionCode.MESSAGE_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [SmsMessageExceptionCode.ALREADY_DELIVERED]: GraphQLErrorCode.CONFLICT,
  [SmsMessageExceptionCode.STILL_IN_FLIGHT]: GraphQLErrorCode.CONFLICT,
  [SmsMessageExceptionCode.ALREADY_RESENT]: GraphQLErrorCode.CONFLICT,
  [SmsMessageExceptionCode.NO_CONTACT]: GraphQLErrorCode.CONFLICT,
  [SmsMessageExceptionCode.INVALID_CURSOR]: GraphQLErrorCode.BAD_USER_INPUT,
  [SmsMessageExceptionCode.INVALID_PAGE_SIZE]: GraphQLErrorCode.BAD_USER_INPUT,
  [SmsMessageExceptionCode.INVALID_ARGUMENT]: GraphQLErrorCode.BAD_USER_INPUT,
};

export class SmsMessageException extends AppException<SmsMessageExceptionCode> {
  constructor(code: SmsMessageExceptionCode, message: string, options: AppExceptionOptions = {}) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
