import { AppException, GraphQLErrorCode } from '@points/errors';

export enum RuleSetExceptionCode {
  RULE_SET_NOT_FOUND = 'RULE_SET_NOT_FOUND',
  INVALID_RULE_SET = 'INVALID_RULE_SET',
  VERSION_EXISTS = 'VERSION_EXISTS',
  NOT_AFTER_LATEST_VERSION = 'NOT_AFTER_LATEST_VERSION',
  STALE_REVISION = 'STALE_REVISION',
}

const graphqlCodeOf: Record<RuleSetExceptionCode, GraphQLErrorCode> = {
  [RuleSetExceptionCode.RULE_SET_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [RuleSetExceptionCode.INVALID_RULE_SET]: GraphQLErrorCode.BAD_USER_INPUT,
  [RuleSetExceptionCode.VERSION_EXISTS]: GraphQLErrorCode.CONFLICT,
  [RuleSetExceptionCode.NOT_AFTER_LATEST_VERSION]: GraphQLErrorCode.BAD_USER_INPUT,
  [RuleSetExceptionCode.STALE_REVISION]: GraphQLErrorCode.CONFLICT,
};

export class RuleSetException extends AppException<RuleSetExceptionCode> {
  constructor(code: RuleSetExceptionCode, message: string, options: { field?: string; rule?: string } = {}) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
