import { AppException, GraphQLErrorCode, type AppExceptionOptions } from '@points/errors';

export enum LoginExceptionCode {
  /** Unknown username and wrong password alike: the answer does not tell which. */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** 5 failures in a row: locked for 15 minutes. */
  LOCKED = 'LOCKED',
  /** changePassword with a wrong current password. */
  WRONG_PASSWORD = 'WRONG_PASSWORD',
}

const graphqlCodeOf: Record<LoginExceptionCode, GraphQLErrorCode> = {
  [LoginExceptionCode.INVALID_CREDENTIALS]: GraphQLErrorCode.UNAUTHENTICATED,
  [LoginExceptionCode.LOCKED]: GraphQLErrorCode.TOO_MANY_REQUESTS,
  [LoginExceptionCode.WRONG_PASSWORD]: GraphQLErrorCode.BAD_USER_INPUT,
};

export class LoginException extends AppException<LoginExceptionCode> {
  constructor(code: LoginExceptionCode, message: string, options: AppExceptionOptions = {}) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
