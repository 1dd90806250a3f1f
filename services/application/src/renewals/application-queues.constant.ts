import { QueueName } from '@points/events';

/**
 * The application service's own BullMQ queue, as in the job catalogue (libs/events), which also
 * puts it on the admin queue board. Frozen like every queue name: renaming strands the scheduler.
 */
export const ApplicationQueueName = {
  /** The daily renewal reminders and points lapse (job scheduler `daily-renewal-reminders`). */
  RenewalReminders: QueueName.ApplicationRenewalReminders,
} as const;

export const RENEWAL_REMINDER_JOB = 'renewal-reminders';

export const RENEWAL_REMINDER_SCHEDULER_ID = 'daily-renewal-reminders';
/** Every day at 01:30 Shanghai time, before offices open. */
export const RENEWAL_REMINDER_PATTERN = '0 30 1 * * *';
