import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { BlindIndex, PiiCipher, resolvePiiKeyMaterial } from '@points/crypto';
import { createRedisConnection, serviceDataSourceOptions, type ServiceDataSourceOptions } from '@points/db';
import { createLoggerModule } from '@points/observability';
import { OutboxService } from './outbox.service';
import { REDIS_CONNECTION, SERVICE_CONFIG } from './subgraph.tokens';
import { WorkerTelemetryService } from './worker-telemetry.service';

export interface WorkerCoreOptions {
  config: ServiceConfig;
  entities: ServiceDataSourceOptions['entities'];
  /** The database pool of this process (TypeORM's default when absent). */
  poolSize?: number;
  /** The worker publishes events (its results): run the outbox relay here too. */
  outbox?: boolean;
}

/**
 * What every worker process needs and nothing more (the counterpart of SubgraphCoreModule, under
 * the same tokens, so a service's job code runs unchanged in either): config, logging, TypeORM,
 * Redis (closed after every worker, dispatcher and relay stopped), the PII keys, the heartbeat
 * telemetry, and the outbox relay when the worker publishes events. No HTTP, no GraphQL, no
 * event consumer: those run in the service's API process. Migrations are the API's to run.
 */
@Global()
@Module({})
export class WorkerCoreModule {
  static forRoot(options: WorkerCoreOptions): DynamicModule {
    const { config } = options;
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
        // Providers shut down first; this closes Redis after them.
        provide: 'REDIS_SHUTDOWN',
        inject: [REDIS_CONNECTION],
        useFactory: (redis: IORedis) => ({
          onApplicationShutdown: () => redis.quit().catch(() => redis.disconnect()),
        }),
      },
      WorkerTelemetryService,
      ...(options.outbox ? [OutboxService] : []),
    ];
    return {
      module: WorkerCoreModule,
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
            entities: options.entities,
            migrations: [],
            applicationName: `${config.service}-worker`,
            ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
          }),
        ),
      ],
      providers,
      exports: [
        SERVICE_CONFIG,
        REDIS_CONNECTION,
        PiiCipher,
        BlindIndex,
        ...(options.outbox ? [OutboxService] : []),
      ],
    };
  }
}
