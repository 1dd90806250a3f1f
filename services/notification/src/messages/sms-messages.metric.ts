import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { smsMessages } from '@points/observability';
import { SmsMessageRepository } from './sms-message.repository';

/**
 * `sms_messages{status, provider}`: every message by status and the provider that took it
 * (`none` before one did), counted at scrape time: the rows are the truth, whichever worker sent.
 */
@Injectable()
export class SmsMessagesMetric implements OnModuleInit, OnModuleDestroy {
  private remove: (() => void) | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly messages: SmsMessageRepository,
  ) {}

  onModuleInit(): void {
    this.remove = smsMessages.add(async () => {
      const rows = await this.messages.countByStatusAndProvider(this.dataSource.manager);
      return rows.map((row) => ({
        labels: { status: row.status, provider: row.provider },
        value: row.messages,
      }));
    });
  }

  onModuleDestroy(): void {
    this.remove?.();
  }
}
