// `npm start` on a fresh clone: install dependencies first if they are missing or stale.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function ensureInstalled(root) {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return false;
  // `npm ci`: exactly the committed lockfile, never a re-resolved tree that rewrites it.
  console.log('Installing dependencies (npm ci) — first start only…');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  return true;
}
