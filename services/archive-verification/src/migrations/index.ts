import { Initial1763800000000 } from './1763800000000-initial';
import { VerificationTasks1763900000000 } from './1763900000000-verification-tasks';
import { OutboxDeliveryConfirmation1764700000000 } from './1764700000000-outbox-delivery-confirmation';
import { ResidencePermitRegistry1764800000000 } from './1764800000000-residence-permit-registry';
import { VerificationCasePurpose1765000000000 } from './1765000000000-verification-case-purpose';
import { AppealCasePurpose1765300000000 } from './1765300000000-appeal-case-purpose';

/** Every migration of this service, in order (explicit, so builds and tests load the same list). */
export const MIGRATIONS = [
  Initial1763800000000,
  VerificationTasks1763900000000,
  OutboxDeliveryConfirmation1764700000000,
  ResidencePermitRegistry1764800000000,
  VerificationCasePurpose1765000000000,
  AppealCasePurpose1765300000000,
];
