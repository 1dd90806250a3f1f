import { AppException, GraphQLErrorCode } from '@points/errors';

export enum RuleSetExceptionCode {
  RULE_SET_NOT_FOUND = 'RULE_SET_NOT_FOUND',
}

const graphqlCodeOf: Record<RuleSetExceptionCode, GraphQLErrorCode> = {
  [RuleSetExceptionCode.RULE_SET_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
};

export class RuleSetException extends AppException<RuleSetExceptionCode> {
  constructor(code: RuleSetExceptionCode, message: string) {
    super(message, code, graphqlCodeOf[code]);
  }
}
