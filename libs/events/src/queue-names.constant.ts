import type { ServiceName } from '@points/config';

/**
 * Every BullMQ queue name in one place. Frozen: renaming one strands the jobs already in Redis,
 * so a change needs a migration plan (drain the old queue first).
 */
export const QueueName = {
  /** One event queue per consuming service: `<service>.events`. */
  events: (service: ServiceName) => `${service}.events` as const,
  ArchiveVerificationTasks: 'archive-verification.tasks',
  NotificationSms: 'notification.sms',
} as const;
