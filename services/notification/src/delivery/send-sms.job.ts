/** The payload of a `notification.sms` job: just the message id (the row holds everything else). */
export interface SendSmsJobData {
  messageId: string;
  /** The trace that created the message (W3C `traceparent`), continued by the worker. */
  trace?: Record<string, string>;
}

export const SEND_SMS_JOB_NAME = 'send-sms';

/**
 * BullMQ-level retries are only for the unexpected (PostgreSQL away, a crash mid-job): the
 * provider retries with their backoff are counted on the message row. Completed jobs are kept a
 * day so a re-enqueue of a finished message is a no-op.
 */
export const SEND_SMS_JOB_OPTIONS = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;
