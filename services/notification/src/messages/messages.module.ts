import { SmsMessageStoreModule } from './sms-message-store.module';
import { Module } from '@nestjs/common';
import { EnqueueAfterCommitSubscriber } from '../delivery/enqueue-after-commit.subscriber';
import { SmsQueueModule } from '../delivery/sms-queue.module';
import { RecipientsModule } from '../recipients/recipients.module';
import { MessageComposer } from './message-composer.service';
import { MessagesResolver } from './messages.resolver';
import { MessagesService } from './messages.service';
import { SmsMessagesMetric } from './sms-messages.metric';

@Module({
  imports: [RecipientsModule, SmsQueueModule, SmsMessageStoreModule],
  providers: [
    MessageComposer,
    MessagesService,
    MessagesResolver,
    EnqueueAfterCommitSubscriber,
    SmsMessagesMetric,
  ],
  exports: [MessageComposer],
})
export class MessagesModule {}
