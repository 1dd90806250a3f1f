import { AppException, GraphQLErrorCode } from '@points/errors';

export enum ApplicationExceptionCode {
  APPLICATION_NOT_FOUND = 'APPLICATION_NOT_FOUND',
}

const graphqlCodeOf: Record<ApplicationExceptionCode, GraphQLErrorCode> = {
  [ApplicationExceptionCode.APPLICATION_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
};

export class ApplicationException extends AppException<ApplicationExceptionCode> {
  constructor(code: ApplicationExceptionCode, message: string) {
    super(message, code, graphqlCodeOf[code]);
  }
}
