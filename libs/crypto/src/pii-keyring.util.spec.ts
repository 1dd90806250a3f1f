import { randomBytes } from 'node:crypto';
import { BlindIndex } from './blind-index';
import { CryptoException, CryptoExceptionCode } from './crypto.exception';
import { PiiCipher } from './pii-cipher';
import { generateDevKeyring, parsePiiKeyring } from './pii-keyring.util';

const b64 = (bytes: number): string => randomBytes(bytes).toString('base64');

function problemsOf(env: Record<string, string | undefined>): string {
  try {
    parsePiiKeyring(env);
  } catch (error) {
    expect(error).toBeInstanceOf(CryptoException);
    expect((error as CryptoException).code).toBe(CryptoExceptionCode.INVALID_KEY);
    return (error as Error).message;
  }
  throw new Error('expected parsePiiKeyring to throw');
}

describe('parsePiiKeyring', () => {
  const k1 = b64(32);
  const k2 = b64(32);
  const blind = b64(32);

  it('reads two keys, the active id and the blind index key', () => {
    const { keyring, blindIndexKey } = parsePiiKeyring({
      PII_ENCRYPTION_KEYS: `k1:${k1}, k2:${k2}`,
      PII_ACTIVE_KEY_ID: 'k2',
      PII_BLIND_INDEX_KEY: blind,
    });
    expect(keyring.activeKeyId).toBe('k2');
    expect(Object.keys(keyring.keys)).toEqual(['k1', 'k2']);
    expect(keyring.keys['k1']?.equals(Buffer.from(k1, 'base64'))).toBe(true);
    expect(blindIndexKey.equals(Buffer.from(blind, 'base64'))).toBe(true);
  });

  it.each([
    ['PII_ENCRYPTION_KEYS', { PII_ACTIVE_KEY_ID: 'k1', PII_BLIND_INDEX_KEY: blind }],
    ['PII_ACTIVE_KEY_ID', { PII_ENCRYPTION_KEYS: `k1:${k1}`, PII_BLIND_INDEX_KEY: blind }],
    ['PII_BLIND_INDEX_KEY', { PII_ENCRYPTION_KEYS: `k1:${k1}`, PII_ACTIVE_KEY_ID: 'k1' }],
  ])('names %s when it is missing', (variable, env) => {
    expect(problemsOf(env)).toContain(`${variable} is not set`);
  });

  it('chooses the algorithm per deployment with PII_CIPHER: AES-256-GCM unless SM4 is asked for', () => {
    const valid = { PII_ENCRYPTION_KEYS: `k1:${k1}`, PII_ACTIVE_KEY_ID: 'k1', PII_BLIND_INDEX_KEY: blind };
    expect(parsePiiKeyring(valid).keyring.algorithm).toBe('aes-256-gcm');
    expect(parsePiiKeyring({ ...valid, PII_CIPHER: 'sm4-ctr-hmac-sm3' }).keyring.algorithm).toBe(
      'sm4-ctr-hmac-sm3',
    );
    expect(() => parsePiiKeyring({ ...valid, PII_CIPHER: 'sm4-ecb' })).toThrow(
      /PII_CIPHER: 'sm4-ecb' is not one of aes-256-gcm, sm4-ctr-hmac-sm3/,
    );
  });

  it('treats an empty variable as missing', () => {
    expect(
      problemsOf({ PII_ENCRYPTION_KEYS: ' ', PII_ACTIVE_KEY_ID: 'k1', PII_BLIND_INDEX_KEY: blind }),
    ).toContain('PII_ENCRYPTION_KEYS is not set');
  });

  it('lists every problem at once', () => {
    const message = problemsOf({});
    expect(message).toContain('PII_ENCRYPTION_KEYS');
    expect(message).toContain('PII_ACTIVE_KEY_ID');
    expect(message).toContain('PII_BLIND_INDEX_KEY');
  });

  it('names the variable and key id of a key with the wrong length, without printing it', () => {
    const short = b64(16);
    const message = problemsOf({
      PII_ENCRYPTION_KEYS: `k1:${k1},k2:${short}`,
      PII_ACTIVE_KEY_ID: 'k1',
      PII_BLIND_INDEX_KEY: blind,
    });
    expect(message).toContain("PII_ENCRYPTION_KEYS: key 'k2' must be 32 bytes, got 16");
    expect(message).not.toContain(short);
  });

  it('names the blind index key when it has the wrong length', () => {
    expect(
      problemsOf({ PII_ENCRYPTION_KEYS: `k1:${k1}`, PII_ACTIVE_KEY_ID: 'k1', PII_BLIND_INDEX_KEY: b64(31) }),
    ).toContain('PII_BLIND_INDEX_KEY: the key must be 32 bytes, got 31');
  });

  it.each([
    ['not base64', `k1:${k1.slice(0, -4)}!!!!`, 'is not valid base64'],
    ['no key id', k1, 'is not written "<keyId>:<base64>"'],
    ['a key id with a dot', `k.1:${k1}`, 'key id that is not'],
    ['a key id twice', `k1:${k1},k1:${k2}`, "key id 'k1' appears twice"],
    ['a trailing comma', `k1:${k1},`, 'entry 2 is not written'],
  ])('rejects PII_ENCRYPTION_KEYS with %s', (_label, value, expected) => {
    expect(
      problemsOf({ PII_ENCRYPTION_KEYS: value, PII_ACTIVE_KEY_ID: 'k1', PII_BLIND_INDEX_KEY: blind }),
    ).toContain(expected);
  });

  it('rejects an active key id that is not among the keys', () => {
    expect(
      problemsOf({ PII_ENCRYPTION_KEYS: `k1:${k1}`, PII_ACTIVE_KEY_ID: 'k9', PII_BLIND_INDEX_KEY: blind }),
    ).toContain("PII_ACTIVE_KEY_ID: 'k9' is not among the keys of PII_ENCRYPTION_KEYS (k1)");
  });

  it('treats key ids such as "constructor" as ordinary ids', () => {
    expect(
      problemsOf({
        PII_ENCRYPTION_KEYS: `k1:${k1}`,
        PII_ACTIVE_KEY_ID: 'constructor',
        PII_BLIND_INDEX_KEY: blind,
      }),
    ).toContain("'constructor' is not among the keys");
  });

  it('rejects a blind index key that is also an encryption key', () => {
    expect(
      problemsOf({ PII_ENCRYPTION_KEYS: `k1:${k1}`, PII_ACTIVE_KEY_ID: 'k1', PII_BLIND_INDEX_KEY: k1 }),
    ).toContain('PII_BLIND_INDEX_KEY must differ');
  });
});

describe('generateDevKeyring', () => {
  it('writes variables that parsePiiKeyring accepts and that work end to end', () => {
    const { keyring, blindIndexKey } = parsePiiKeyring(generateDevKeyring());
    const cipher = new PiiCipher(keyring);
    expect(cipher.decrypt(cipher.encrypt('13812345678'))).toBe('13812345678');
    expect(new BlindIndex(blindIndexKey).compute('13812345678', 'mobile')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses the requested key id', () => {
    const env = generateDevKeyring('dev1');
    expect(env.PII_ACTIVE_KEY_ID).toBe('dev1');
    expect(env.PII_ENCRYPTION_KEYS.startsWith('dev1:')).toBe(true);
  });

  it('draws fresh keys each time', () => {
    const a = generateDevKeyring();
    const b = generateDevKeyring();
    expect(a.PII_ENCRYPTION_KEYS).not.toBe(b.PII_ENCRYPTION_KEYS);
    expect(a.PII_BLIND_INDEX_KEY).not.toBe(b.PII_BLIND_INDEX_KEY);
  });
});
