import { Initial1763800000000 } from './1763800000000-initial';
import { ApplicationLifecycle1764000000000 } from './1764000000000-application-lifecycle';
import { CityWideQueueIndex1764300000000 } from './1764300000000-city-wide-queue-index';
import { OneOpenAppealPerIndicator1764400000000 } from './1764400000000-one-open-appeal-per-indicator';
import { ScoringFailure1764600000000 } from './1764600000000-scoring-failure';
import { StaffProjection1764600000100 } from './1764600000100-staff-projection';
import { OutboxDeliveryConfirmation1764700000000 } from './1764700000000-outbox-delivery-confirmation';
import { StatisticsReadModel1764800000000 } from './1764800000000-statistics-read-model';
import { CoResidentChecks1764800000200 } from './1764800000200-co-resident-checks';
import { HistoryCodesAndNoticeNumbers1764800000300 } from './1764800000300-history-codes-and-notice-numbers';
import { OverdueEscalation1764900000000 } from './1764900000000-overdue-escalation';
import { PublishedCalendar1765100000000 } from './1765100000000-published-calendar';
import { AppealListIndex1765200000000 } from './1765200000000-appeal-list-index';
import { AppealOnRejection1765300000000 } from './1765300000000-appeal-on-rejection';
import { WaitingQueueDue1765300000100 } from './1765300000100-waiting-queue-due';
import { StatisticsCounterSlots1765300000200 } from './1765300000200-statistics-counter-slots';
import { DeadlineRecomputeRuns1765500000000 } from './1765500000000-deadline-recompute-runs';

/** Every migration of this service, in order (explicit, so builds and tests load the same list). */
export const MIGRATIONS = [
  Initial1763800000000,
  ApplicationLifecycle1764000000000,
  CityWideQueueIndex1764300000000,
  OneOpenAppealPerIndicator1764400000000,
  ScoringFailure1764600000000,
  StaffProjection1764600000100,
  OutboxDeliveryConfirmation1764700000000,
  StatisticsReadModel1764800000000,
  CoResidentChecks1764800000200,
  HistoryCodesAndNoticeNumbers1764800000300,
  OverdueEscalation1764900000000,
  PublishedCalendar1765100000000,
  AppealListIndex1765200000000,
  AppealOnRejection1765300000000,
  WaitingQueueDue1765300000100,
  StatisticsCounterSlots1765300000200,
  DeadlineRecomputeRuns1765500000000,
];
