import { AppException, GraphQLErrorCode, type AppExceptionOptions } from '@points/errors';

export enum EmployerExceptionCode {
  EMPLOYER_NOT_FOUND = 'EMPLOYER_NOT_FOUND',
  /** The unified social credit code is registered already. */
  DUPLICATE_CREDIT_CODE = 'DUPLICATE_CREDIT_CODE',
  /** Out-of-town representative offices and branches may not register (domain.md §1.2). */
  ESTABLISHMENT_NOT_ACCEPTED = 'ESTABLISHMENT_NOT_ACCEPTED',
  /** Only a pending registration can be reviewed. */
  NOT_PENDING_REVIEW = 'NOT_PENDING_REVIEW',
  /** Someone changed the employer since the caller read it (optimistic lock). */
  STALE_VERSION = 'STALE_VERSION',
  /** Only an approved employer can act (create accounts, take applicants over). */
  EMPLOYER_NOT_APPROVED = 'EMPLOYER_NOT_APPROVED',
  /** Sanctioned: may not act as agent until the date. */
  EMPLOYER_SUSPENDED = 'EMPLOYER_SUSPENDED',
  FORGERY_CASE_NOT_FOUND = 'FORGERY_CASE_NOT_FOUND',
}

const graphqlCodeOf: Record<EmployerExceptionCode, GraphQLErrorCode> = {
  [EmployerExceptionCode.EMPLOYER_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
  [EmployerExceptionCode.DUPLICATE_CREDIT_CODE]: GraphQLErrorCode.CONFLICT,
  [EmployerExceptionCode.ESTABLISHMENT_NOT_ACCEPTED]: GraphQLErrorCode.BAD_USER_INPUT,
  [EmployerExceptionCode.NOT_PENDING_REVIEW]: GraphQLErrorCode.CONFLICT,
  [EmployerExceptionCode.STALE_VERSION]: GraphQLErrorCode.CONFLICT,
  [EmployerExceptionCode.EMPLOYER_NOT_APPROVED]: GraphQLErrorCode.FORBIDDEN,
  [EmployerExceptionCode.EMPLOYER_SUSPENDED]: GraphQLErrorCode.FORBIDDEN,
  [EmployerExceptionCode.FORGERY_CASE_NOT_FOUND]: GraphQLErrorCode.NOT_FOUND,
};

export class EmployerException extends AppException<EmployerExceptionCode> {
  constructor(code: EmployerExceptionCode, message: string, options: AppExceptionOptions = {}) {
    super(message, code, graphqlCodeOf[code], options);
  }
}
