import { AppException, GraphQLErrorCode } from '@points/errors';

export enum VerificationCaseExceptionCode {
  CASE_NOT_FOUND = 'CASE_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  INVALID_INPUT = 'INVALID_INPUT',
}

const graphqlCodeOf: Record<VerificationCaseExceptionCode, GraphQLErrorCode> = {
  [VerificationCaseExceptionCode.CASE_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [VerificationCaseExceptionCode.STALE_VERSION]: GraphQLErrorCode.CONFLICT,
  [VerificationCaseExceptionCode.INVALID_INPUT]: GraphQLErrorCode.BAD_USER_INPUT,
};

export class VerificationCaseException extends AppException<VerificationCaseExceptionCode> {
  constructor(
    code: VerificationCaseExceptionCode,
    message: string,
    options: { field?: string; rule?: string } = {},
  ) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
