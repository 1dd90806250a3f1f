#!/usr/bin/env node
// The console's production build (web/ → web/dist/), cached: rebuilt only when its inputs changed
// (web/'s sources, the libs it imports, the lockfile), keyed by a SHA-256 of them kept in
// web/dist/.build-key. `npm start` and `npm test` call it; `--force` rebuilds regardless.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
const out = join(web, 'dist');
const keyFile = join(out, '.build-key');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' ? [] : files(path);
    // Tests do not change what ships.
    return /\.spec\.tsx?$/.test(entry.name) ? [] : [path];
  });
}

export function buildKey() {
  const hash = createHash('sha256');
  const inputs = [
    ...files(web),
    ...files(join(root, 'libs/validation/src')),
    join(root, 'package-lock.json'),
  ].sort();
  for (const file of inputs) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Builds web/dist/ unless it was built from exactly these inputs; returns whether it built. */
export async function buildWeb({ force = false, log = console.log } = {}) {
  const key = buildKey();
  if (
    !force &&
    existsSync(keyFile) &&
    readFileSync(keyFile, 'utf8') === key &&
    existsSync(join(out, 'index.html'))
  ) {
    log('console: web/dist is current (cached build)');
    return false;
  }
  const started = Date.now();
  // In a process of its own: Vite's build sets process.env.NODE_ENV to 'production' in the process
  // it runs in, and `npm start` then started every service as production (the first start of a
  // fresh clone, which builds the console, stopped at "GATEWAY_SHARED_SECRET: required in production").
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--vite-build'], { stdio: 'inherit' });
  writeFileSync(keyFile, key);
  log(`console: built web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (
  process.argv[1] &&
  statSync(process.argv[1]).isFile() &&
  fileURLToPath(import.meta.url) === process.argv[1]
) {
  if (process.argv.includes('--vite-build')) {
    const { build } = await import('vite');
    await build({ configFile: join(web, 'vite.config.mts'), logLevel: 'warn', mode: 'production' });
  } else await buildWeb({ force: process.argv.includes('--force') });
}
