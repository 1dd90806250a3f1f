import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  generateDevKeyring,
  parsePiiKeyring,
  type PiiKeyMaterial,
  type PiiKeyringEnv,
} from './pii-keyring.util';

/**
 * Development PII keys live in `.data/keys/pii.json` (git-ignored): generated once, shared by every
 * service of the checkout, so a value one service encrypts into an event another can decrypt.
 * Production keys come from the environment only (PII_ENCRYPTION_KEYS, PII_ACTIVE_KEY_ID,
 * PII_BLIND_INDEX_KEY).
 */
export function ensureDevPiiKeyring(dataDir: string): PiiKeyringEnv {
  const dir = path.join(dataDir, 'keys');
  const file = path.join(dir, 'pii.json');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    // `wx`: when several services start at once, exactly one writes and the rest read its keys.
    fs.writeFileSync(file, JSON.stringify(generateDevKeyring(), null, 2), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (let attempt = 0; ; attempt++) {
    const text = fs.readFileSync(file, 'utf8');
    // A reader can see the file between its creation and the writer's write: read again.
    if (text.trim() !== '' || attempt > 50) return JSON.parse(text) as PiiKeyringEnv;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
}

/** The PII keys from the environment when set, else (outside production) the development keys. */
export function resolvePiiKeyMaterial(options: {
  env: Readonly<Partial<Record<keyof PiiKeyringEnv, string>>>;
  dataDir: string;
  allowDevKeys: boolean;
}): PiiKeyMaterial {
  const configured = options.env.PII_ENCRYPTION_KEYS?.trim();
  if (configured || !options.allowDevKeys) return parsePiiKeyring(options.env);
  // The development keys serve either algorithm (both take 32-byte keys); PII_CIPHER still chooses.
  return parsePiiKeyring({ ...ensureDevPiiKeyring(options.dataDir), PII_CIPHER: options.env.PII_CIPHER });
}
