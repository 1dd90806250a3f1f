import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SMS_SETTINGS, type SmsSettings } from '../providers/sms-settings';
import { SmsMessageRepository } from '../messages/sms-message.repository';
import { SmsMessageAction } from '../messages/sms-message-transitions';
import { SmsQueue } from './sms-queue.service';

const BATCH = 500;

/**
 * The message row is the source of truth; a job is only its wake-up call. Every interval this
 * finds messages that should be moving and are not (CREATED past the threshold and not waiting
 * for a rate-limit window or backoff; SENDING claimed by a worker that died before the provider
 * answered) and makes sure each has a live job. It also times out receipts that never came.
 */
@Injectable()
export class StuckMessageSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StuckMessageSweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SMS_SETTINGS) private readonly settings: SmsSettings,
    private readonly queue: SmsQueue,
    private readonly messages: SmsMessageRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweepOnce()
        .catch((error: unknown) => this.logger.warn(`sweep failed, next one retries: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.settings.sweepIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass; returns how many messages got a new job. */
  async sweepOnce(): Promise<{ reenqueued: number; timedOut: number }> {
    const { manager } = this.dataSource;
    const stuck = await this.messages.stuck(
      manager,
      this.settings.createdStaleMs,
      this.settings.claimStaleMs,
      BATCH,
    );
    let reenqueued = 0;
    for (const id of stuck) {
      const job = await this.queue.queue.getJob(id);
      const state = job ? await job.getState() : undefined;
      if (job && state !== 'completed' && state !== 'failed' && state !== 'unknown') continue;
      // A finished job whose message is not finished (lost write, crash): replace it.
      if (job) await job.remove().catch(() => undefined);
      await this.queue.enqueue([id]);
      reenqueued++;
    }
    const timedOut = await this.messages.transition(manager, {
      action: SmsMessageAction.RECEIPT_TIMED_OUT,
      receiptTimeoutMs: this.settings.receiptTimeoutMs,
    });
    if (reenqueued > 0 || timedOut.length > 0)
      this.logger.log(`sweeper: ${reenqueued} re-enqueued, ${timedOut.length} receipts timed out`);
    return { reenqueued, timedOut: timedOut.length };
  }
}
