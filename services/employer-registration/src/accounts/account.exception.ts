import { AppException, GraphQLErrorCode, type AppExceptionOptions } from '@points/errors';

export enum AccountExceptionCode {
  ACCOUNT_NOT_FOUND = 'ACCOUNT_NOT_FOUND',
  /** One account per person (blind index of the resident ID). */
  DUPLICATE_PERSON = 'DUPLICATE_PERSON',
  DUPLICATE_USERNAME = 'DUPLICATE_USERNAME',
  /**
   * Job change: no account that this employer may take over. The same answer whether the person
   * has no account or is still linked to another employer, so HR learns nothing about strangers.
   */
  NO_RELEASED_ACCOUNT = 'NO_RELEASED_ACCOUNT',
  ALREADY_LINKED = 'ALREADY_LINKED',
  /** Banned for 3 years after a serious forgery case. */
  APPLICANT_BANNED = 'APPLICANT_BANNED',
  /** Full personal data asked for by someone not entitled to it. */
  NOT_ENTITLED = 'NOT_ENTITLED',
}

const graphqlCodeOf: Record<AccountExceptionCode, GraphQLErrorCode> = {
  [AccountExceptionCode.ACCOUNT_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [AccountExceptionCode.DUPLICATE_PERSON]: GraphQLErrorCode.CONFLICT,
  [AccountExceptionCode.DUPLICATE_USERNAME]: GraphQLErrorCode.CONFLICT,
  [AccountExceptionCode.NO_RELEASED_ACCOUNT]: GraphQLErrorCode.NOT_FOUND,
  [AccountExceptionCode.ALREADY_LINKED]: GraphQLErrorCode.CONFLICT,
  [AccountExceptionCode.APPLICANT_BANNED]: GraphQLErrorCode.FORBIDDEN,
  [AccountExceptionCode.NOT_ENTITLED]: GraphQLErrorCode.FORBIDDEN,
};

export class AccountException extends AppException<AccountExceptionCode> {
  constructor(code: AccountExceptionCode, message: string, options: AppExceptionOptions = {}) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
