import * as path from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_PORTS,
  envPrefixOf,
  nodeEnvSchema,
  optionalString,
  parseEnv,
  SERVICE_NAMES,
  type ServiceName,
} from '@points/config';

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  subgraphUrls: Record<ServiceName, string>;
  supergraphPath: string;
  dataDir: string;
  auth: { publicKeyPem?: string; publicKeyFile?: string; issuer: string; audience: string };
  gatewaySecret?: string;
  logLevel: string;
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number; maxBody: string };
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
      SUPERGRAPH_PATH: z.string().default(path.resolve(__dirname, '../supergraph.graphql')),
      POINTS_DATA_DIR: z.string().default(path.resolve(process.cwd(), '.data')),
      AUTH_JWT_PUBLIC_KEY: optionalString,
      AUTH_JWT_PUBLIC_KEY_FILE: optionalString,
      AUTH_JWT_ISSUER: z.string().default('points-platform'),
      AUTH_JWT_AUDIENCE: z.string().default('points-platform'),
      GATEWAY_SHARED_SECRET: optionalString,
      LOG_LEVEL: z.string().default('info'),
      ...urlKeys,
    }),
    env,
  ) as Record<string, unknown> & {
    NODE_ENV: GatewayConfig['nodeEnv'];
    GATEWAY_PORT: number;
    SUPERGRAPH_PATH: string;
    POINTS_DATA_DIR: string;
    AUTH_JWT_PUBLIC_KEY?: string;
    AUTH_JWT_PUBLIC_KEY_FILE?: string;
    AUTH_JWT_ISSUER: string;
    AUTH_JWT_AUDIENCE: string;
    GATEWAY_SHARED_SECRET?: string;
    LOG_LEVEL: string;
  };
  return {
    nodeEnv: parsed.NODE_ENV,
    port: parsed.GATEWAY_PORT,
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
  };
}
