import { AppException, GraphQLErrorCode, type AppExceptionOptions } from '@points/errors';

export enum ForgeryCaseExceptionCode {
  /** No such case in the caller's scope (the same answer either way). */
  CASE_NOT_FOUND = 'CASE_NOT_FOUND',
  /** The case is not in the status the action needs (decided already, not appealed, ...). */
  WRONG_STATUS = 'WRONG_STATUS',
  /** The review is decided by a second person, not the one who decided the case. */
  SAME_PERSON = 'SAME_PERSON',
}

const graphqlCodeOf: Record<ForgeryCaseExceptionCode, GraphQLErrorCode> = {
  [ForgeryCaseExceptionCode.CASE_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [ForgeryCaseExceptionCode.WRONG_STATUS]: GraphQLErrorCode.BAD_USER_INPUT,
  [ForgeryCaseExceptionCode.SAME_PERSON]: GraphQLErrorCode.FORBIDDEN,
};

export class ForgeryCaseException extends AppException<ForgeryCaseExceptionCode> {
  constructor(code: ForgeryCaseExceptionCode, message: string, options: AppExceptionOptions = {}) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
