import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { maskMobile } from '@points/crypto';
import {
  SmsProviderError,
  type SmsProvider,
  type SmsSendRequest,
  type SmsSendResult,
} from './sms-provider.interface';

/**
 * Simulated numbers (like GOV.UK Notify's test numbers) for tests and demos: the sink answers
 * with that outcome every time. Any other number is "delivered" at once.
 */
export const SINK_TEST_NUMBERS = {
  PERMANENT_FAILURE: '13800000001',
  TEMPORARY_FAILURE: '13800000002',
  /** The sink itself fails (a provider outage), to see failover and retries. */
  TECHNICAL_FAILURE: '13800000003',
} as const;

/**
 * Development sink (what `npm start` uses): records each message in `sms_sink`, once per
 * idempotency key, and logs it with the mobile masked. Sends nothing anywhere.
 */
export class SinkSmsProvider implements SmsProvider {
  private readonly logger = new Logger('SmsSink');

  constructor(
    readonly name: string,
    private readonly dataSource: DataSource,
  ) {}

  async send(request: SmsSendRequest): Promise<SmsSendResult> {
    if (request.mobile === SINK_TEST_NUMBERS.TECHNICAL_FAILURE) {
      throw new SmsProviderError('sink: simulated provider outage (test number)');
    }
    const outcome =
      request.mobile === SINK_TEST_NUMBERS.PERMANENT_FAILURE
        ? 'PERMANENT_FAILURE'
        : request.mobile === SINK_TEST_NUMBERS.TEMPORARY_FAILURE
          ? 'TEMPORARY_FAILURE'
          : 'DELIVERED';
    const masked = maskMobile(request.mobile);
    const inserted: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO notification.sms_sink (idempotency_key, provider, mobile_masked, body, outcome)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [request.messageId, this.name, masked, request.body, outcome],
    );
    if (inserted.length > 0) this.logger.log(`SMS to ${masked} [${outcome}]: ${request.body}`);
    if (outcome === 'PERMANENT_FAILURE') return { outcome, reason: 'sink: test number that never exists' };
    if (outcome === 'TEMPORARY_FAILURE') return { outcome, reason: 'sink: test number whose phone is off' };
    // A repeated key answers like the first call did, as a real idempotent API would.
    return { outcome: 'ACCEPTED', reference: `sink:${request.messageId}`, delivered: true };
  }
}
