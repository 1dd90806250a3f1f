import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { waitOnConnectionError } from '@points/db';
import { QueueName } from '@points/events';
import { inJobSpan, instrumentWorker } from '@points/observability';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { SMS_SETTINGS, type SmsSettings } from '../providers/sms-settings';
import type { SendSmsJobData } from './send-sms.job';
import { SmsDeliveryService } from './sms-delivery.service';

/** The `notification.sms` worker: one job per message, processed by SmsDeliveryService. */
@Injectable()
export class SmsWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SmsWorkerService.name);
  private worker: Worker<SendSmsJobData> | undefined;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(SMS_SETTINGS) private readonly settings: SmsSettings,
    private readonly delivery: SmsDeliveryService,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<SendSmsJobData>(
      QueueName.NotificationSms,
      // Provider failures are counted on the message row; PostgreSQL away is waited out.
      waitOnConnectionError(
        QueueName.NotificationSms,
        (job: Job<SendSmsJobData>, token?: string) =>
          inJobSpan('send-sms', job.data.trace, () => this.delivery.process(job, token)),
        (job, error, delayMs) =>
          this.logger.warn(`SMS job ${job.id ?? '?'} waits ${delayMs} ms for the database: ${String(error)}`),
      ),
      {
        connection: this.redis,
        prefix: this.config.redisPrefix,
        concurrency: this.settings.workerConcurrency,
      },
    );
    instrumentWorker(this.worker);
    this.worker.on('failed', (job, error) =>
      this.logger.error(`SMS job ${job?.id ?? '?'} failed: ${String(error)}`),
    );
    this.worker.on('error', (error) => this.logger.error(`SMS worker: ${String(error)}`));
  }

  async onApplicationShutdown(): Promise<void> {
    // Lets running jobs finish; a job cut off anyway is picked up again as stalled.
    await this.worker?.close();
    this.worker = undefined;
  }
}
