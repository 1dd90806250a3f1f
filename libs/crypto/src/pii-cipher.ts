import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CryptoException, CryptoExceptionCode } from './crypto.exception';
import { KEY_ID_PATTERN, PII_KEY_BYTES, type PiiKeyring } from './pii-keyring.util';

// Token layout: v1.<keyId>.<iv>.<tag>.<ciphertext>, parts base64url without padding.
// "v1" means AES-256-GCM, 12-byte IV, 16-byte tag, associated data "v1.<keyId>.<aad>" (UTF-8).
// SM4 would be a new version: Node 20's OpenSSL 3.0 offers SM4 only in unauthenticated modes
// (sm4-cbc/ctr/…), no sm4-gcm, so there is no honest SM4 option here yet.
const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12; // the size GCM is specified for; a random 96-bit IV per value
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

interface ParsedToken {
  readonly keyId: string;
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly ciphertext: Buffer;
}

/**
 * Encrypts personal data (resident ID numbers, mobiles) for storage. Each token names the key it
 * was written with, so after a rotation old tokens still decrypt while new ones use the active key.
 *
 * `aad` (associated data) is authenticated but not stored: pass the column, e.g.
 * `"employer_registration.hr_contact.mobile"`, and a token copied into another column fails to
 * decrypt (TAMPERED). Use the same `aad` to decrypt as to encrypt.
 */
export class PiiCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;
  readonly activeKeyId: string;

  constructor(keyring: PiiKeyring) {
    const keys = new Map<string, Buffer>();
    for (const [keyId, key] of Object.entries(keyring.keys)) {
      if (!KEY_ID_PATTERN.test(keyId)) {
        throw new CryptoException(
          `key id '${keyId}' must be 1–32 of A–Z a–z 0–9 _ -`,
          CryptoExceptionCode.INVALID_KEY,
        );
      }
      if (key.length !== PII_KEY_BYTES) {
        throw new CryptoException(
          `key '${keyId}' must be ${PII_KEY_BYTES} bytes, got ${key.length}`,
          CryptoExceptionCode.INVALID_KEY,
        );
      }
      keys.set(keyId, Buffer.from(key)); // a private copy: the caller's buffer may be reused
    }
    if (!keys.has(keyring.activeKeyId)) {
      throw new CryptoException(
        `active key '${keyring.activeKeyId}' is not in the keyring`,
        CryptoExceptionCode.INVALID_KEY,
      );
    }
    this.keys = keys;
    this.activeKeyId = keyring.activeKeyId;
  }

  /** Encrypts with the active key and a fresh random IV: equal plaintexts give different tokens. */
  encrypt(plaintext: string, aad = ''): string {
    const key = this.keyFor(this.activeKeyId);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(this.activeKeyId, aad));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.activeKeyId, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** Decrypts with the key named in the token; throws MALFORMED, UNKNOWN_KEY or TAMPERED. */
  decrypt(token: string, aad = ''): string {
    const { keyId, iv, tag, ciphertext } = parseToken(token);
    const key = this.keyFor(keyId);
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(keyId, aad));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new CryptoException(
        'the encrypted value failed authentication: it was altered, or belongs to another column',
        CryptoExceptionCode.TAMPERED,
      );
    }
  }

  /** Whether the token was written with a key other than the active one (a rotation leftover). */
  needsReEncryption(token: string): boolean {
    return parseToken(token).keyId !== this.activeKeyId;
  }

  /** The same plaintext under the active key; for the re-encryption job after a rotation. */
  reEncrypt(token: string, aad = ''): string {
    return this.encrypt(this.decrypt(token, aad), aad);
  }

  private keyFor(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) {
      throw new CryptoException(`no key '${keyId}' in the keyring`, CryptoExceptionCode.UNKNOWN_KEY);
    }
    return key;
  }
}

// Binding version and key id as well means neither can be edited in a stored token unnoticed.
function associatedData(keyId: string, aad: string): Buffer {
  return Buffer.from(`${VERSION}.${keyId}.${aad}`, 'utf8');
}

function parseToken(token: string): ParsedToken {
  const parts = token.split('.');
  if (parts.length !== 5) throw malformed('expected 5 dot-separated parts');
  const [version, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  if (version !== VERSION) throw malformed('unsupported version');
  if (!KEY_ID_PATTERN.test(keyId)) throw malformed('invalid key id');
  const parsed = {
    keyId,
    iv: decodePart(iv, 'IV'),
    tag: decodePart(tag, 'tag'),
    ciphertext: decodePart(ciphertext, 'ciphertext'),
  };
  if (parsed.iv.length !== IV_BYTES) throw malformed(`IV must be ${IV_BYTES} bytes`);
  if (parsed.tag.length !== TAG_BYTES) throw malformed(`tag must be ${TAG_BYTES} bytes`);
  return parsed;
}

// Strict base64url: Buffer.from skips characters it does not know and ignores spare bits, so
// without the round trip two different tokens could decode to the same bytes.
function decodePart(text: string, what: string): Buffer {
  const bytes = BASE64URL.test(text) ? Buffer.from(text, 'base64url') : undefined;
  if (!bytes || bytes.toString('base64url') !== text) throw malformed(`${what} is not canonical base64url`);
  return bytes;
}

function malformed(detail: string): CryptoException {
  return new CryptoException(`not a PII token: ${detail}`, CryptoExceptionCode.MALFORMED);
}
