import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { QueueName } from '@points/events';
import { traceCarrier } from '@points/observability';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { SEND_SMS_JOB_NAME, SEND_SMS_JOB_OPTIONS, type SendSmsJobData } from './send-sms.job';

/** Producer side of `notification.sms`: one job per message, jobId = message id. */
@Injectable()
export class SmsQueue implements OnApplicationShutdown {
  private created: Queue<SendSmsJobData> | undefined;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** Created on first use, so building the schema (no Redis) opens nothing. */
  get queue(): Queue<SendSmsJobData> {
    if (!this.created) {
      this.created = new Queue<SendSmsJobData>(QueueName.NotificationSms, {
        connection: this.redis,
        prefix: this.config.redisPrefix,
      });
      // While Redis is away the rows wait in CREATED; the sweeper enqueues them later.
      this.created.on('error', () => undefined);
    }
    return this.created;
  }

  /** Adding an id that already has a job is a no-op in BullMQ, so this is safe to repeat. */
  async enqueue(messageIds: readonly string[]): Promise<void> {
    if (messageIds.length === 0) return;
    const trace = traceCarrier();
    await this.queue.addBulk(
      messageIds.map((messageId) => ({
        name: SEND_SMS_JOB_NAME,
        data: Object.keys(trace).length > 0 ? { messageId, trace } : { messageId },
        opts: { ...SEND_SMS_JOB_OPTIONS, jobId: messageId },
      })),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.created?.close();
  }
}
