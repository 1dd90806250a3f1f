import { AppException, GraphQLErrorCode } from '@points/errors';

export enum AuthExceptionCode {
  MISSING_TOKEN = 'MISSING_TOKEN',
  INVALID_TOKEN = 'INVALID_TOKEN',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  NO_RULE = 'NO_RULE',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  NOT_FROM_GATEWAY = 'NOT_FROM_GATEWAY',
}

const graphqlCodeOf: Record<AuthExceptionCode, GraphQLErrorCode> = {
  [AuthExceptionCode.MISSING_TOKEN]: GraphQLErrorCode.UNAUTHENTICATED,
  [AuthExceptionCode.INVALID_TOKEN]: GraphQLErrorCode.UNAUTHENTICATED,
  [AuthExceptionCode.ROLE_NOT_ALLOWED]: GraphQLErrorCode.FORBIDDEN,
  [AuthExceptionCode.NO_RULE]: GraphQLErrorCode.FORBIDDEN,
  [AuthExceptionCode.OUT_OF_SCOPE]: GraphQLErrorCode.FORBIDDEN,
  [AuthExceptionCode.NOT_FROM_GATEWAY]: GraphQLErrorCode.FORBIDDEN,
};

export class AuthException extends AppException<AuthExceptionCode> {
  constructor(code: AuthExceptionCode, message: string) {
    super(message, code, graphqlCodeOf[code]);
  }
}
