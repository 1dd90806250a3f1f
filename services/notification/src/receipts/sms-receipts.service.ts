import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { ServiceConfig } from '@points/config';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { SMS_SETTINGS, type SmsSettings } from '../providers/sms-settings';
import { SmsMessageRepository } from '../messages/sms-message.repository';
import { SmsMessageStatus } from '../messages/sms-message-status.enum';
import { SmsMessageAction } from '../messages/sms-message-transitions';
import { verifySignature, withinWindow } from './receipt-signature.util';

/** A delivery receipt as providers (or their adaptors) post it. */
export const receiptSchema = z.object({
  /** The provider's id of this receipt: the replay key. */
  receiptId: z.string().min(1).max(200),
  /** Our message id (sent as idempotency key / OutId / SessionContext). */
  reference: z.uuid(),
  status: z.enum(['DELIVERED', 'PERMANENT_FAILURE', 'TEMPORARY_FAILURE']),
  reason: z.string().max(500).optional(),
});

export type ReceiptOutcome =
  | { kind: 'UNKNOWN_PROVIDER' }
  | { kind: 'BAD_SIGNATURE' }
  | { kind: 'STALE' }
  | { kind: 'REPLAY' }
  | { kind: 'BAD_BODY'; message: string }
  | { kind: 'OK'; applied: boolean };

@Injectable()
export class SmsReceiptsService {
  private readonly replayPrefix: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(SMS_SETTINGS) private readonly settings: SmsSettings,
    private readonly messages: SmsMessageRepository,
  ) {
    this.replayPrefix = `${config.redisPrefix}:notification:receipt-seen`;
  }

  /**
   * Authenticates and applies one receipt. Order matters: signature and timestamp first (so
   * nobody can fill the replay cache), then the replay cache (receipt ids kept twice the window,
   * beyond which the timestamp check refuses anyway), then a status move that only goes forward:
   * SENDING → final, and only for a message that this provider was sending.
   */
  async handle(
    providerName: string,
    headers: { timestamp: string; signature: string },
    rawBody: string,
  ): Promise<ReceiptOutcome> {
    const provider = this.settings.providers.find((p) => p.name === providerName);
    if (!provider?.receiptSecret) return { kind: 'UNKNOWN_PROVIDER' };
    if (!verifySignature(provider.receiptSecret, headers.timestamp, rawBody, headers.signature))
      return { kind: 'BAD_SIGNATURE' };
    if (!withinWindow(headers.timestamp, this.settings.receiptWindowMs)) return { kind: 'STALE' };
    let parsed;
    try {
      parsed = receiptSchema.safeParse(JSON.parse(rawBody));
    } catch {
      return { kind: 'BAD_BODY', message: 'body is not JSON' };
    }
    if (!parsed.success) return { kind: 'BAD_BODY', message: parsed.error.message };
    const receipt = parsed.data;

    const replayKey = `${this.replayPrefix}:${provider.name}:${receipt.receiptId}`;
    const fresh = await this.redis.set(replayKey, '1', 'PX', 2 * this.settings.receiptWindowMs, 'NX');
    if (fresh === null) return { kind: 'REPLAY' };
    try {
      const moved = await this.messages.transition(this.dataSource.manager, {
        action: SmsMessageAction.RECEIPT,
        id: receipt.reference,
        provider: provider.name,
        to: SmsMessageStatus[receipt.status],
        reason: receipt.status === 'DELIVERED' ? null : (receipt.reason ?? receipt.status),
      });
      return { kind: 'OK', applied: moved.length > 0 };
    } catch (error) {
      // Not applied: let the provider's retry through.
      await this.redis.del(replayKey);
      throw error;
    }
  }
}
