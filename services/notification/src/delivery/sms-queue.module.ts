import { Module } from '@nestjs/common';
import { SmsQueue } from './sms-queue.service';

@Module({ providers: [SmsQueue], exports: [SmsQueue] })
export class SmsQueueModule {}
