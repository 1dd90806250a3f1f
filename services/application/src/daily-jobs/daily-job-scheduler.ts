import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type ConnectionOptions, type Worker } from 'bullmq';
import type { ServiceConfig } from '@points/config';
import type { StartWorkerOptions } from '@points/db';
import { jobOptionsOf, type JobName, type WorkQueueName } from '@points/events';

/** A job the application service runs once a day (Shanghai time), as the job catalogue names it. */
export interface DailySchedule<Q extends WorkQueueName> {
  queue: Q;
  job: JobName<Q>;
  /** The BullMQ job scheduler's id: frozen, like the queue's name (renaming leaves the old one firing). */
  schedulerId: string;
  /** Cron with seconds, in Asia/Shanghai. */
  pattern: string;
  /** What the job does, for the log lines. */
  what: string;
}

export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';

/**
 * Registers a daily job scheduler (upsert: every replica may do it, Redis keeps one) and runs its
 * worker (startWorker: one handler per catalogued job, one job at a time). BullMQ hands each daily
 * job to one worker, and the passes are written so a repeated run is harmless. The upsert is
 * repeated every redrive interval: a flushed Redis loses the scheduler, and the next upsert puts
 * it back (docs/decisions/0003). A failed run retries with the catalogue's backoff; the next
 * day's run catches up anyway.
 */
export abstract class DailyJobScheduler<Q extends WorkQueueName>
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(this.constructor.name);
  private queue: Queue | undefined;
  private worker: Worker | undefined;
  private reschedule: NodeJS.Timeout | undefined;

  protected constructor(
    private readonly config: ServiceConfig,
    private readonly connection: ConnectionOptions,
    private readonly schedule: DailySchedule<Q>,
  ) {}

  /** The worker for the schedule's queue: `startWorker(queue, { [job]: handler }, options)`. */
  protected abstract startWorker(options: StartWorkerOptions): Worker;

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.schemaOnly) return;
    const options = { connection: this.connection, prefix: this.config.redisPrefix };
    this.queue = new Queue(this.schedule.queue, options);
    await this.upsertScheduler();
    if (this.config.redrive.intervalMs > 0) {
      this.reschedule = setInterval(
        () => {
          this.upsertScheduler().catch((error: unknown) =>
            this.logger.warn(
              `${this.schedule.what}: scheduler upsert failed, next one retries: ${String(error)}`,
            ),
          );
        },
        Math.max(this.config.redrive.intervalMs, 60_000),
      );
      this.reschedule.unref();
    }
    this.worker = this.startWorker({ ...options, concurrency: 1 });
    this.worker.on('failed', (_job, error) =>
      this.logger.error(`${this.schedule.what} failed: ${String(error)}`),
    );
    this.worker.on('error', (error) => this.logger.warn(`${this.schedule.what} worker: ${String(error)}`));
  }

  private async upsertScheduler(): Promise<void> {
    const { queue, job, schedulerId, pattern } = this.schedule;
    await this.queue?.upsertJobScheduler(
      schedulerId,
      { pattern, tz: SHANGHAI_TIME_ZONE },
      { name: job, data: {}, opts: jobOptionsOf(queue, job) },
    );
  }

  /**
   * Runs the job once more now, besides the daily run (its input changed: a calendar year was
   * published). Not in the caller's transaction: if Redis loses it, the daily run does the same work.
   */
  async runNow(): Promise<void> {
    const { queue, job } = this.schedule;
    await this.queue?.add(job, {}, jobOptionsOf(queue, job));
  }

  /** Whether a run is waiting or running now (the next daily one, delayed, does not count). */
  async isQueued(): Promise<boolean> {
    if (!this.queue) return false;
    const counts = await this.queue.getJobCounts('wait', 'prioritized', 'active');
    return Object.values(counts).some((n) => n > 0);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.reschedule) clearInterval(this.reschedule);
    await this.worker?.close();
    await this.queue?.close();
  }
}
