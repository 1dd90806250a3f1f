import type { ConnectionOptions, Job, Worker } from 'bullmq';
import { startWorker } from '@points/db';
import { QueueName } from '@points/events';
import type { TaskProcessor, VerifyTaskJobData } from './verify-task.job';

export interface TaskWorkerOptions {
  connection: ConnectionOptions;
  prefix: string;
  processor: TaskProcessor;
  concurrency: number;
  attemptTimeoutMs: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  onFailed?: (job: Job<VerifyTaskJobData> | undefined, error: Error) => void;
  onError?: (error: Error) => void;
  onWait?: (job: Job<VerifyTaskJobData>, error: unknown, delayMs: number) => void;
}

/**
 * The BullMQ worker of `archive-verification.tasks`. A process runs one; scale by running more
 * processes. A job whose process was killed keeps its lock until `lockDurationMs`, then the
 * stalled check of any live worker puts it back on the queue.
 */
export function startTaskWorker(options: TaskWorkerOptions): Worker<VerifyTaskJobData> {
  const worker: Worker<VerifyTaskJobData> = startWorker(
    QueueName.ArchiveVerificationTasks,
    {
      // The attempts are the registry's budget; PostgreSQL or Redis away is waited out instead.
      'verify-task': async (data, job) =>
        options.processor.process(data.taskId, {
          timeoutMs: options.attemptTimeoutMs,
          isLast: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
        }),
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      lockDuration: options.lockDurationMs,
      stalledInterval: options.stalledIntervalMs,
      maxStalledCount: 2,
      onWait: options.onWait,
    },
  );
  worker.on('failed', (job, error) => options.onFailed?.(job, error));
  worker.on('error', (error) => options.onError?.(error));
  return worker;
}
