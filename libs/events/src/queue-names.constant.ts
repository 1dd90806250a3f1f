import { SERVICE_NAMES, type ServiceName } from '@points/config';
import { eventsConsumedBy } from './event-catalogue';
import { jobCatalogue, type WorkQueueName } from './job-catalogue';

/**
 * Every BullMQ queue name in one place. Frozen: renaming one strands the jobs already in Redis,
 * so a change needs a migration plan (drain the old queue first).
 */
export const QueueName = {
  /** One event queue per consuming service: `<service>.events`. */
  events: (service: ServiceName) => `${service}.events` as const,
  ArchiveVerificationTasks: 'archive-verification.tasks',
  NotificationSms: 'notification.sms',
  ApplicationRenewalReminders: 'application.renewal-reminders',
  /** The application service's daily overdue pass (job scheduler `daily-overdue`, job `overdue`). */
  ApplicationOverdue: 'application.overdue',
  /** Deadlines recomputed when the calendar changes (job scheduler `daily-deadline-recompute`, job `recompute-deadlines`). */
  ApplicationDeadlines: 'application.deadlines',
} as const satisfies Record<string, WorkQueueName | ((service: ServiceName) => string)>;

/** Every queue of the platform, for the admin queue board. */
export function allQueueNames(): string[] {
  const eventQueues = SERVICE_NAMES.filter((service) => eventsConsumedBy(service).length > 0).map((service) =>
    QueueName.events(service),
  );
  // The work queues are the job catalogue's: a queue with jobs is on the board.
  return [...eventQueues, ...Object.keys(jobCatalogue)];
}

/** The queues a service owns: its event queue (if it consumes events) and its work queues (`<service>.*`). */
export function queuesOwnedBy(service: ServiceName): string[] {
  return allQueueNames().filter((name) => name.startsWith(`${service}.`));
}
