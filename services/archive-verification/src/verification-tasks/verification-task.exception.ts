import { AppException, GraphQLErrorCode } from '@points/errors';

export enum VerificationTaskExceptionCode {
  TASK_NOT_FOUND = 'TASK_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  NOT_OPEN_FOR_THIS_ACTION = 'NOT_OPEN_FOR_THIS_ACTION',
  INVALID_INPUT = 'INVALID_INPUT',
  JOB_NOT_FOUND = 'JOB_NOT_FOUND',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
}

const graphqlCodeOf: Record<VerificationTaskExceptionCode, GraphQLErrorCode> = {
  [VerificationTaskExceptionCode.TASK_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [VerificationTaskExceptionCode.STALE_VERSION]: GraphQLErrorCode.CONFLICT,
  [VerificationTaskExceptionCode.NOT_OPEN_FOR_THIS_ACTION]: GraphQLErrorCode.BAD_USER_INPUT,
  [VerificationTaskExceptionCode.INVALID_INPUT]: GraphQLErrorCode.BAD_USER_INPUT,
  [VerificationTaskExceptionCode.JOB_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [VerificationTaskExceptionCode.ROLE_NOT_ALLOWED]: GraphQLErrorCode.FORBIDDEN,
};

export class VerificationTaskException extends AppException<VerificationTaskExceptionCode> {
  constructor(
    code: VerificationTaskExceptionCode,
    message: string,
    options: { field?: string; rule?: string } = {},
  ) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
