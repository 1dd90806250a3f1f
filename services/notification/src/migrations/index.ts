import { Initial1763800000000 } from './1763800000000-initial';
import { SmsMessages1763900000000 } from './1763900000000-sms-messages';
import { OutboxDeliveryConfirmation1764700000000 } from './1764700000000-outbox-delivery-confirmation';
import { SmsStatisticsIndex1764800000000 } from './1764800000000-sms-statistics-index';
import { PointsVoidedTemplates1764900000000 } from './1764900000000-points-voided-templates';
import { HrContactsIndex1765400000000 } from './1765400000000-hr-contacts-index';

/** Every migration of this service, in order (explicit, so builds and tests load the same list). */
export const MIGRATIONS = [
  Initial1763800000000,
  SmsMessages1763900000000,
  OutboxDeliveryConfirmation1764700000000,
  SmsStatisticsIndex1764800000000,
  PointsVoidedTemplates1764900000000,
  HrContactsIndex1765400000000,
];
