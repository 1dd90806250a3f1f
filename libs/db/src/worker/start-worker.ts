import { Worker, type ConnectionOptions, type Job, type WorkerOptions } from 'bullmq';
import { jobNamesOf, parseJobData, type JobData, type JobName, type WorkQueueName } from '@points/events';
import { instrumentWorker } from '@points/observability';
import { waitOnConnectionError } from '../retry/wait-on-connection-error';

/** One handler per job of the queue, each given its payload checked against the catalogue's schema. */
export type JobHandlers<Q extends WorkQueueName> = {
  [J in JobName<Q>]: (
    data: JobData<Q, J>,
    job: Job<JobData<Q, J>>,
    token: string | undefined,
  ) => Promise<unknown>;
};

/** The payload of any job of the queue. */
export type QueueJobData<Q extends WorkQueueName> = { [J in JobName<Q>]: JobData<Q, J> }[JobName<Q>];

export interface StartWorkerOptions extends Omit<WorkerOptions, 'connection' | 'prefix' | 'autorun'> {
  connection: ConnectionOptions;
  prefix: string;
  /** A job put back to wait for PostgreSQL (or Redis); it spends no attempt. */
  onWait?: (job: Job, error: unknown, delayMs: number) => void;
}

/**
 * The boot check (immich-style): `handlers` must name exactly the jobs the catalogue lists for
 * `queue`, one handler each; a job with none would sit in the queue for ever, one with a stray
 * name never arrives. Throws before anything connects.
 */
export function assertJobHandlers<Q extends WorkQueueName>(queue: Q, handlers: JobHandlers<Q>): void {
  const listed = new Set<string>(jobNamesOf(queue));
  const handled = Object.keys(handlers);
  const missing = [...listed].filter((name) => !handled.includes(name));
  const extra = handled.filter((name) => !listed.has(name));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `${queue} job handlers do not match the job catalogue:` +
        (missing.length ? ` no handler for ${missing.join(', ')};` : '') +
        (extra.length ? ` handler for jobs not in the catalogue: ${extra.join(', ')}` : ''),
    );
  }
}

/**
 * Starts the worker of one work queue of the job catalogue: checks the handlers at boot,
 * dispatches each job to its handler by name with its payload validated (a malformed job fails
 * and stays in the failed set for an admin), waits out PostgreSQL or Redis being away without
 * spending attempts, and reports job metrics. The one way a process runs a work queue.
 */
export function startWorker<Q extends WorkQueueName>(
  queue: Q,
  handlers: JobHandlers<Q>,
  options: StartWorkerOptions,
): Worker<QueueJobData<Q>> {
  assertJobHandlers(queue, handlers);
  const { onWait, ...workerOptions } = options;
  const byName: Record<string, (data: never, job: never, token: string | undefined) => Promise<unknown>> =
    handlers;
  const worker = new Worker<QueueJobData<Q>>(
    queue,
    waitOnConnectionError(
      queue,
      async (job: Job<QueueJobData<Q>>, token?: string) => {
        const handler = byName[job.name];
        if (!handler) throw new Error(`${queue} has no job ${job.name}`);
        // The name picked the handler; the payload is checked against that job's schema.
        const data = parseJobData(queue, job.name as JobName<Q>, job.data);
        return handler(data as never, job as never, token);
      },
      onWait,
    ),
    workerOptions,
  );
  instrumentWorker(worker);
  return worker;
}
