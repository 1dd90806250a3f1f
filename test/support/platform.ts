import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { envPrefixOf, SERVICE_NAMES, type ServiceName } from '@points/config';
import {
  testJwtKeys,
  createTestDatabase,
  createTestRedis,
  type TestDatabase,
  type TestRedis,
} from '@points/testing';

const root = path.resolve(__dirname, '../..');

/**
 * A port free right now for a service of this suite (tests never bind the fixed 4000–4005).
 * Taken below Linux's ephemeral range (32768–60999): a port the OS handed out for listen(0) was
 * once taken again, between this check and the service's own listen, by another connection of the
 * busy machine (EADDRINUSE in CI at 20:46). Each Jest worker draws from its own slice, so two
 * suites starting at once never draw the same port either.
 */
const PORT_SLICE = 1_500;
const handedOut = new Set<number>();

export async function freePort(): Promise<number> {
  const worker = Math.max(1, Number(process.env.JEST_WORKER_ID ?? '1') || 1);
  const base = 20_000 + ((worker - 1) % 8) * PORT_SLICE;
  for (let attempt = 0; attempt < 500; attempt++) {
    const port = base + Math.floor(Math.random() * PORT_SLICE);
    if (handedOut.has(port) || !(await canListen(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`No free port in ${base}–${base + PORT_SLICE - 1} after 500 tries`);
}

/** Whether a service could listen on `port` now (on every interface, as the services do). */
function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

async function waitHealthy(url: string, name: string, child: ChildProcess, output: string[]): Promise<void> {
  // Generous: on a shared 2-core machine a Nest process can take a minute or two to boot.
  for (const deadline = Date.now() + 180_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output.join('')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not answer ${url} within 180 s:\n${output.join('')}`);
}

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<ServiceName, string>;
  db: TestDatabase;
  redis: TestRedis;
  gatewaySecret: string;
  /** `/metrics` of every process (on its own port): `gateway`, each subgraph, `<service> worker`. */
  metricsUrls: Record<string, string>;
  /** Everything each process wrote to stdout and stderr so far (workers included), by process name. */
  logs(): Record<string, string>;
  /** Processes that have exited since the start (none should, unless a test stopped them). */
  exited(): string[];
  stopService(service: ServiceName): Promise<void>;
  /** Stops a service's queue worker process (if it has one), e.g. to test recovery. */
  stopWorker(service: ServiceName): Promise<void>;
  /** Every process by name: the five services, `<service> worker`, `gateway`. */
  processNames(): string[];
  /** `kill -9` of one process (it gets no chance to finish anything). */
  kill(name: string): Promise<void>;
  /** Starts a stopped or killed process again (services and the gateway: until healthy). */
  restart(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole platform as `npm start` runs it: the built code of the five subgraphs and the
 * gateway, each its own process, on a fresh database (migrated and demo-seeded) and Redis prefix.
 */
export interface PlatformOptions {
  /** LOG_LEVEL of every process (default warn); `info` logs every request, for suites that read the logs. */
  logLevel?: string;
  /** Extra environment for every process (e.g. faster re-drive in the fault suite). */
  env?: NodeJS.ProcessEnv;
  /** A PostgreSQL database / Redis of the caller's own (the fault suite's); else a fresh one here. */
  databaseUrl?: string;
  redisUrl?: string;
}

/**
 * How long a suite's `beforeAll` gives `startPlatform` (and what it seeds after): at load 25 (five
 * other test runs on 2 cores) eleven processes took more than 180 s to answer. A quiet start takes
 * 20–40 s; the limit only decides when a stuck start is called stuck.
 */
export const PLATFORM_START_MS = 420_000;

export async function startPlatform(options: PlatformOptions = {}): Promise<RunningPlatform> {
  // `npm test` builds once before Jest; a direct Jest run builds here.
  if (process.env.POINTS_BUILT !== '1') {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const db: TestDatabase = options.databaseUrl
    ? {
        url: options.databaseUrl,
        name: new URL(options.databaseUrl).pathname.slice(1),
        drop: () => Promise.resolve(),
      }
    : await createTestDatabase('e2e');
  const redis: TestRedis = options.redisUrl
    ? { url: options.redisUrl, prefix: 'points', cleanup: () => Promise.resolve() }
    : createTestRedis('e2e');
  const gatewaySecret = 'e2e-gateway-secret';
  const ports = Object.fromEntries(
    await Promise.all(
      [...SERVICE_NAMES, 'gateway' as const].map(async (s) => [s, await freePort()] as const),
    ),
  ) as Record<ServiceName | 'gateway', number>;
  // Every process serves /metrics on a port of its own, never on its GraphQL port.
  const metricsPorts: Record<string, number> = {};
  for (const name of [...SERVICE_NAMES, 'gateway', ...SERVICE_NAMES.map((s) => `${s} worker`)])
    metricsPorts[name] = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: redis.prefix,
    LOG_LEVEL: options.logLevel ?? 'warn',
    AUTH_JWT_PUBLIC_KEY: testJwtKeys().publicKeyPem,
    // `login` signs with the same pair `mintToken` uses, so a real login's token passes the
    // gateway and every subgraph (without it employer-registration signs with the .data/ dev key).
    AUTH_JWT_PRIVATE_KEY: testJwtKeys().privateKeyPem,
    // The registry simulator answers at once; the journey waits on work, not on invented latency.
    ARCHIVE_VERIFICATION_SIMULATOR_LATENCY_MS: '0',
    ARCHIVE_VERIFICATION_SIMULATOR_FAILURE_RATE: '0',
    GATEWAY_SHARED_SECRET: gatewaySecret,
    GATEWAY_PORT: String(ports.gateway),
    GATEWAY_METRICS_PORT: String(metricsPorts.gateway),
    // The suites call hundreds of operations from one address; the limits have their own test.
    GATEWAY_RATE_LIMIT_PER_CLIENT: '0',
    GATEWAY_RATE_LIMIT_PER_ACCOUNT: '0',
    // Verification tasks: retry and dispatch fast, so a journey's checks finish in seconds.
    ARCHIVE_VERIFICATION_TASK_BACKOFF_MS: process.env.ARCHIVE_VERIFICATION_TASK_BACKOFF_MS ?? '200',
    ARCHIVE_VERIFICATION_DISPATCH_INTERVAL_MS: process.env.ARCHIVE_VERIFICATION_DISPATCH_INTERVAL_MS ?? '100',
    ...options.env,
  };
  for (const service of SERVICE_NAMES) {
    env[`${envPrefixOf(service)}_PORT`] = String(ports[service]);
    env[`SUBGRAPH_${envPrefixOf(service)}_URL`] = `http://127.0.0.1:${ports[service]}/graphql`;
    env[`${envPrefixOf(service)}_METRICS_PORT`] = String(metricsPorts[service]);
    env[`${envPrefixOf(service)}_WORKER_METRICS_PORT`] = String(metricsPorts[`${service} worker`]);
  }
  execFileSync(process.execPath, [path.join(root, 'dist/scripts/migrate.js'), '--dev-seed'], {
    cwd: root,
    env,
    stdio: 'ignore',
  });

  const children = new Map<string, ChildProcess>();
  const outputs = new Map<string, string[]>();
  const stopped = new Set<string>();
  const scripts = new Map<string, { script: string; healthUrl?: string }>();
  const spawnChild = (name: string, script: string): { child: ChildProcess; output: string[] } => {
    const output: string[] = [];
    const child = spawn(process.execPath, [path.join(root, script)], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    children.set(name, child);
    outputs.set(name, output);
    return { child, output };
  };
  const launch = async (name: string, script: string, healthUrl: string): Promise<void> => {
    scripts.set(name, { script, healthUrl });
    stopped.delete(name);
    const { child, output } = spawnChild(name, script);
    await waitHealthy(healthUrl, name, child, output);
  };
  const spawnWorker = (service: ServiceName, script: string): void => {
    scripts.set(`${service} worker`, { script });
    stopped.delete(`${service} worker`);
    spawnChild(`${service} worker`, script);
  };
  const stopChild = (name: string): Promise<void> =>
    new Promise((resolve) => {
      stopped.add(name);
      const child = children.get(name);
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });

  try {
    await Promise.all(
      SERVICE_NAMES.map((s) =>
        launch(s, `dist/services/${s}/src/main.js`, `http://127.0.0.1:${ports[s]}/health`),
      ),
    );
    // Queue workers (archive checks, SMS) run as their own processes, as `npm start` runs them.
    for (const s of SERVICE_NAMES) {
      const worker = `dist/services/${s}/src/worker.js`;
      if (fs.existsSync(path.join(root, worker))) spawnWorker(s, worker);
    }
    // The gateway starts last, a minute or more after its ports were picked: by then an outgoing
    // connection may hold one (both come from the ephemeral range). Then it picks new ones.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await launch('gateway', 'dist/gateway/src/main.js', `http://127.0.0.1:${ports.gateway}/ready`);
        break;
      } catch (error) {
        if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
        ports.gateway = await freePort();
        metricsPorts.gateway = await freePort();
        env.GATEWAY_PORT = String(ports.gateway);
        env.GATEWAY_METRICS_PORT = String(metricsPorts.gateway);
      }
    }
  } catch (error) {
    await Promise.all([...children.keys()].map(stopChild));
    // A failed start leaves no Redis connection open (Jest would not exit) and no database behind.
    await redis.cleanup().catch(() => undefined);
    await db.drop().catch(() => undefined);
    throw error;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    subgraphUrls: Object.fromEntries(
      SERVICE_NAMES.map((s) => [s, `http://127.0.0.1:${ports[s]}/graphql`]),
    ) as Record<ServiceName, string>,
    db,
    redis,
    gatewaySecret,
    metricsUrls: Object.fromEntries(
      Object.entries(metricsPorts)
        .filter(([name]) => children.has(name))
        .map(([name, port]) => [name, `http://127.0.0.1:${port}/metrics`]),
    ),
    logs: () => Object.fromEntries([...outputs].map(([name, output]) => [name, output.join('')])),
    exited: () =>
      [...children]
        .filter(
          ([name, child]) => !stopped.has(name) && (child.exitCode !== null || child.signalCode !== null),
        )
        .map(([name]) => name),
    stopService: (service) => stopChild(service),
    stopWorker: (service) => stopChild(`${service} worker`),
    processNames: () => [...scripts.keys()],
    kill: (name) =>
      new Promise((resolve) => {
        stopped.add(name);
        const child = children.get(name);
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
    async restart(name) {
      const known = scripts.get(name);
      if (!known) throw new Error(`no process named ${name}`);
      if (known.healthUrl) await launch(name, known.script, known.healthUrl);
      else spawnWorker(name.replace(/ worker$/, '') as ServiceName, known.script);
    },
    async stop() {
      await Promise.all([...children.keys()].map(stopChild));
      await redis.cleanup();
      await db.drop();
    },
  };
}
