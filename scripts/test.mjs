#!/usr/bin/env node
// `npm test`: build, type check, lint, then every project's tests (unit, integration against real
// PostgreSQL and Redis, end-to-end through the gateway) in one Jest run. PostgreSQL and Redis
// are provisioned as for `npm start` unless DATABASE_URL / REDIS_URL are set; every suite makes
// its own database and Redis prefix. Extra arguments go to Jest (e.g. a path).
//   --no-lint   skip the type check and lint (quick runs of one project)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled } from './ensure-install.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const lint = !args.includes('--no-lint');
const jestArgs = args.filter((a) => a !== '--no-lint');
const started = Date.now();
const step = (name) =>
  console.log(`\n\x1b[36m[test]\x1b[0m ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

ensureInstalled(root);
const { provisionPostgres, provisionRedis } = await import('./provision.mjs');

step('build');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
// The browser suites (test/e2e/console.e2e-spec.ts) drive the production build of the console.
await (await import('./build-web.mjs')).buildWeb();
if (lint) {
  step('console: generated GraphQL code current, type check, component tests');
  execFileSync(process.execPath, [join(root, 'scripts/codegen.mjs'), '--check'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'web/tsconfig.json', '--noEmit'],
    { cwd: root, stdio: 'inherit' },
  );
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'web/vite.config.mts'],
    // Vite's production build above sets NODE_ENV=production in this process; React's test
    // helpers (act) exist only in its development build.
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
  );
  step('type check');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'],
    { cwd: root, stdio: 'inherit' },
  );
  step('lint');
  // The module-boundary rule reads Nx's project graph; compute it first (no daemon, no cloud).
  execFileSync(process.execPath, [join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  execFileSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings=0'], {
    cwd: root,
    stdio: 'inherit',
  });
}

const dataDir = join(root, '.data/test');
mkdirSync(dataDir, { recursive: true });
step('provision PostgreSQL and Redis');
const postgres = await provisionPostgres(dataDir, { database: 'postgres', log: console.log });
const redis = await provisionRedis(dataDir, { log: console.log });

const jest = (extra) =>
  spawnSync(
    process.execPath,
    [join(root, 'node_modules/jest/bin/jest.js'), '--maxWorkers=2', '--forceExit', ...extra],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: postgres.url,
        REDIS_URL: redis.url,
        LOG_LEVEL: 'silent',
        // dist/ is fresh: suites that run built code must not rebuild it concurrently.
        POINTS_BUILT: '1',
      },
    },
  );
// The fault suite kills and restarts a dozen processes: beside it, on 2 cores, other suites'
// waits ran out although nothing was wrong. A whole run gives it the machine to itself, after
// the rest; a run with arguments (a path, a pattern) is one Jest run as asked.
let result;
if (jestArgs.length === 0) {
  step('jest: every suite but the fault suite');
  result = jest(['--testPathIgnorePatterns', '/test/fault/']);
  if (result.status === 0) {
    step('jest: the fault suite (test/fault), alone');
    result = jest(['test/fault/']);
  }
} else {
  step('jest');
  result = jest(jestArgs);
}
await redis.stop();
await postgres.stop();
step(`done: ${result.status === 0 ? 'passed' : 'FAILED'}`);
process.exit(result.status ?? 1);
