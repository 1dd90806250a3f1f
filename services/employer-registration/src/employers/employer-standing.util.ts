import type { EventPayload } from '@points/events';
import type { Employer } from './employer.entity';
import { EmployerException, EmployerExceptionCode } from './employer.exception';
import { EmployerStatus } from './employer-status.enum';

/** Whether a sanction's suspension covers `today` (both "YYYY-MM-DD"; the end day is included). */
export function isSuspendedOn(employer: Pick<Employer, 'suspendedUntil'>, today: string): boolean {
  return employer.suspendedUntil !== null && employer.suspendedUntil >= today;
}

/** Only an approved, unsuspended employer can act (domain.md §1.3 and §1.5). */
export function assertEmployerCanAct(employer: Employer, today: string): void {
  if (employer.status !== EmployerStatus.APPROVED) {
    throw new EmployerException(
      EmployerExceptionCode.EMPLOYER_NOT_APPROVED,
      `The employer's registration is ${employer.status}: only an approved employer can do this`,
    );
  }
  if (isSuspendedOn(employer, today)) {
    throw new EmployerException(
      EmployerExceptionCode.EMPLOYER_SUSPENDED,
      `The employer is suspended until ${employer.suspendedUntil} after a forgery sanction`,
    );
  }
}

/** employer.status-changed: the application service's projection of who may file where. */
export function statusChangedPayload(employer: Employer): EventPayload<'employer.status-changed'> {
  return {
    employerId: employer.id,
    name: employer.name,
    creditCode: employer.creditCode,
    district: employer.district,
    status: employer.status,
    suspendedUntil: employer.suspendedUntil,
    establishment: employer.establishment,
  };
}
