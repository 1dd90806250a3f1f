import { registerEnumType } from '@nestjs/graphql';

/** Registration states (domain.md §1): only APPROVED employers can act. */
export enum EmployerStatus {
  PENDING_REVIEW = 'PENDING_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
}

registerEnumType(EmployerStatus, { name: 'EmployerStatus' });
