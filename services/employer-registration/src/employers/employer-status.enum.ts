import { registerEnumType } from '@nestjs/graphql';

/**
 * Registration review states (domain.md §1.3): only APPROVED employers can act. A sanction's
 * suspension is not a state of its own but `suspendedUntil` (a date that passes by itself), the
 * same shape as the employer.status-changed event; `Employer.suspended` tells whether it holds today.
 */
export enum EmployerStatus {
  PENDING_REVIEW = 'PENDING_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(EmployerStatus, { name: 'EmployerStatus' });
