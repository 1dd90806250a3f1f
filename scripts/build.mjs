#!/usr/bin/env node
// Compiles every project (libs, services, gateway, tools, scripts) with SWC into dist/, keeping
// the tree layout and resolving `@points/<lib>` imports to relative paths. SWC does not type
// check: `npx tsc -p tsconfig.json --noEmit` (run by `npm test`) does.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const sources = ['libs', 'services', 'gateway', 'tools', 'scripts'].filter((d) => existsSync(join(root, d)));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const started = Date.now();
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@swc/cli/bin/swc.js'),
    ...sources,
    '--out-dir',
    'dist',
    '--config-file',
    '.swcrc',
    '--extensions',
    '.ts',
    '--ignore',
    '**/*.spec.ts,**/*.integration-spec.ts,**/*.e2e-spec.ts',
    '--quiet',
  ],
  { cwd: root, stdio: 'inherit' },
);
// The gateway reads the composed supergraph next to its compiled code.
cpSync(join(root, 'gateway/supergraph.graphql'), join(dist, 'gateway/supergraph.graphql'), { force: true });
if (!process.argv.includes('--quiet'))
  console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
