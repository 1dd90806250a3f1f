import { SmsMessageStoreModule } from '../messages/sms-message-store.module';
import { Module } from '@nestjs/common';
import { SmsProviderRegistry } from '../providers/sms-provider.registry';
import { ProviderHealth } from './provider-health';
import { SmsDeliveryService } from './sms-delivery.service';
import { SmsQueueModule } from './sms-queue.module';
import { SmsRateLimiter } from './sms-rate-limiter';
import { SmsWorkerService } from './sms-worker.service';
import { StuckMessageSweeper } from './stuck-message.sweeper';

/** What the worker process runs: the SMS queue worker and the sweeper. */
@Module({
  imports: [SmsQueueModule, SmsMessageStoreModule],
  providers: [
    SmsProviderRegistry,
    ProviderHealth,
    SmsRateLimiter,
    SmsDeliveryService,
    SmsWorkerService,
    StuckMessageSweeper,
  ],
  exports: [StuckMessageSweeper, ProviderHealth, SmsProviderRegistry],
})
export class DeliveryModule {}
