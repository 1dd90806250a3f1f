import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import { loadServiceConfig, type ServiceConfig } from '@points/config';
import { BlindIndex, PiiCipher, resolvePiiKeyMaterial } from '@points/crypto';
import { createRedisConnection, serviceDataSourceOptions } from '@points/db';
import { createLoggerModule } from '@points/observability';
import { OutboxService, REDIS_CONNECTION, SERVICE_CONFIG, WorkerTelemetryService } from '@points/subgraph';
import { ENTITIES, resolveVerificationSettings } from './app.module';
import { MIGRATIONS } from './migrations';
import { VerificationCoreModule } from './verification-core.module';
import type { VerificationSettings } from './verification-settings';
import { TaskQueueService } from './verification-tasks/task-queue.service';
import { TaskWorkerService } from './verification-tasks/task-worker.service';

/**
 * What a worker process needs and nothing more: config, logging, TypeORM, Redis, the PII keys,
 * the outbox relay (results publish case-completed), the dispatcher and the task worker. No
 * GraphQL and no HTTP server: the API process (main.ts) serves those.
 */
@Global()
@Module({})
export class WorkerModule {
  static forRoot(
    overrides: Partial<ServiceConfig> = {},
    settings?: Partial<VerificationSettings>,
  ): DynamicModule {
    const config: ServiceConfig = { ...loadServiceConfig('archive-verification'), ...overrides };
    const development = config.nodeEnv !== 'production';
    const piiKeys = resolvePiiKeyMaterial({
      env: config.pii,
      dataDir: config.dataDir,
      allowDevKeys: development,
    });
    return {
      module: WorkerModule,
      imports: [
        createLoggerModule({
          service: `${config.service}-worker`,
          level: config.logLevel,
          pretty: config.nodeEnv === 'development',
        }),
        TypeOrmModule.forRoot({
          ...serviceDataSourceOptions({
            url: config.databaseUrl,
            schema: config.databaseSchema,
            entities: ENTITIES,
            migrations: MIGRATIONS,
            applicationName: `${config.service}-worker`,
          }),
        }),
        VerificationCoreModule.forRoot(resolveVerificationSettings(config, settings)),
      ],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: PiiCipher, useValue: new PiiCipher(piiKeys.keyring) },
        { provide: BlindIndex, useValue: new BlindIndex(piiKeys.blindIndexKey) },
        {
          provide: REDIS_CONNECTION,
          useFactory: (): IORedis =>
            createRedisConnection(config.redisUrl, { connectionName: `${config.service}-worker` }),
        },
        OutboxService,
        TaskQueueService,
        TaskWorkerService,
        WorkerTelemetryService,
        {
          // Closes Redis after the worker, dispatcher and relay stopped (providers shut down first).
          provide: 'REDIS_SHUTDOWN',
          inject: [REDIS_CONNECTION],
          useFactory: (redis: IORedis) => ({
            onApplicationShutdown: () => redis.quit().catch(() => redis.disconnect()),
          }),
        },
      ],
      exports: [SERVICE_CONFIG, REDIS_CONNECTION, PiiCipher, BlindIndex, OutboxService],
    };
  }
}
