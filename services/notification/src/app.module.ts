import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@points/config';
import { SubgraphCoreModule } from '@points/subgraph';
import { SmsTemplate } from './templates/sms-template.entity';
import { SmsTemplatesModule } from './templates/sms-templates.module';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [SmsTemplate];

/** notification: SMS templates, messages, providers, delivery receipts (workers). */
@Module({})
export class AppModule {
  static forRoot(config?: Partial<ServiceConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SubgraphCoreModule.forRoot({
          service: 'notification',
          entities: ENTITIES,
          migrations: MIGRATIONS,
          config,
        }),
        SmsTemplatesModule,
      ],
    };
  }
}
