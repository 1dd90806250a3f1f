import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Queue, type Worker } from 'bullmq';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { jobOptionsOf, QueueName } from '@points/events';
import { startWorker } from '@points/db';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { ApplicationClock } from '../clock/application-clock';
import { OverdueService } from './overdue.service';

export const OVERDUE_SCHEDULER_ID = 'daily-overdue';
export const OVERDUE_JOB_NAME = 'overdue';
/** Every day at 01:45 Shanghai time, after the renewal pass and before offices open. */
export const OVERDUE_PATTERN = '0 45 1 * * *';

/**
 * Registers the daily overdue job scheduler (upsert: every replica may, Redis keeps one; repeated
 * every redrive interval so a flushed Redis gets it back) and runs its worker, like the renewal
 * reminders. A failed run retries with backoff; the next day's run catches up anyway.
 */
@Injectable()
export class OverdueSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OverdueSchedulerService.name);
  private queue: Queue | undefined;
  private worker: Worker | undefined;
  private reschedule: NodeJS.Timeout | undefined;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    private readonly overdue: OverdueService,
    private readonly clock: ApplicationClock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.schemaOnly) return;
    const options = { connection: this.redis, prefix: this.config.redisPrefix };
    this.queue = new Queue(QueueName.ApplicationOverdue, options);
    await this.upsertScheduler();
    if (this.config.redrive.intervalMs > 0) {
      this.reschedule = setInterval(
        () => {
          this.upsertScheduler().catch((error: unknown) =>
            this.logger.warn(`overdue scheduler upsert failed, next one retries: ${String(error)}`),
          );
        },
        Math.max(this.config.redrive.intervalMs, 60_000),
      );
      this.reschedule.unref();
    }
    this.worker = startWorker(
      QueueName.ApplicationOverdue,
      { [OVERDUE_JOB_NAME]: async () => this.overdue.run(this.clock.today()) },
      { ...options, concurrency: 1 },
    );
    this.worker.on('failed', (_job, error) => this.logger.error(`overdue pass failed: ${String(error)}`));
    this.worker.on('error', (error) => this.logger.warn(`overdue worker: ${String(error)}`));
  }

  private async upsertScheduler(): Promise<void> {
    await this.queue?.upsertJobScheduler(
      OVERDUE_SCHEDULER_ID,
      { pattern: OVERDUE_PATTERN, tz: 'Asia/Shanghai' },
      {
        name: OVERDUE_JOB_NAME,
        data: {},
        opts: jobOptionsOf(QueueName.ApplicationOverdue, OVERDUE_JOB_NAME),
      },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.reschedule) clearInterval(this.reschedule);
    await this.worker?.close();
    await this.queue?.close();
  }
}
