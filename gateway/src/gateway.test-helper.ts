import { SERVICE_NAMES, envPrefixOf } from '@points/config';
import { testJwtKeys, type TestRedis } from '@points/testing';
import { loadGatewayConfig } from './gateway.config';
import { startGateway, type RunningGateway } from './gateway.server';

/**
 * A gateway in the test process with no subgraph running: enough for what the gateway answers
 * alone (rate limits, the queue board, token checks).
 */
export function startLoneGateway(
  redis: TestRedis,
  env: Record<string, string> = {},
): Promise<RunningGateway> {
  return startGateway(
    loadGatewayConfig({
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'silent',
      AUTH_JWT_PUBLIC_KEY: testJwtKeys().publicKeyPem,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      ...Object.fromEntries(
        SERVICE_NAMES.map((service) => [
          `SUBGRAPH_${envPrefixOf(service)}_URL`,
          'http://127.0.0.1:9/graphql',
        ]),
      ),
      ...env,
    }),
  );
}
