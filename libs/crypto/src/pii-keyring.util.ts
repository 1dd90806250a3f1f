import { randomBytes } from 'node:crypto';
import { CryptoException, CryptoExceptionCode } from './crypto.exception';

/**
 * How personal data is encrypted at rest, chosen per deployment (PII_CIPHER): AES-256-GCM, or
 * SM4-CTR with HMAC-SM3 where national cryptography (商用密码, GB/T 39786-2021) is required.
 */
export const PII_ALGORITHMS = ['aes-256-gcm', 'sm4-ctr-hmac-sm3'] as const;
export type PiiAlgorithm = (typeof PII_ALGORITHMS)[number];

/** Encryption keys by id, the id new values are written with, and the algorithm (AES by default). */
export interface PiiKeyring {
  readonly activeKeyId: string;
  readonly keys: Readonly<Record<string, Buffer>>;
  readonly algorithm?: PiiAlgorithm;
}

export interface PiiKeyMaterial {
  readonly keyring: PiiKeyring;
  /** The HMAC key of the blind index; never one of the encryption keys. */
  readonly blindIndexKey: Buffer;
}

/** The environment variables `parsePiiKeyring` reads, as `generateDevKeyring` writes them. */
export interface PiiKeyringEnv {
  /** `k1:<base64 of 32 bytes>,k2:<base64 of 32 bytes>`: every key that may still be needed to decrypt. */
  readonly PII_ENCRYPTION_KEYS: string;
  /** The id of the key new values are encrypted with. */
  readonly PII_ACTIVE_KEY_ID: string;
  /** Base64 of 32 bytes. */
  readonly PII_BLIND_INDEX_KEY: string;
  /** `aes-256-gcm` (default) or `sm4-ctr-hmac-sm3`: what new values are written with. */
  readonly PII_CIPHER?: string;
}

export const PII_KEY_BYTES = 32;

// Key ids travel inside every token between dots, so they are short and dot-free.
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Decodes base64 strictly (Buffer.from ignores stray characters), or returns undefined. */
function decodeBase64(text: string): Buffer | undefined {
  if (!BASE64.test(text) || text.length % 4 !== 0) return undefined;
  return Buffer.from(text, 'base64');
}

function keyProblem(variable: string, what: string, text: string): string | undefined {
  const key = decodeBase64(text);
  if (!key) return `${variable}: ${what} is not valid base64`;
  if (key.length !== PII_KEY_BYTES) {
    return `${variable}: ${what} must be ${PII_KEY_BYTES} bytes, got ${key.length}`;
  }
  return undefined;
}

/**
 * Reads the PII keys from the environment. Throws one INVALID_KEY exception listing every problem,
 * each naming its variable (and key id), never the key material.
 */
export function parsePiiKeyring(env: Readonly<Partial<Record<keyof PiiKeyringEnv, string>>>): PiiKeyMaterial {
  const problems: string[] = [];
  // A Map, not an object: ids such as "constructor" or "__proto__" must not meet Object.prototype.
  const keys = new Map<string, Buffer>();

  const keysText = env.PII_ENCRYPTION_KEYS?.trim() ?? '';
  if (keysText === '') {
    problems.push('PII_ENCRYPTION_KEYS is not set (expected "k1:<base64 of 32 bytes>[,k2:...]")');
  } else {
    keysText.split(',').forEach((rawEntry, index) => {
      const entry = rawEntry.trim();
      const colon = entry.indexOf(':');
      if (colon < 0) {
        problems.push(`PII_ENCRYPTION_KEYS: entry ${index + 1} is not written "<keyId>:<base64>"`);
        return;
      }
      const keyId = entry.slice(0, colon);
      if (!KEY_ID_PATTERN.test(keyId)) {
        problems.push(
          `PII_ENCRYPTION_KEYS: entry ${index + 1} has a key id that is not 1–32 of A–Z a–z 0–9 _ -`,
        );
        return;
      }
      if (keys.has(keyId)) {
        problems.push(`PII_ENCRYPTION_KEYS: key id '${keyId}' appears twice`);
        return;
      }
      const text = entry.slice(colon + 1);
      const problem = keyProblem('PII_ENCRYPTION_KEYS', `key '${keyId}'`, text);
      if (problem) problems.push(problem);
      else keys.set(keyId, Buffer.from(text, 'base64'));
    });
  }

  const activeKeyId = env.PII_ACTIVE_KEY_ID?.trim() ?? '';
  if (activeKeyId === '') {
    problems.push('PII_ACTIVE_KEY_ID is not set (the id of the key that encrypts new values)');
  } else if (problems.length === 0 && !keys.has(activeKeyId)) {
    problems.push(
      `PII_ACTIVE_KEY_ID: '${activeKeyId}' is not among the keys of PII_ENCRYPTION_KEYS (${[...keys.keys()].join(', ')})`,
    );
  }

  const blindText = env.PII_BLIND_INDEX_KEY?.trim() ?? '';
  let blindIndexKey: Buffer | undefined;
  if (blindText === '') {
    problems.push('PII_BLIND_INDEX_KEY is not set (expected base64 of 32 bytes)');
  } else {
    const problem = keyProblem('PII_BLIND_INDEX_KEY', 'the key', blindText);
    if (problem) problems.push(problem);
    else blindIndexKey = Buffer.from(blindText, 'base64');
  }
  // One key for two jobs would let a leak of either undo both protections.
  if (blindIndexKey && [...keys.values()].some((key) => key.equals(blindIndexKey))) {
    problems.push('PII_BLIND_INDEX_KEY must differ from every key in PII_ENCRYPTION_KEYS');
  }

  const algorithmText = env.PII_CIPHER?.trim() || 'aes-256-gcm';
  const algorithm = PII_ALGORITHMS.find((name) => name === algorithmText);
  if (!algorithm) problems.push(`PII_CIPHER: '${algorithmText}' is not one of ${PII_ALGORITHMS.join(', ')}`);

  if (problems.length > 0 || !blindIndexKey || !algorithm) {
    throw new CryptoException(
      `Invalid PII key configuration: ${problems.join('; ')}`,
      CryptoExceptionCode.INVALID_KEY,
    );
  }
  return { keyring: { activeKeyId, keys: Object.fromEntries(keys), algorithm }, blindIndexKey };
}

/**
 * Fresh random keys in the environment format, for development (written under .data/, never
 * committed). Production keys come from the secret store.
 */
export function generateDevKeyring(keyId = 'k1'): PiiKeyringEnv {
  if (!KEY_ID_PATTERN.test(keyId)) {
    throw new CryptoException('key id must be 1–32 of A–Z a–z 0–9 _ -', CryptoExceptionCode.INVALID_KEY);
  }
  return {
    PII_ENCRYPTION_KEYS: `${keyId}:${randomBytes(PII_KEY_BYTES).toString('base64')}`,
    PII_ACTIVE_KEY_ID: keyId,
    PII_BLIND_INDEX_KEY: randomBytes(PII_KEY_BYTES).toString('base64'),
  };
}
