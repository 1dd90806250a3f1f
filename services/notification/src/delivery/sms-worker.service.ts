import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Worker } from 'bullmq';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { startWorker } from '@points/db';
import { QueueName } from '@points/events';
import { inJobSpan } from '@points/observability';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { SMS_SETTINGS, type SmsSettings } from '../providers/sms-settings';
import { SmsDeliveryService } from './sms-delivery.service';

/** The `notification.sms` worker: one job per message, processed by SmsDeliveryService. */
@Injectable()
export class SmsWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SmsWorkerService.name);
  private worker: Worker | undefined;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(SMS_SETTINGS) private readonly settings: SmsSettings,
    private readonly delivery: SmsDeliveryService,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = startWorker(
      QueueName.NotificationSms,
      {
        // Provider failures are counted on the message row; PostgreSQL away is waited out.
        'send-sms': (data, job, token) =>
          inJobSpan('send-sms', data.trace, () => this.delivery.process(job, token)),
      },
      {
        connection: this.redis,
        prefix: this.config.redisPrefix,
        concurrency: this.settings.workerConcurrency,
        onWait: (job, error, delayMs) =>
          this.logger.warn(`SMS job ${job.id ?? '?'} waits ${delayMs} ms for the database: ${String(error)}`),
      },
    );
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
