import { Global, Module, type DynamicModule } from '@nestjs/common';
import { loadServiceConfig, type ServiceConfig } from '@points/config';
import { WorkerCoreModule } from '@points/subgraph';
import { ENTITIES } from './app.module';
import { DeliveryModule } from './delivery/delivery.module';
import { SMS_DELIVERY_HOOKS, type SmsDeliveryHooks } from './delivery/sms-delivery.service';
import { loadSmsSettings, SmsSettingsModule, type SmsSettings } from './providers/sms-settings';

export interface NotificationWorkerOptions {
  sms?: SmsSettings;
  /** Test seams only. */
  hooks?: SmsDeliveryHooks;
}

/** Global so that DeliveryModule's service sees the seam without knowing about tests. */
@Global()
@Module({})
class SmsDeliveryHooksModule {
  static forRoot(hooks: SmsDeliveryHooks): DynamicModule {
    return {
      module: SmsDeliveryHooksModule,
      providers: [{ provide: SMS_DELIVERY_HOOKS, useValue: hooks }],
      exports: [SMS_DELIVERY_HOOKS],
    };
  }
}

@Module({})
export class NotificationWorkerModule {
  static forRoot(
    overrides: Partial<ServiceConfig> = {},
    options: NotificationWorkerOptions = {},
  ): DynamicModule {
    const config: ServiceConfig = { ...loadServiceConfig('notification'), ...overrides };
    const sms = options.sms ?? loadSmsSettings(process.env, config.nodeEnv);
    // Each in-flight send holds a connection for a few short statements; beyond ~32 the database
    // is better served by more worker replicas than by a bigger pool.
    const poolSize = Math.min(32, Math.max(10, sms.workerConcurrency));
    return {
      module: NotificationWorkerModule,
      imports: [
        WorkerCoreModule.forRoot({ config, entities: ENTITIES, poolSize }),
        SmsSettingsModule.forRoot(sms),
        ...(options.hooks ? [SmsDeliveryHooksModule.forRoot(options.hooks)] : []),
        DeliveryModule,
      ],
    };
  }
}
