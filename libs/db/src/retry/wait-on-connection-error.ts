import { DelayedError, type Job } from 'bullmq';
import { connectionErrorCode, connectionRetryDelayMs, isConnectionError } from './connection-error';
import { dependencyWaitsTotal } from '@points/observability';

export type JobProcessor<D, R> = (job: Job<D>, token?: string) => Promise<R>;

/**
 * Wraps a BullMQ processor so that a connection error (PostgreSQL or Redis away) never uses up
 * the job's bounded attempts: the job goes to the delayed set with an exponential backoff (1 s
 * up to 30 s) and comes back as often as it takes, counted in `dependency_waits_total`. Every
 * other error is thrown as before and spends an attempt of the job's own budget.
 *
 * The number of waits so far is `attemptsStarted - attemptsMade`: BullMQ counts every start,
 * but only failures move `attemptsMade`, and a DelayedError is not a failure.
 */
export function waitOnConnectionError<D, R>(
  queue: string,
  processor: JobProcessor<D, R>,
  onWait?: (job: Job<D>, error: unknown, delayMs: number) => void,
): JobProcessor<D, R> {
  return async (job, token) => {
    try {
      return await processor(job, token);
    } catch (error) {
      if (error instanceof DelayedError || !token || !isConnectionError(error)) throw error;
      const waits = Math.max(1, (job.attemptsStarted ?? 0) - (job.attemptsMade ?? 0));
      const delayMs = connectionRetryDelayMs(waits);
      dependencyWaitsTotal.inc({ queue, code: connectionErrorCode(error) });
      onWait?.(job, error, delayMs);
      // If Redis itself is away this throws too; the job's lock then lapses and the stalled
      // check puts it back on the queue (attempts are not spent on stalls either).
      await job.moveToDelayed(Date.now() + delayMs, token);
      throw new DelayedError();
    }
  };
}
