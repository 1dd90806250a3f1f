import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@points/config';
import { SubgraphCoreModule } from '@points/subgraph';
import { SmsQueueModule } from './delivery/sms-queue.module';
import { MessagesModule } from './messages/messages.module';
import { NotificationEventsModule } from './messages/notification-events.module';
import { SmsMessage } from './messages/sms-message.entity';
import { MIGRATIONS } from './migrations';
import { Statistics } from './statistics/sms-statistics.resolver';
import { loadSmsSettings, SmsSettingsModule, type SmsSettings } from './providers/sms-settings';
import { RecipientContact } from './recipients/recipient-contact.entity';
import { ReceiptsModule } from './receipts/receipts.module';
import { SmsTemplate } from './templates/sms-template.entity';
import { SmsTemplatesModule } from './templates/sms-templates.module';

export const ENTITIES = [SmsTemplate, RecipientContact, SmsMessage];

export interface NotificationOptions {
  /** SMS providers and limits; read from the environment when not given (tests pass their own). */
  sms?: SmsSettings;
}

/**
 * notification: SMS templates, the recipient directory, messages, delivery receipts. The event
 * consumer runs here (it is part of SubgraphCoreModule); the SMS worker and the sweeper run in
 * `worker.ts`, so sending scales apart from the API.
 */
@Module({})
export class AppModule {
  static forRoot(config?: Partial<ServiceConfig>, options: NotificationOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SubgraphCoreModule.forRoot({
          service: 'notification',
          entities: ENTITIES,
          migrations: MIGRATIONS,
          config,
          orphanedTypes: [Statistics],
        }),
        SmsSettingsModule.forRoot(options.sms ?? loadSmsSettings(process.env, config?.nodeEnv)),
        SmsTemplatesModule,
        SmsQueueModule,
        MessagesModule,
        NotificationEventsModule,
        ReceiptsModule,
      ],
    };
  }
}
