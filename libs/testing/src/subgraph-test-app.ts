import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { AuthUser } from '@points/auth';
import { schemaNameOf, type ServiceConfig, type ServiceName } from '@points/config';
import { createServiceDataSource, runServiceMigrations } from '@points/db';
import { createSubgraphApp } from '@points/subgraph';
import { createTestDatabase, createTestRedis, type TestDatabase, type TestRedis } from '@points/test-infra';
import { graphqlRequest, type GraphQLResponse } from './graphql-client';
import { mintToken, TEST_JWT_SETTINGS, testJwtKeys } from './test-tokens';

export interface SubgraphTestApp {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  db: TestDatabase;
  redis: TestRedis;
  config: Partial<ServiceConfig>;
  gql<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; as?: AuthUser; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * One real subgraph per suite: its own database (migrations applied) and Redis prefix, listening
 * on a free port, verifying tokens from `mintToken`.
 */
export async function startSubgraphTestApp(options: {
  service: ServiceName;
  createModule: (config: Partial<ServiceConfig>) => DynamicModule;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  config?: Partial<ServiceConfig>;
}): Promise<SubgraphTestApp> {
  const db = await createTestDatabase(options.service);
  const redis = createTestRedis(options.service);
  const schema = schemaNameOf(options.service);
  const migrator = createServiceDataSource({
    url: db.url,
    schema,
    entities: [],
    migrations: options.migrations,
  });
  await migrator.initialize();
  await runServiceMigrations(migrator, schema);
  await migrator.destroy();

  const config: Partial<ServiceConfig> = {
    nodeEnv: 'test',
    databaseUrl: db.url,
    redisUrl: redis.url,
    redisPrefix: redis.prefix,
    logLevel: 'silent',
    port: 0,
    auth: { publicKeyPem: testJwtKeys().publicKeyPem, ...TEST_JWT_SETTINGS },
    ...options.config,
  };
  const app = await createSubgraphApp(options.createModule(config));
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  return {
    app,
    url,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    db,
    redis,
    config,
    async gql(query, requestOptions = {}) {
      const token = requestOptions.as ? await mintToken(requestOptions.as) : undefined;
      return graphqlRequest(url, query, {
        variables: requestOptions.variables,
        token,
        headers: requestOptions.headers,
      });
    },
    async close() {
      await app.close();
      await redis.cleanup();
      await db.drop();
    },
  };
}
