import * as path from 'node:path';
import { z } from 'zod';
import { ConfigError, nodeEnvSchema, optionalString, parseEnv } from './load-config';
import { DEFAULT_PORTS, envPrefixOf, schemaNameOf, type ServiceName } from './services.constant';

export interface ServiceConfig {
  service: ServiceName;
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  /**
   * Port of `/metrics` (its own, never the public one): `<PREFIX>_METRICS_PORT`, else
   * METRICS_PORT, else 9464 in production and port + 5000 in development; off in tests unless set.
   */
  metricsPort: number | undefined;
  /** The same for the service's queue worker process (`<PREFIX>_WORKER_METRICS_PORT`; port + 5010). */
  workerMetricsPort: number | undefined;
  /**
   * The address to listen on (BIND_ADDRESS): loopback by default, so a process started on a
   * workstation is not reachable from the network; the container image sets 0.0.0.0.
   */
  bindAddress: string;
  /** The service's own database URL, falling back to the shared DATABASE_URL. */
  databaseUrl: string;
  databaseSchema: string;
  redisUrl: string;
  /** Namespace of every BullMQ key; tests give each suite its own. */
  redisPrefix: string;
  logLevel: string;
  /** Where development keys and local data live (`.data/`). */
  dataDir: string;
  auth: {
    /** PEM of the EdDSA public key that verifies access tokens. */
    publicKeyPem?: string;
    publicKeyFile?: string;
    issuer: string;
    audience: string;
  };
  /** Secret the gateway sends with every subgraph request; required outside development. */
  gatewaySecret?: string;
  /** Build the schema only (print SDL): connect to nothing. */
  schemaOnly: boolean;
  /**
   * Re-driving lost work (docs/decisions/0003): a published event or dispatched task whose job
   * has not completed is checked against Redis after `graceMs`, every `intervalMs`.
   */
  redrive: { graceMs: number; intervalMs: number };
  /** First retry delay of an event job that failed on its own (doubles, 8 attempts). */
  eventRetryDelayMs: number;
  /**
   * The console's address as people reach it (PUBLIC_CONSOLE_URL): printed documents link to it
   * (the notice's QR code opens its check page). By default the gateway's local address.
   */
  publicConsoleUrl: string;
  /** PII keys as given in the environment (parsed by `@points/crypto`); development keys otherwise. */
  pii: {
    PII_ENCRYPTION_KEYS?: string;
    PII_ACTIVE_KEY_ID?: string;
    PII_BLIND_INDEX_KEY?: string;
    /** `aes-256-gcm` (default) or `sm4-ctr-hmac-sm3` (national cryptography), per deployment. */
    PII_CIPHER?: string;
  };
}

const portSchema = z.coerce.number().int().min(0).max(65535);

/** In production every pod has its own address, so one well-known port (Prometheus's 9464) serves. */
export function metricsPortOf(
  nodeEnv: ServiceConfig['nodeEnv'],
  own: number | undefined,
  shared: number | undefined,
  developmentDefault: number,
): number | undefined {
  if (own !== undefined) return own;
  if (shared !== undefined) return shared;
  if (nodeEnv === 'production') return 9464;
  return nodeEnv === 'development' ? developmentDefault : undefined;
}

/** BIND_ADDRESS: an IPv4 or IPv6 address; loopback unless set (the container image sets 0.0.0.0). */
export const bindAddressSchema = z.union([z.ipv4(), z.ipv6()]).default('127.0.0.1');

const urlSchema = z
  .string()
  .regex(/^[a-z][a-z0-9+.-]*:\/\//i, 'must be a URL such as postgres://user@host:5432/db');

export function loadServiceConfig(service: ServiceName, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const prefix = envPrefixOf(service);
  const schemaOnly = env.POINTS_SCHEMA_ONLY === '1';
  const placeholder = schemaOnly ? 'postgres://schema-only' : undefined;
  // The service-specific variables are validated under their real names, so errors name them.
  const own = parseEnv(
    z.object({
      [`${prefix}_PORT`]: z.coerce.number().int().min(1).max(65535).optional(),
      [`${prefix}_DATABASE_URL`]: urlSchema.optional(),
      [`${prefix}_METRICS_PORT`]: portSchema.optional(),
      [`${prefix}_WORKER_METRICS_PORT`]: portSchema.optional(),
    }),
    env,
  ) as Record<string, number | string | undefined>;
  const parsed = parseEnv(
    z.object({
      NODE_ENV: nodeEnvSchema,
      METRICS_PORT: portSchema.optional(),
      DATABASE_URL: placeholder ? urlSchema.default(placeholder) : urlSchema.optional(),
      REDIS_URL: urlSchema.default('redis://127.0.0.1:6379'),
      REDIS_PREFIX: z
        .string()
        .regex(/^[a-zA-Z0-9_:-]+$/, 'letters, digits, _ : - only')
        .default('points'),
      LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      POINTS_DATA_DIR: z.string().default(path.resolve(process.cwd(), '.data')),
      AUTH_JWT_PUBLIC_KEY: optionalString,
      AUTH_JWT_PUBLIC_KEY_FILE: optionalString,
      AUTH_JWT_ISSUER: z.string().default('points-platform'),
      AUTH_JWT_AUDIENCE: z.string().default('points-platform'),
      GATEWAY_SHARED_SECRET: optionalString,
      BIND_ADDRESS: bindAddressSchema,
      PII_ENCRYPTION_KEYS: optionalString,
      PII_ACTIVE_KEY_ID: optionalString,
      PII_BLIND_INDEX_KEY: optionalString,
      PII_CIPHER: z.enum(['aes-256-gcm', 'sm4-ctr-hmac-sm3']).optional(),
      REDRIVE_GRACE_MS: z.coerce.number().int().min(0).default(30_000),
      REDRIVE_INTERVAL_MS: z.coerce.number().int().min(0).default(10_000),
      EVENT_RETRY_DELAY_MS: z.coerce.number().int().min(1).default(1_000),
      PUBLIC_CONSOLE_URL: z.url({ protocol: /^https?$/ }).optional(),
      GATEWAY_PORT: portSchema.default(DEFAULT_PORTS.gateway),
    }),
    env,
  );
  const databaseUrl = (own[`${prefix}_DATABASE_URL`] as string | undefined) ?? parsed.DATABASE_URL;
  const nodeEnv = parsed.NODE_ENV;
  const problems: string[] = [];
  if (!databaseUrl) problems.push(`${prefix}_DATABASE_URL or DATABASE_URL: required (postgres://...)`);
  if (nodeEnv === 'production' && !parsed.GATEWAY_SHARED_SECRET)
    problems.push('GATEWAY_SHARED_SECRET: required in production (subgraphs accept only the gateway)');
  if (nodeEnv === 'production' && !schemaOnly && !parsed.PII_ENCRYPTION_KEYS)
    problems.push(
      'PII_ENCRYPTION_KEYS: required in production (with PII_ACTIVE_KEY_ID and PII_BLIND_INDEX_KEY)',
    );
  if (problems.length > 0 || !databaseUrl) throw new ConfigError(problems);
  const port = (own[`${prefix}_PORT`] as number | undefined) ?? DEFAULT_PORTS[service];
  return {
    service,
    nodeEnv,
    port,
    metricsPort: metricsPortOf(
      nodeEnv,
      own[`${prefix}_METRICS_PORT`] as number | undefined,
      parsed.METRICS_PORT,
      port + 5000,
    ),
    workerMetricsPort: metricsPortOf(
      nodeEnv,
      own[`${prefix}_WORKER_METRICS_PORT`] as number | undefined,
      parsed.METRICS_PORT,
      port + 5010,
    ),
    bindAddress: parsed.BIND_ADDRESS,
    databaseUrl,
    databaseSchema: schemaNameOf(service),
    redisUrl: parsed.REDIS_URL,
    redisPrefix: parsed.REDIS_PREFIX,
    logLevel: parsed.LOG_LEVEL,
    dataDir: parsed.POINTS_DATA_DIR,
    auth: {
      publicKeyPem: parsed.AUTH_JWT_PUBLIC_KEY,
      publicKeyFile: parsed.AUTH_JWT_PUBLIC_KEY_FILE,
      issuer: parsed.AUTH_JWT_ISSUER,
      audience: parsed.AUTH_JWT_AUDIENCE,
    },
    gatewaySecret: parsed.GATEWAY_SHARED_SECRET,
    schemaOnly,
    redrive: { graceMs: parsed.REDRIVE_GRACE_MS, intervalMs: parsed.REDRIVE_INTERVAL_MS },
    eventRetryDelayMs: parsed.EVENT_RETRY_DELAY_MS,
    publicConsoleUrl: (parsed.PUBLIC_CONSOLE_URL ?? `http://localhost:${parsed.GATEWAY_PORT}`).replace(/\/+$/, ''),
    pii: {
      PII_ENCRYPTION_KEYS: parsed.PII_ENCRYPTION_KEYS,
      PII_ACTIVE_KEY_ID: parsed.PII_ACTIVE_KEY_ID,
      PII_BLIND_INDEX_KEY: parsed.PII_BLIND_INDEX_KEY,
      PII_CIPHER: parsed.PII_CIPHER,
    },
  };
}
