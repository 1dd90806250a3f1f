import { AppException, GraphQLErrorCode } from '@points/errors';

export enum AssessmentExceptionCode {
  ASSESSMENT_NOT_FOUND = 'ASSESSMENT_NOT_FOUND',
  INVALID_ID = 'INVALID_ID',
  INVALID_PAGE = 'INVALID_PAGE',
  NOT_REPRODUCIBLE = 'NOT_REPRODUCIBLE',
}

const graphqlCodeOf: Record<AssessmentExceptionCode, GraphQLErrorCode> = {
  [AssessmentExceptionCode.ASSESSMENT_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [AssessmentExceptionCode.INVALID_ID]: GraphQLErrorCode.BAD_USER_INPUT,
  [AssessmentExceptionCode.INVALID_PAGE]: GraphQLErrorCode.BAD_USER_INPUT,
  [AssessmentExceptionCode.NOT_REPRODUCIBLE]: GraphQLErrorCode.INTERNAL_SERVER_ERROR,
};

export class AssessmentException extends AppException<AssessmentExceptionCode> {
  constructor(
    code: AssessmentExceptionCode,
    message: string,
    options: { field?: string; rule?: string } = {},
  ) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
