import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import { loadServiceConfig, type ServiceConfig } from '@points/config';
import { BlindIndex, PiiCipher, resolvePiiKeyMaterial } from '@points/crypto';
import { createRedisConnection, serviceDataSourceOptions } from '@points/db';
import { createLoggerModule } from '@points/observability';
import { REDIS_CONNECTION, SERVICE_CONFIG, WorkerTelemetryService } from '@points/subgraph';
import { ENTITIES } from './app.module';
import { DeliveryModule } from './delivery/delivery.module';
import { SMS_DELIVERY_HOOKS, type SmsDeliveryHooks } from './delivery/sms-delivery.service';
import { loadSmsSettings, SmsSettingsModule, type SmsSettings } from './providers/sms-settings';

/**
 * What the worker needs and nothing more: config, logging, PostgreSQL, Redis and the PII keys,
 * under the same tokens SubgraphCoreModule uses, so the delivery code is shared unchanged.
 * No HTTP, no GraphQL, no event consumer, no outbox relay (those run in the service).
 */
@Global()
@Module({})
class NotificationWorkerCoreModule {
  static forRoot(config: ServiceConfig, poolSize: number): DynamicModule {
    const keys = resolvePiiKeyMaterial({
      env: config.pii,
      dataDir: config.dataDir,
      allowDevKeys: config.nodeEnv !== 'production',
    });
    const providers: Provider[] = [
      { provide: SERVICE_CONFIG, useValue: config },
      { provide: PiiCipher, useValue: new PiiCipher(keys.keyring) },
      { provide: BlindIndex, useValue: new BlindIndex(keys.blindIndexKey) },
      {
        provide: REDIS_CONNECTION,
        useFactory: (): IORedis =>
          createRedisConnection(config.redisUrl, { connectionName: `${config.service}-worker` }),
      },
      {
        provide: 'REDIS_SHUTDOWN',
        inject: [REDIS_CONNECTION],
        useFactory: (redis: IORedis) => ({
          onApplicationShutdown: () => redis.quit().catch(() => redis.disconnect()),
        }),
      },
      WorkerTelemetryService,
    ];
    return {
      module: NotificationWorkerCoreModule,
      imports: [
        createLoggerModule({
          service: `${config.service}-worker`,
          level: config.logLevel,
          pretty: config.nodeEnv === 'development',
        }),
        TypeOrmModule.forRoot(
          serviceDataSourceOptions({
            url: config.databaseUrl,
            schema: config.databaseSchema,
            entities: ENTITIES,
            migrations: [],
            applicationName: `${config.service}-worker`,
            poolSize,
          }),
        ),
      ],
      providers,
      exports: [SERVICE_CONFIG, REDIS_CONNECTION, PiiCipher, BlindIndex],
    };
  }
}

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
        NotificationWorkerCoreModule.forRoot(config, poolSize),
        SmsSettingsModule.forRoot(sms),
        ...(options.hooks ? [SmsDeliveryHooksModule.forRoot(options.hooks)] : []),
        DeliveryModule,
      ],
    };
  }
}
