import type { JobsOptions } from 'bullmq';
import { z } from 'zod';
import type { ServiceName } from '@points/config';

/**
 * Every work queue of the platform and its jobs, in one catalogue (the event queues,
 * `<service>.events`, follow from the event catalogue): the queue's owner, each job's name, its
 * payload schema and its options. Producers add jobs by these names with these options; a
 * worker starts through `startWorker` (libs/db), which refuses to boot unless it has exactly one
 * handler per job of its queue and checks each payload against its schema.
 * Names are frozen: renaming one strands the jobs already in Redis (drain the old queue first).
 */
export const jobCatalogue = {
  'archive-verification.tasks': {
    owner: 'archive-verification',
    jobs: {
      /** One registry check; jobId `task-<task id>` (re-dispatches are the same job). */
      'verify-task': {
        schema: z.object({ taskId: z.uuid() }),
        // attempts and backoff come from the service's settings (ARCHIVE_VERIFICATION_TASK_*).
        options: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 2_000 },
          removeOnComplete: { age: 24 * 3600, count: 100_000 },
          // The failed set is what HRSS inspects and retries: kept two weeks.
          removeOnFail: { age: 14 * 24 * 3600 },
        },
      },
    },
  },
  'notification.sms': {
    owner: 'notification',
    jobs: {
      /** One message; jobId = message id (the row holds everything else). */
      'send-sms': {
        schema: z.object({
          messageId: z.uuid(),
          /** The trace that created the message (W3C `traceparent`), continued by the worker. */
          trace: z.record(z.string(), z.string()).optional(),
        }),
        // BullMQ retries are for the unexpected (PostgreSQL away, a crash): provider retries are
        // counted on the message row. Completed jobs kept a day: re-enqueueing a finished message is a no-op.
        options: {
          attempts: 10,
          backoff: { type: 'exponential', delay: 1_000 },
          removeOnComplete: { age: 24 * 3600, count: 100_000 },
          removeOnFail: { age: 14 * 24 * 3600 },
        },
      },
    },
  },
  'application.renewal-reminders': {
    owner: 'application',
    jobs: {
      /** The daily renewal reminders and points lapse (job scheduler `daily-renewal-reminders`). */
      'renewal-reminders': {
        schema: z.object({}),
        options: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 60_000 },
          removeOnComplete: 100,
          removeOnFail: 1000,
        },
      },
    },
  },
  'application.overdue': {
    owner: 'application',
    jobs: {
      /** The daily overdue pass: expire long waits, escalate late reviews (job scheduler `daily-overdue`). */
      overdue: {
        schema: z.object({}),
        options: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 60_000 },
          removeOnComplete: 100,
          removeOnFail: 1000,
        },
      },
    },
  },
  'application.deadlines': {
    owner: 'application',
    jobs: {
      /**
       * Recomputes the running deadlines counted with calendar data that has changed since (a year
       * HRSS published, a corrected entry): provisional ones above all. Enqueued when HRSS publishes
       * a year and run daily by the job scheduler `daily-deadline-recompute`, which re-drives a lost one.
       */
      'recompute-deadlines': {
        schema: z.object({}),
        options: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 60_000 },
          removeOnComplete: 100,
          removeOnFail: 1000,
        },
      },
    },
  },
} as const satisfies Record<
  string,
  {
    owner: ServiceName;
    jobs: Record<string, { schema: z.ZodType; options: JobsOptions }>;
  }
>;

export type WorkQueueName = keyof typeof jobCatalogue;
export type JobName<Q extends WorkQueueName> = keyof (typeof jobCatalogue)[Q]['jobs'] & string;
type JobEntry<Q extends WorkQueueName, J extends JobName<Q>> = (typeof jobCatalogue)[Q]['jobs'][J];
export type JobData<Q extends WorkQueueName, J extends JobName<Q>> =
  JobEntry<Q, J> extends { schema: infer S extends z.ZodType } ? z.infer<S> : never;

/** The names of a queue's jobs. */
export function jobNamesOf<Q extends WorkQueueName>(queue: Q): Array<JobName<Q>> {
  return Object.keys(jobCatalogue[queue].jobs) as Array<JobName<Q>>;
}

/** A job's options from the catalogue (a copy: callers may add a jobId or override attempts). */
export function jobOptionsOf<Q extends WorkQueueName>(queue: Q, job: JobName<Q>): JobsOptions {
  const jobs: Record<string, { options: JobsOptions }> = jobCatalogue[queue].jobs;
  const entry = jobs[job];
  if (!entry) throw new Error(`${queue} has no job ${job}`);
  return structuredClone(entry.options);
}

/** Checks a job's payload against its schema (what a worker does before handling it). */
export function parseJobData<Q extends WorkQueueName, J extends JobName<Q>>(
  queue: Q,
  job: J,
  data: unknown,
): JobData<Q, J> {
  const jobs: Record<string, { schema: z.ZodType }> = jobCatalogue[queue].jobs;
  const entry = jobs[job];
  if (!entry) throw new Error(`${queue} has no job ${job}`);
  return entry.schema.parse(data) as JobData<Q, J>;
}
