import * as path from 'node:path';
import { z } from 'zod';
import {
  bindAddressSchema,
  DEFAULT_PORTS,
  envPrefixOf,
  metricsPortOf,
  nodeEnvSchema,
  optionalString,
  parseEnv,
  SERVICE_NAMES,
  type ServiceName,
} from '@points/config';

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  /** `/metrics` on its own port (GATEWAY_METRICS_PORT, else METRICS_PORT; see ServiceConfig). */
  metricsPort: number | undefined;
  /** BIND_ADDRESS, as for the subgraphs: loopback unless set (the container image sets 0.0.0.0). */
  bindAddress: string;
  subgraphUrls: Record<ServiceName, string>;
  supergraphPath: string;
  dataDir: string;
  auth: { publicKeyPem?: string; publicKeyFile?: string; issuer: string; audience: string };
  gatewaySecret?: string;
  logLevel: string;
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number; maxBody: string };
  rateLimit: { perClientPerMinute: number; perAccountPerMinute: number };
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, Express `trust proxy`
   * syntax, e.g. `10.0.0.0/8,loopback`); empty: the connection's address is the client.
   */
  trustedProxies: string[];
  /** Shared rate-limit counters across gateway replicas; in memory when unset. */
  redisUrl?: string;
  redisPrefix: string;
  /** The built web console served at `/` (web/dist); unset: no console. */
  consoleDir?: string;
}

/** Subgraph URLs from `SUBGRAPH_<SERVICE>_URL`, default localhost with each service's port. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const urlKeys = Object.fromEntries(
    SERVICE_NAMES.map((s) => [
      `SUBGRAPH_${envPrefixOf(s)}_URL`,
      z.url().default(`http://127.0.0.1:${DEFAULT_PORTS[s]}/graphql`),
    ]),
  );
  const parsed = parseEnv(
    z.object({
      NODE_ENV: nodeEnvSchema,
      GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(DEFAULT_PORTS.gateway),
      GATEWAY_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
      METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
      BIND_ADDRESS: bindAddressSchema,
      SUPERGRAPH_PATH: z.string().default(path.resolve(__dirname, '../supergraph.graphql')),
      POINTS_DATA_DIR: z.string().default(path.resolve(process.cwd(), '.data')),
      AUTH_JWT_PUBLIC_KEY: optionalString,
      AUTH_JWT_PUBLIC_KEY_FILE: optionalString,
      AUTH_JWT_ISSUER: z.string().default('points-platform'),
      AUTH_JWT_AUDIENCE: z.string().default('points-platform'),
      GATEWAY_SHARED_SECRET: optionalString,
      LOG_LEVEL: z.string().default('info'),
      GATEWAY_RATE_LIMIT_PER_CLIENT: z.coerce.number().int().min(0).default(600),
      GATEWAY_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(0).default(300),
      GATEWAY_TRUSTED_PROXIES: z.string().default(''),
      REDIS_URL: optionalString,
      REDIS_PREFIX: z.string().default('points'),
      // `npm start` and the e2e platform run from the repository root, where web/dist is built.
      CONSOLE_DIR: z.string().default(path.resolve(process.cwd(), 'web/dist')),
      ...urlKeys,
    }),
    env,
  ) as Record<string, unknown> & {
    NODE_ENV: GatewayConfig['nodeEnv'];
    GATEWAY_PORT: number;
    GATEWAY_METRICS_PORT?: number;
    METRICS_PORT?: number;
    BIND_ADDRESS: string;
    SUPERGRAPH_PATH: string;
    POINTS_DATA_DIR: string;
    AUTH_JWT_PUBLIC_KEY?: string;
    AUTH_JWT_PUBLIC_KEY_FILE?: string;
    AUTH_JWT_ISSUER: string;
    AUTH_JWT_AUDIENCE: string;
    GATEWAY_SHARED_SECRET?: string;
    LOG_LEVEL: string;
    GATEWAY_RATE_LIMIT_PER_CLIENT: number;
    GATEWAY_RATE_LIMIT_PER_ACCOUNT: number;
    GATEWAY_TRUSTED_PROXIES: string;
    REDIS_URL?: string;
    REDIS_PREFIX: string;
    CONSOLE_DIR: string;
  };
  return {
    nodeEnv: parsed.NODE_ENV,
    port: parsed.GATEWAY_PORT,
    metricsPort: metricsPortOf(
      parsed.NODE_ENV,
      parsed.GATEWAY_METRICS_PORT,
      parsed.METRICS_PORT,
      parsed.GATEWAY_PORT + 5000,
    ),
    bindAddress: parsed.BIND_ADDRESS,
    subgraphUrls: Object.fromEntries(
      SERVICE_NAMES.map((s) => [s, parsed[`SUBGRAPH_${envPrefixOf(s)}_URL`] as string]),
    ) as Record<ServiceName, string>,
    supergraphPath: parsed.SUPERGRAPH_PATH,
    dataDir: parsed.POINTS_DATA_DIR,
    auth: {
      publicKeyPem: parsed.AUTH_JWT_PUBLIC_KEY,
      publicKeyFile: parsed.AUTH_JWT_PUBLIC_KEY_FILE,
      issuer: parsed.AUTH_JWT_ISSUER,
      audience: parsed.AUTH_JWT_AUDIENCE,
    },
    gatewaySecret: parsed.GATEWAY_SHARED_SECRET,
    logLevel: parsed.LOG_LEVEL,
    // Sized for the platform's real operations (the deepest is a few levels of nested entities).
    limits: { maxDepth: 10, maxAliases: 15, maxTokens: 2_000, maxCost: 5_000, maxBody: '100kb' },
    rateLimit: {
      perClientPerMinute: parsed.GATEWAY_RATE_LIMIT_PER_CLIENT,
      perAccountPerMinute: parsed.GATEWAY_RATE_LIMIT_PER_ACCOUNT,
    },
    trustedProxies: parsed.GATEWAY_TRUSTED_PROXIES.split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
    redisUrl: parsed.REDIS_URL,
    redisPrefix: parsed.REDIS_PREFIX,
    consoleDir: parsed.CONSOLE_DIR || undefined,
  };
}
