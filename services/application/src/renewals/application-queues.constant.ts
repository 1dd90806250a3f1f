/**
 * The application service's own BullMQ queue (not in libs/events' QueueName: nobody else uses
 * it). Frozen like every queue name: renaming strands the scheduler and its jobs in Redis.
 */
export const ApplicationQueueName = {
  /** The daily renewal reminders and points lapse (job scheduler `daily-renewal-reminders`). */
  RenewalReminders: 'application.renewal-reminders',
} as const;

export const RENEWAL_REMINDER_SCHEDULER_ID = 'daily-renewal-reminders';
/** Every day at 01:30 Shanghai time, before offices open. */
export const RENEWAL_REMINDER_PATTERN = '0 30 1 * * *';
export const RENEWAL_REMINDER_TIMEZONE = 'Asia/Shanghai';
