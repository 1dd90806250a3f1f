import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { DataSource } from 'typeorm';
import { DrainLoop } from '@points/db';
import { jobOptionsOf, QueueName } from '@points/events';
import { redrivenTotal } from '@points/observability';
import { VerificationTaskRepository } from '../verification-task.repository';
import { jobIdOfTask, VERIFY_TASK_JOB, type VerifyTaskJobData } from './verify-task.job';

export interface TaskDispatcherOptions {
  dataSource: DataSource;
  connection: ConnectionOptions;
  prefix: string;
  attempts: number;
  backoffMs: number;
  intervalMs: number;
  batchSize?: number;
  /**
   * The sweep for dispatched tasks whose job is gone (FLUSHALL, a lost AOF tail): tasks still
   * open `graceMs` after their last dispatch are checked every `intervalMs`. 0 turns it off.
   */
  sweep?: { graceMs: number; intervalMs: number };
  onError?: (error: unknown) => void;
  /** The tasks' write path (stateless; built here when none is passed). */
  tasks?: VerificationTaskRepository;
}

/** The catalogue's options, with this deployment's attempts and backoff (the registry's budget). */
export function taskJobOptions(attempts: number, backoffMs: number): JobsOptions {
  return {
    ...jobOptionsOf(QueueName.ArchiveVerificationTasks, VERIFY_TASK_JOB),
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
  };
}

/**
 * Puts PENDING automated tasks on `archive-verification.tasks` (jobId from the task id) and
 * marks them dispatched: the task rows are their own outbox. Rows are claimed FOR UPDATE SKIP
 * LOCKED, so the API and any number of worker processes can dispatch at once; if a process dies
 * between adding and marking, the next pass adds the same job id again and BullMQ ignores it.
 */
export class TaskDispatcher {
  private readonly queue: Queue<VerifyTaskJobData>;
  private readonly loop: DrainLoop;
  private readonly sweepLoop: DrainLoop | undefined;
  private readonly tasks: VerificationTaskRepository;

  constructor(private readonly options: TaskDispatcherOptions) {
    this.tasks = options.tasks ?? new VerificationTaskRepository();
    this.queue = new Queue<VerifyTaskJobData>(QueueName.ArchiveVerificationTasks, {
      connection: options.connection,
      prefix: options.prefix,
    });
    this.queue.on('error', (error) => options.onError?.(error));
    this.loop = new DrainLoop({
      pass: () => this.dispatchOnce(),
      intervalMs: options.intervalMs,
      onError: options.onError,
    });
    if (options.sweep && options.sweep.intervalMs > 0) {
      this.sweepLoop = new DrainLoop({
        pass: async () => ((await this.sweepOnce()) >= (options.batchSize ?? 500) ? 1 : 0),
        intervalMs: options.sweep.intervalMs,
        onError: options.onError,
      });
    }
  }

  get jobQueue(): Queue<VerifyTaskJobData> {
    return this.queue;
  }

  start(): void {
    this.loop.start();
    this.sweepLoop?.start();
  }

  wake(): void {
    this.loop.wake();
  }

  async stop(): Promise<void> {
    await Promise.all([this.loop.stop(), this.sweepLoop?.stop()]);
    await this.queue.close();
  }

  async dispatchOnce(): Promise<number> {
    const { dataSource, attempts, backoffMs } = this.options;
    return dataSource.transaction(async (manager) => {
      const ids = await this.tasks.lockUndispatched(manager, this.options.batchSize ?? 500);
      if (ids.length === 0) return 0;
      const opts = taskJobOptions(attempts, backoffMs);
      await this.queue.addBulk(
        ids.map((id) => ({
          name: VERIFY_TASK_JOB,
          data: { taskId: id },
          opts: { ...opts, jobId: jobIdOfTask(id) },
        })),
      );
      await this.tasks.markDispatched(manager, ids);
      return ids.length;
    });
  }

  /**
   * Re-dispatches open automated tasks (PENDING, or IN_PROGRESS before any archive request)
   * dispatched at least `graceMs` ago whose job is gone from Redis, under the same job id. A
   * completed job whose task is still open (its write was lost) is replaced; a failed one stays
   * in the failed set for HRSS. Checked rows get a fresh `dispatched_at`, so a large backlog is
   * walked through batch by batch. Returns how many jobs it added.
   */
  async sweepOnce(): Promise<number> {
    const { dataSource, attempts, backoffMs } = this.options;
    const graceMs = this.options.sweep?.graceMs ?? 30_000;
    return dataSource.transaction(async (manager) => {
      const ids = await this.tasks.lockDueForSweep(manager, graceMs, this.options.batchSize ?? 500);
      if (ids.length === 0) return 0;
      const lost: string[] = [];
      await Promise.all(
        ids.map(async (id) => {
          const jobId = jobIdOfTask(id);
          const state = await this.queue.getJobState(jobId);
          if (state === 'completed') await this.queue.remove(jobId);
          if (state === 'completed' || state === 'unknown') lost.push(id);
        }),
      );
      if (lost.length > 0) {
        const opts = taskJobOptions(attempts, backoffMs);
        await this.queue.addBulk(
          lost.map((id) => ({
            name: VERIFY_TASK_JOB,
            data: { taskId: id },
            opts: { ...opts, jobId: jobIdOfTask(id) },
          })),
        );
        redrivenTotal.inc({ kind: 'verification-task', consumer: 'archive-verification' }, lost.length);
      }
      await this.tasks.markDispatched(manager, ids);
      return lost.length;
    });
  }
}
