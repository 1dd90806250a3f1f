import { Initial1763800000000 } from './1763800000000-initial';
import { AccountsReviewSanctions1764100000000 } from './1764100000000-accounts-review-sanctions';
import { PointsValidity1764600000000 } from './1764600000000-points-validity';
import { OutboxDeliveryConfirmation1764700000000 } from './1764700000000-outbox-delivery-confirmation';
import { ApplicantForgeryCases1764900000000 } from './1764900000000-applicant-forgery-cases';

/** Every migration of this service, in order (explicit, so builds and tests load the same list). */
export const MIGRATIONS = [
  Initial1763800000000,
  AccountsReviewSanctions1764100000000,
  PointsValidity1764600000000,
  OutboxDeliveryConfirmation1764700000000,
  ApplicantForgeryCases1764900000000,
];
