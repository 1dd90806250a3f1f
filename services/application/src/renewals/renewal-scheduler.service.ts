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
import { startWorker } from '@points/db';
import { jobOptionsOf } from '@points/events';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { ApplicationClock } from '../clock/application-clock';
import {
  ApplicationQueueName,
  RENEWAL_REMINDER_JOB,
  RENEWAL_REMINDER_PATTERN,
  RENEWAL_REMINDER_SCHEDULER_ID,
  RENEWAL_REMINDER_TIMEZONE,
} from './application-queues.constant';
import { RenewalRemindersService } from './renewal-reminders.service';

/**
 * Registers the daily job scheduler (upsert: every replica may do it, Redis keeps one) and runs its
 * worker. BullMQ hands each daily job to one worker; the reminder table's keys make a repeated
 * run harmless anyway. The upsert is repeated every redrive interval: a flushed Redis loses the
 * scheduler, and the next upsert puts it back (docs/decisions/0003).
 */
@Injectable()
export class RenewalSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RenewalSchedulerService.name);
  private queue: Queue | undefined;
  private worker: Worker | undefined;
  private reschedule: NodeJS.Timeout | undefined;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    private readonly reminders: RenewalRemindersService,
    private readonly clock: ApplicationClock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.schemaOnly) return;
    const options = { connection: this.redis, prefix: this.config.redisPrefix };
    this.queue = new Queue(ApplicationQueueName.RenewalReminders, options);
    await this.upsertScheduler();
    if (this.config.redrive.intervalMs > 0) {
      this.reschedule = setInterval(
        () => {
          this.upsertScheduler().catch((error: unknown) =>
            this.logger.warn(`renewal scheduler upsert failed, next one retries: ${String(error)}`),
          );
        },
        Math.max(this.config.redrive.intervalMs, 60_000),
      );
      this.reschedule.unref();
    }
    this.worker = startWorker(
      ApplicationQueueName.RenewalReminders,
      { [RENEWAL_REMINDER_JOB]: async () => this.reminders.run(this.clock.today()) },
      { ...options, concurrency: 1 },
    );
    this.worker.on('failed', (_job, error) =>
      this.logger.error(`renewal reminders failed: ${String(error)}`),
    );
    this.worker.on('error', (error) => this.logger.warn(`renewal reminders worker: ${String(error)}`));
  }

  private async upsertScheduler(): Promise<void> {
    await this.queue?.upsertJobScheduler(
      RENEWAL_REMINDER_SCHEDULER_ID,
      { pattern: RENEWAL_REMINDER_PATTERN, tz: RENEWAL_REMINDER_TIMEZONE },
      {
        name: RENEWAL_REMINDER_JOB,
        data: {},
        opts: jobOptionsOf(ApplicationQueueName.RenewalReminders, RENEWAL_REMINDER_JOB),
      },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.reschedule) clearInterval(this.reschedule);
    await this.worker?.close();
    await this.queue?.close();
  }
}
