import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CryptoException, CryptoExceptionCode } from './crypto.exception';
import { KEY_ID_PATTERN, PII_KEY_BYTES, type PiiAlgorithm, type PiiKeyring } from './pii-keyring.util';

// Token layout: <version>.<keyId>.<iv>.<tag>.<ciphertext>, parts base64url without padding. The
// version names the algorithm, so a deployment that changes algorithm still reads its old tokens
// (and re-encrypts them like a key rotation):
//   v1  AES-256-GCM, 12-byte IV, 16-byte tag, associated data "v1.<keyId>.<aad>" (UTF-8).
//   s1  SM4-CTR + HMAC-SM3, encrypt-then-MAC (商用密码, GB/T 32907 and GB/T 32905): the 32-byte
//       key splits like JWE's A128CBC-HS256, bytes 0–15 the HMAC-SM3 key and 16–31 the SM4 key;
//       16-byte random IV (the initial counter block); tag = HMAC-SM3 over
//       u32be(len(ad)) || ad || iv || ciphertext with ad = "s1.<keyId>.<aad>", all 32 bytes.
//       Node's OpenSSL 3 has sm4-ctr and sm3 but no sm4-gcm on every build, hence the EtM pair.
const BASE64URL = /^[A-Za-z0-9_-]*$/;

interface Scheme {
  readonly version: string;
  readonly ivBytes: number;
  readonly tagBytes: number;
  seal(key: Buffer, iv: Buffer, ad: Buffer, plaintext: Buffer): { ciphertext: Buffer; tag: Buffer };
  /** Throws (any error) when the tag does not verify. */
  open(key: Buffer, iv: Buffer, ad: Buffer, tag: Buffer, ciphertext: Buffer): Buffer;
}

const AES_256_GCM: Scheme = {
  version: 'v1',
  ivBytes: 12, // the size GCM is specified for; a random 96-bit IV per value
  tagBytes: 16,
  seal(key, iv, ad, plaintext) {
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
    cipher.setAAD(ad);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { ciphertext, tag: cipher.getAuthTag() };
  },
  open(key, iv, ad, tag, ciphertext) {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
    decipher.setAAD(ad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  },
};

function sm3Tag(macKey: Buffer, ad: Buffer, iv: Buffer, ciphertext: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(ad.length);
  return createHmac('sm3', macKey).update(length).update(ad).update(iv).update(ciphertext).digest();
}

const SM4_CTR_HMAC_SM3: Scheme = {
  version: 's1',
  ivBytes: 16,
  tagBytes: 32,
  seal(key, iv, ad, plaintext) {
    const cipher = createCipheriv('sm4-ctr', key.subarray(16, 32), iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { ciphertext, tag: sm3Tag(key.subarray(0, 16), ad, iv, ciphertext) };
  },
  open(key, iv, ad, tag, ciphertext) {
    // Verify before decrypting: nothing of an altered token is ever deciphered.
    if (!timingSafeEqual(sm3Tag(key.subarray(0, 16), ad, iv, ciphertext), tag)) throw new Error('bad tag');
    const decipher = createDecipheriv('sm4-ctr', key.subarray(16, 32), iv);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  },
};

const SCHEMES: Record<PiiAlgorithm, Scheme> = {
  'aes-256-gcm': AES_256_GCM,
  'sm4-ctr-hmac-sm3': SM4_CTR_HMAC_SM3,
};
const SCHEME_BY_VERSION = new Map(Object.values(SCHEMES).map((scheme) => [scheme.version, scheme]));

interface ParsedToken {
  readonly scheme: Scheme;
  readonly keyId: string;
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly ciphertext: Buffer;
}

/**
 * Encrypts personal data (resident ID numbers, mobiles) for storage, with AES-256-GCM or, where a
 * deployment must use national cryptography, SM4 (the keyring's `algorithm`, PII_CIPHER). Each
 * token names its algorithm and the key it was written with, so after a rotation (of key or of
 * algorithm) old tokens still decrypt while new ones use the active key and algorithm.
 *
 * `aad` (associated data) is authenticated but not stored: pass the column, e.g.
 * `"employer_registration.hr_contact.mobile"`, and a token copied into another column fails to
 * decrypt (TAMPERED). Use the same `aad` to decrypt as to encrypt.
 */
export class PiiCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;
  private readonly scheme: Scheme;
  readonly activeKeyId: string;
  readonly algorithm: PiiAlgorithm;

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
    this.algorithm = keyring.algorithm ?? 'aes-256-gcm';
    const scheme = SCHEMES[this.algorithm] as Scheme | undefined;
    if (!scheme) {
      throw new CryptoException(
        `algorithm '${String(keyring.algorithm)}' is not one of ${Object.keys(SCHEMES).join(', ')}`,
        CryptoExceptionCode.INVALID_KEY,
      );
    }
    this.scheme = scheme;
    this.keys = keys;
    this.activeKeyId = keyring.activeKeyId;
  }

  /** Encrypts with the active key and a fresh random IV: equal plaintexts give different tokens. */
  encrypt(plaintext: string, aad = ''): string {
    const { scheme } = this;
    const key = this.keyFor(this.activeKeyId);
    const iv = randomBytes(scheme.ivBytes);
    const ad = associatedData(scheme, this.activeKeyId, aad);
    const { ciphertext, tag } = scheme.seal(key, iv, ad, Buffer.from(plaintext, 'utf8'));
    return [scheme.version, this.activeKeyId, iv, tag, ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** Decrypts with the key named in the token; throws MALFORMED, UNKNOWN_KEY or TAMPERED. */
  decrypt(token: string, aad = ''): string {
    const { scheme, keyId, iv, tag, ciphertext } = parseToken(token);
    const key = this.keyFor(keyId);
    try {
      return scheme.open(key, iv, associatedData(scheme, keyId, aad), tag, ciphertext).toString('utf8');
    } catch {
      throw new CryptoException(
        'the encrypted value failed authentication: it was altered, or belongs to another column',
        CryptoExceptionCode.TAMPERED,
      );
    }
  }

  /** Whether the token was written with another key or algorithm than the active ones (a rotation leftover). */
  needsReEncryption(token: string): boolean {
    const { scheme, keyId } = parseToken(token);
    return keyId !== this.activeKeyId || scheme !== this.scheme;
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
function associatedData(scheme: Scheme, keyId: string, aad: string): Buffer {
  return Buffer.from(`${scheme.version}.${keyId}.${aad}`, 'utf8');
}

function parseToken(token: string): ParsedToken {
  const parts = token.split('.');
  if (parts.length !== 5) throw malformed('expected 5 dot-separated parts');
  const [version, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  const scheme = SCHEME_BY_VERSION.get(version);
  if (!scheme) throw malformed('unsupported version');
  if (!KEY_ID_PATTERN.test(keyId)) throw malformed('invalid key id');
  const parsed = {
    scheme,
    keyId,
    iv: decodePart(iv, 'IV'),
    tag: decodePart(tag, 'tag'),
    ciphertext: decodePart(ciphertext, 'ciphertext'),
  };
  if (parsed.iv.length !== scheme.ivBytes) throw malformed(`IV must be ${scheme.ivBytes} bytes`);
  if (parsed.tag.length !== scheme.tagBytes) throw malformed(`tag must be ${scheme.tagBytes} bytes`);
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
