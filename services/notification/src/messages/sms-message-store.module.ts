import { Module } from '@nestjs/common';
import { SmsMessageRepository } from './sms-message.repository';

/** The SmsMessage's write path, for the API (messages, receipts) and the worker (delivery, sweeper). */
@Module({ providers: [SmsMessageRepository], exports: [SmsMessageRepository] })
export class SmsMessageStoreModule {}
