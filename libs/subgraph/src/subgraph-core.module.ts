import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { Global, Module, type DynamicModule, type ModuleMetadata, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import { AuthModule, generateJwtKeyPair, resolvePublicKeyPem } from '@points/auth';
import { loadServiceConfig, type ServiceConfig, type ServiceName } from '@points/config';
import {
  BlindIndex,
  generateDevKeyring,
  parsePiiKeyring,
  PiiCipher,
  resolvePiiKeyMaterial,
} from '@points/crypto';
import { createRedisConnection, serviceDataSourceOptions } from '@points/db';
import {
  collectProcessMetrics,
  createLoggerModule,
  HealthController,
  operationMetricsPlugin,
  READINESS_CHECKS,
  type ReadinessCheck,
} from '@points/observability';
import { EventConsumerService } from './event-consumer.service';
import { createGraphQLErrorFormatter } from './graphql-error.formatter';
import { ExceptionLoggingFilter } from './exception-logging.filter';
import { InputCheckInterceptor } from './input-check.interceptor';
import { OutboxService } from './outbox.service';
import { SubgraphTelemetryService } from './subgraph-telemetry.service';
import { REDIS_CONNECTION, SERVICE_CONFIG } from './subgraph.tokens';

export interface SubgraphOptions {
  service: ServiceName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  /** Overrides for tests (database URL, Redis prefix); otherwise read from the environment. */
  config?: Partial<ServiceConfig>;
  /**
   * Entity types this subgraph only extends with fields, reachable from none of its queries
   * (notification's `Statistics`): without this the schema would leave them out.
   */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
}

/**
 * What every subgraph has: validated config, logging with request ids, TypeORM on its own schema,
 * Apollo Federation 2 (code-first), the deny-by-default guard, a Redis connection for BullMQ,
 * the outbox relay and event consumer, /health and /ready, and /metrics on its own port.
 */
@Global()
@Module({})
export class SubgraphCoreModule {
  static forRoot(options: SubgraphOptions): DynamicModule {
    const config: ServiceConfig = { ...loadServiceConfig(options.service), ...options.config };
    const development = config.nodeEnv !== 'production';
    collectProcessMetrics(config.service);

    // Printing the schema touches no keys; otherwise the environment's, or the shared dev keys.
    const piiKeys = config.schemaOnly
      ? parsePiiKeyring(generateDevKeyring())
      : resolvePiiKeyMaterial({ env: config.pii, dataDir: config.dataDir, allowDevKeys: development });

    const providers: Provider[] = [
      { provide: SERVICE_CONFIG, useValue: config },
      // Personal data at rest: inject `PiiCipher` to encrypt/decrypt, `BlindIndex` for look-ups.
      { provide: PiiCipher, useValue: new PiiCipher(piiKeys.keyring) },
      { provide: BlindIndex, useValue: new BlindIndex(piiKeys.blindIndexKey) },
      {
        provide: REDIS_CONNECTION,
        useFactory: (): IORedis =>
          createRedisConnection(config.redisUrl, {
            lazyConnect: config.schemaOnly,
            connectionName: config.service,
          }),
      },
      {
        provide: READINESS_CHECKS,
        inject: [getDataSourceToken(), REDIS_CONNECTION],
        useFactory: (dataSource: DataSource, redis: IORedis): ReadinessCheck[] => [
          { name: 'postgres', check: () => dataSource.query('SELECT 1') },
          { name: 'redis', check: () => redis.ping() },
        ],
      },
      // One input check for every resolver of every subgraph (ids, NUL, surrogates, lengths).
      { provide: APP_INTERCEPTOR, useClass: InputCheckInterceptor },
      // Each failure logged once, in one line, at the level it deserves (refusals are warnings).
      { provide: APP_FILTER, useClass: ExceptionLoggingFilter },
      OutboxService,
      EventConsumerService,
      SubgraphTelemetryService,
      {
        // Close the shared Redis connection last, after the relay and workers stopped.
        provide: 'REDIS_SHUTDOWN',
        inject: [REDIS_CONNECTION],
        useFactory: (redis: IORedis) => ({
          onApplicationShutdown: () => redis.quit().catch(() => redis.disconnect()),
        }),
      },
    ];

    const imports: ModuleMetadata['imports'] = [
      createLoggerModule({
        service: config.service,
        level: config.logLevel,
        pretty: config.nodeEnv === 'development',
      }),
      TypeOrmModule.forRootAsync({
        useFactory: () => ({
          ...serviceDataSourceOptions({
            url: config.databaseUrl,
            schema: config.databaseSchema,
            entities: options.entities,
            migrations: options.migrations,
            applicationName: config.service,
          }),
          // Printing the schema needs no database.
          manualInitialization: config.schemaOnly,
        }),
      }),
      GraphQLModule.forRoot<ApolloFederationDriverConfig>({
        driver: ApolloFederationDriver,
        autoSchemaFile: { federation: 2 },
        buildSchemaOptions: { orphanedTypes: options.orphanedTypes ?? [] },
        sortSchema: true,
        path: '/graphql',
        context: ({ req }: { req: unknown }) => ({ req }),
        // Guards run on field resolvers too: a @ResolveField needs a rule like a query does.
        fieldResolverEnhancers: ['guards'],
        formatError: createGraphQLErrorFormatter(development, config.service),
        includeStacktraceInErrorResponses: config.nodeEnv === 'development',
        introspection: development,
        playground: false,
        // Inline traces (ftv1) are for Apollo's hosted tooling, which this platform does not use.
        plugins: [
          ApolloServerPluginInlineTraceDisabled(),
          operationMetricsPlugin(config.service),
          ...(development ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })] : []),
        ],
      }),
      AuthModule.forRoot({
        // Printing the schema verifies no tokens: a throwaway key keeps the module whole.
        publicKeyPem: config.schemaOnly
          ? generateJwtKeyPair().publicKeyPem
          : resolvePublicKeyPem({ ...config.auth, dataDir: config.dataDir, allowDevKeys: development }),
        issuer: config.auth.issuer,
        audience: config.auth.audience,
        gatewaySecret: config.gatewaySecret,
      }),
    ];

    return {
      module: SubgraphCoreModule,
      imports,
      providers,
      controllers: [HealthController],
      exports: [SERVICE_CONFIG, REDIS_CONNECTION, OutboxService, PiiCipher, BlindIndex],
    };
  }
}
