import { AppException, GraphQLErrorCode } from '@points/errors';

export enum EmployerExceptionCode {
  EMPLOYER_NOT_FOUND = 'EMPLOYER_NOT_FOUND',
}

const graphqlCodeOf: Record<EmployerExceptionCode, GraphQLErrorCode> = {
  [EmployerExceptionCode.EMPLOYER_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
};

export class EmployerException extends AppException<EmployerExceptionCode> {
  constructor(code: EmployerExceptionCode, message: string) {
    super(message, code, graphqlCodeOf[code]);
  }
}
