import { AppException, GraphQLErrorCode } from '@points/errors';

export enum VerificationCaseExceptionCode {
  CASE_NOT_FOUND = 'CASE_NOT_FOUND',
}

const graphqlCodeOf: Record<VerificationCaseExceptionCode, GraphQLErrorCode> = {
  [VerificationCaseExceptionCode.CASE_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
};

export class VerificationCaseException extends AppException<VerificationCaseExceptionCode> {
  constructor(code: VerificationCaseExceptionCode, message: string) {
    super(message, code, graphqlCodeOf[code]);
  }
}
