import { Initial1763800000000 } from './1763800000000-initial';
import { RuleSetsAndAssessments1764000000000 } from './1764000000000-rule-sets-and-assessments';
import { ScoreCorrections1764600000000 } from './1764600000000-score-corrections';
import { OutboxDeliveryConfirmation1764700000000 } from './1764700000000-outbox-delivery-confirmation';
import { Sh2017EligibilityAndTaxMatch1764800000000 } from './1764800000000-sh-2017-eligibility-and-tax-match';

/** Every migration of this service, in order (explicit, so builds and tests load the same list). */
export const MIGRATIONS = [
  Initial1763800000000,
  RuleSetsAndAssessments1764000000000,
  ScoreCorrections1764600000000,
  OutboxDeliveryConfirmation1764700000000,
  Sh2017EligibilityAndTaxMatch1764800000000,
];
