import { AppException, GraphQLErrorCode } from '@points/errors';

export enum SmsTemplateExceptionCode {
  TEMPLATE_NOT_FOUND = 'TEMPLATE_NOT_FOUND',
  TEMPLATE_VARIABLE_MISSING = 'TEMPLATE_VARIABLE_MISSING',
}

const graphqlCodeOf: Record<SmsTemplateExceptionCode, GraphQLErrorCode> = {
  [SmsTemplateExceptionCode.TEMPLATE_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [SmsTemplateExceptionCode.TEMPLATE_VARIABLE_MISSING]: GraphQLErrorCode.INTERNAL_SERVER_ERROR,
};

export class SmsTemplateException extends AppException<SmsTemplateExceptionCode> {
  constructor(code: SmsTemplateExceptionCode, message: string) {
    super(message, code, graphqlCodeOf[code]);
  }
}
