import { z } from 'zod';
import { ConfigError, parseEnv } from '@points/config';
import { REGISTRY_KINDS, type RegistryKind } from './registries/registry.types';

export type RegistryMode = 'simulator' | 'http';

/**
 * How this service's workers and registries behave, validated from the environment once
 * (both `main.ts` and `worker.ts` read it, so the API and the workers agree on job options).
 */
export interface VerificationSettings {
  /** BullMQ attempts per task job (bounded retries), then NEEDS_MANUAL and the failed set. */
  taskAttempts: number;
  /** First retry delay; doubles each attempt (exponential backoff). */
  backoffMs: number;
  /** One registry call may take this long; a slower one counts as a failed attempt. */
  attemptTimeoutMs: number;
  /** Jobs one worker process runs at once. Registry calls are I/O; the bound keeps the event loop responsive. */
  concurrency: number;
  /** A job whose worker stops renewing its lock (killed) is handed to another worker after this. */
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** How often PENDING tasks are looked for and put on the queue when nobody woke the dispatcher. */
  dispatchIntervalMs: number;
  registries: {
    modes: Record<RegistryKind, RegistryMode>;
    http?: { baseUrl: string; keyId: string; secret: string; timeoutMs: number };
    simulator: { latencyMs: number; failureRate: number };
  };
  /** The registry simulator's seeding mutation exists outside production only. */
  allowRegistrySeeding: boolean;
}

export const VERIFICATION_SETTINGS = Symbol('VERIFICATION_SETTINGS');

const P = 'ARCHIVE_VERIFICATION';
const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const mode = z.enum(['simulator', 'http']).optional();

export function loadVerificationSettings(
  env: NodeJS.ProcessEnv = process.env,
  nodeEnv: 'development' | 'test' | 'production' = 'development',
): VerificationSettings {
  const perKind = Object.fromEntries(REGISTRY_KINDS.map((kind) => [`${P}_REGISTRY_${kind}`, mode]));
  const parsed = parseEnv(
    z.object({
      [`${P}_TASK_ATTEMPTS`]: int(1, 20, 5),
      [`${P}_TASK_BACKOFF_MS`]: int(10, 3_600_000, 5_000),
      [`${P}_TASK_TIMEOUT_MS`]: int(10, 600_000, 30_000),
      // More than 64 concurrent jobs per process buys nothing on I/O and starves the event loop.
      [`${P}_WORKER_CONCURRENCY`]: int(1, 64, 8),
      [`${P}_LOCK_DURATION_MS`]: int(500, 600_000, 30_000),
      [`${P}_STALLED_INTERVAL_MS`]: int(500, 600_000, 30_000),
      [`${P}_DISPATCH_INTERVAL_MS`]: int(20, 60_000, 250),
      [`${P}_REGISTRY`]: z.enum(['simulator', 'http']).default('simulator'),
      ...perKind,
      [`${P}_REGISTRY_URL`]: z
        .string()
        .regex(/^https?:\/\//, 'must be an http(s):// URL')
        .optional(),
      [`${P}_REGISTRY_KEY_ID`]: z.string().min(1).optional(),
      [`${P}_REGISTRY_SECRET`]: z.string().min(16, 'at least 16 characters').optional(),
      [`${P}_REGISTRY_HTTP_TIMEOUT_MS`]: int(10, 600_000, 10_000),
      [`${P}_SIMULATOR_LATENCY_MS`]: int(0, 600_000, 0),
      [`${P}_SIMULATOR_FAILURE_RATE`]: z.coerce.number().min(0).max(1).default(0),
    }),
    env,
  ) as Record<string, string | number | undefined>;

  const fallbackMode = parsed[`${P}_REGISTRY`] as RegistryMode;
  const modes = Object.fromEntries(
    REGISTRY_KINDS.map((kind) => [
      kind,
      (parsed[`${P}_REGISTRY_${kind}`] as RegistryMode | undefined) ?? fallbackMode,
    ]),
  ) as Record<RegistryKind, RegistryMode>;

  const problems: string[] = [];
  const url = parsed[`${P}_REGISTRY_URL`] as string | undefined;
  const keyId = parsed[`${P}_REGISTRY_KEY_ID`] as string | undefined;
  const secret = parsed[`${P}_REGISTRY_SECRET`] as string | undefined;
  const usesHttp = Object.values(modes).includes('http');
  if (usesHttp) {
    if (!url) problems.push(`${P}_REGISTRY_URL: required when a registry is in http mode`);
    if (!keyId) problems.push(`${P}_REGISTRY_KEY_ID: required when a registry is in http mode`);
    if (!secret) problems.push(`${P}_REGISTRY_SECRET: required when a registry is in http mode`);
    if (url && nodeEnv === 'production' && !url.startsWith('https://'))
      problems.push(`${P}_REGISTRY_URL: must be https:// in production`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    taskAttempts: parsed[`${P}_TASK_ATTEMPTS`] as number,
    backoffMs: parsed[`${P}_TASK_BACKOFF_MS`] as number,
    attemptTimeoutMs: parsed[`${P}_TASK_TIMEOUT_MS`] as number,
    concurrency: parsed[`${P}_WORKER_CONCURRENCY`] as number,
    lockDurationMs: parsed[`${P}_LOCK_DURATION_MS`] as number,
    stalledIntervalMs: parsed[`${P}_STALLED_INTERVAL_MS`] as number,
    dispatchIntervalMs: parsed[`${P}_DISPATCH_INTERVAL_MS`] as number,
    registries: {
      modes,
      http:
        usesHttp && url && keyId && secret
          ? { baseUrl: url, keyId, secret, timeoutMs: parsed[`${P}_REGISTRY_HTTP_TIMEOUT_MS`] as number }
          : undefined,
      simulator: {
        latencyMs: parsed[`${P}_SIMULATOR_LATENCY_MS`] as number,
        failureRate: parsed[`${P}_SIMULATOR_FAILURE_RATE`] as number,
      },
    },
    allowRegistrySeeding: nodeEnv !== 'production',
  };
}
