import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { CryptoException, CryptoExceptionCode } from './crypto.exception';
import { PiiCipher } from './pii-cipher';

const key1 = Buffer.from(Array.from({ length: 32 }, (_, i) => i)); // 00 01 … 1f
const key2 = randomBytes(32);

const expectCode = (fn: () => unknown, code: CryptoExceptionCode): void => {
  expect(fn).toThrow(CryptoException);
  expect(fn).toThrow(expect.objectContaining({ code }));
};

/** Changes one byte of one base64url part of a token, keeping the encoding canonical. */
function flipByte(token: string, part: 2 | 3 | 4, index = 0): string {
  const parts = token.split('.');
  const bytes = Buffer.from(parts[part]!, 'base64url');
  bytes[index] = bytes[index]! ^ 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

// Every behaviour holds for both algorithms a deployment may choose (PII_CIPHER); the lengths are
// the documented token formats (pii-cipher.ts): AES-256-GCM v1, SM4-CTR + HMAC-SM3 s1.
const ALGORITHMS = [
  { algorithm: 'aes-256-gcm', v: 'v1', ivBytes: 12, tagBytes: 16, other: 's1' },
  { algorithm: 'sm4-ctr-hmac-sm3', v: 's1', ivBytes: 16, tagBytes: 32, other: 'v1' },
] as const;

describe.each(ALGORITHMS)('PiiCipher with $algorithm', ({ algorithm, v, ivBytes, tagBytes, other }) => {
  const cipher = new PiiCipher({ activeKeyId: 'k1', keys: { k1: key1 }, algorithm });

  describe('round trip', () => {
    it.each([
      ['a resident ID number', '310101199001011234'],
      ['a mobile number', '13812345678'],
      ['Chinese text', '欧阳娜娜'],
      ['a character outside the BMP', '𠮷野家'],
      ['the empty string', ''],
    ])('returns %s unchanged', (_label, plaintext) => {
      expect(cipher.decrypt(cipher.encrypt(plaintext))).toBe(plaintext);
    });

    it(`writes ${v}.<keyId>.<iv>.<tag>.<ciphertext> with a ${ivBytes}-byte IV and a ${tagBytes}-byte tag`, () => {
      const token = cipher.encrypt('13812345678');
      const [version, keyId, iv, tag, ciphertext] = token.split('.');
      expect([version, keyId]).toEqual([v, 'k1']);
      expect(Buffer.from(iv!, 'base64url')).toHaveLength(ivBytes);
      expect(Buffer.from(tag!, 'base64url')).toHaveLength(tagBytes);
      expect(Buffer.from(ciphertext!, 'base64url')).toHaveLength(11); // GCM and CTR add no padding
      expect(token).not.toContain('13812345678');
    });

    it('gives a different token each time for the same value (random IV)', () => {
      expect(cipher.encrypt('13812345678')).not.toBe(cipher.encrypt('13812345678'));
    });
  });

  describe('tamper detection', () => {
    const token = cipher.encrypt('310101199001011234');

    it.each([
      ['the ciphertext', 4 as const],
      ['the IV', 2 as const],
      ['the tag', 3 as const],
    ])('rejects a flipped byte in %s as TAMPERED', (_label, part) => {
      expectCode(() => cipher.decrypt(flipByte(token, part)), CryptoExceptionCode.TAMPERED);
    });

    it('rejects a changed key id as TAMPERED even when that key exists', () => {
      const both = new PiiCipher({ activeKeyId: 'k1', keys: { k1: key1, k2: key1 }, algorithm });
      expectCode(() => both.decrypt(token.replace(`${v}.k1.`, `${v}.k2.`)), CryptoExceptionCode.TAMPERED);
    });

    it('does not reveal the plaintext in the error', () => {
      try {
        cipher.decrypt(flipByte(token, 4));
        throw new Error('expected decrypt to fail');
      } catch (error) {
        expect(String((error as Error).message)).not.toContain('3101');
      }
    });
  });

  describe('associated data (binding to a column)', () => {
    it('decrypts with the same aad', () => {
      const token = cipher.encrypt('13812345678', 'applicant.mobile');
      expect(cipher.decrypt(token, 'applicant.mobile')).toBe('13812345678');
    });

    it('fails with another column as TAMPERED', () => {
      const token = cipher.encrypt('13812345678', 'applicant.mobile');
      expectCode(() => cipher.decrypt(token, 'hr_contact.mobile'), CryptoExceptionCode.TAMPERED);
    });

    it('fails without the aad, and with an aad the value was not written with', () => {
      const bound = cipher.encrypt('13812345678', 'applicant.mobile');
      const unbound = cipher.encrypt('13812345678');
      expectCode(() => cipher.decrypt(bound), CryptoExceptionCode.TAMPERED);
      expectCode(() => cipher.decrypt(unbound, 'applicant.mobile'), CryptoExceptionCode.TAMPERED);
    });
  });

  describe('key rotation', () => {
    const before = new PiiCipher({ activeKeyId: 'k1', keys: { k1: key1 }, algorithm });
    const after = new PiiCipher({ activeKeyId: 'k2', keys: { k1: key1, k2: key2 }, algorithm });
    const oldToken = before.encrypt('310101199001011234', 'col');

    it('still decrypts values written with the old key', () => {
      expect(after.decrypt(oldToken, 'col')).toBe('310101199001011234');
    });

    it('writes new values with the new key', () => {
      expect(after.encrypt('x').startsWith(`${v}.k2.`)).toBe(true);
    });

    it('says which tokens need re-encrypting, and re-encrypts them', () => {
      expect(after.needsReEncryption(oldToken)).toBe(true);
      const renewed = after.reEncrypt(oldToken, 'col');
      expect(after.needsReEncryption(renewed)).toBe(false);
      expect(renewed.startsWith(`${v}.k2.`)).toBe(true);
      expect(after.decrypt(renewed, 'col')).toBe('310101199001011234');
    });

    it('refuses a token whose key has been removed as UNKNOWN_KEY', () => {
      const withoutOld = new PiiCipher({ activeKeyId: 'k2', keys: { k2: key2 }, algorithm });
      expectCode(() => withoutOld.decrypt(oldToken, 'col'), CryptoExceptionCode.UNKNOWN_KEY);
    });
  });

  describe('malformed tokens', () => {
    const good = cipher.encrypt('13812345678');
    const [, , iv, tag, ciphertext] = good.split('.');

    it.each([
      ['empty', ''],
      ['plaintext', '13812345678'],
      ['too few parts', `${v}.k1.${iv}.${tag}`],
      ['too many parts', `${good}.x`],
      ['another version', `v2.k1.${iv}.${tag}.${ciphertext}`],
      ["the other algorithm's lengths", `${other}.k1.${iv}.${tag}.${ciphertext}`],
      ['a bad key id', `${v}.k 1.${iv}.${tag}.${ciphertext}`],
      ['a short IV', `${v}.k1.AAAA.${tag}.${ciphertext}`],
      ['a short tag', `${v}.k1.${iv}.AAAA.${ciphertext}`],
      ['standard base64 characters', `${v}.k1.${iv}.${tag}.${ciphertext}+/`],
      ['padding', `${v}.k1.${iv}.${tag}=.${ciphertext}`],
    ])('rejects %s as MALFORMED', (_label, token) => {
      expectCode(() => cipher.decrypt(token), CryptoExceptionCode.MALFORMED);
    });

    it('rejects a non-canonical encoding that would decode to the same bytes', () => {
      // 11 bytes of ciphertext take 15 characters; the last one carries 2 spare bits.
      const last = ciphertext!.at(-1)!;
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const sibling = alphabet[alphabet.indexOf(last) ^ 0x01]!;
      const token = `${v}.k1.${iv}.${tag}.${ciphertext!.slice(0, -1)}${sibling}`;
      expectCode(() => cipher.decrypt(token), CryptoExceptionCode.MALFORMED);
    });

    it('needsReEncryption rejects a malformed token too', () => {
      expectCode(() => cipher.needsReEncryption('not a token'), CryptoExceptionCode.MALFORMED);
    });
  });

  describe('keyring checks', () => {
    it('refuses an active key id that is not in the keyring', () => {
      expectCode(
        () => new PiiCipher({ activeKeyId: 'k2', keys: { k1: key1 }, algorithm }),
        CryptoExceptionCode.INVALID_KEY,
      );
    });

    it('refuses a key that is not 32 bytes', () => {
      expectCode(
        () => new PiiCipher({ activeKeyId: 'k1', keys: { k1: randomBytes(16) }, algorithm }),
        CryptoExceptionCode.INVALID_KEY,
      );
    });

    it('refuses a key id that could not travel in a token', () => {
      expectCode(
        () => new PiiCipher({ activeKeyId: 'k.1', keys: { 'k.1': key1 }, algorithm }),
        CryptoExceptionCode.INVALID_KEY,
      );
    });

    it('keeps its own copy of the keys', () => {
      const mutable = Buffer.from(key1);
      const own = new PiiCipher({ activeKeyId: 'k1', keys: { k1: mutable }, algorithm });
      const token = own.encrypt('13812345678');
      mutable.fill(0);
      expect(own.decrypt(token)).toBe('13812345678');
    });
  });
});

describe('PiiCipher, AES-256-GCM (v1)', () => {
  const cipher = new PiiCipher({ activeKeyId: 'k1', keys: { k1: key1 } });

  describe('the documented format, checked with raw AES-256-GCM', () => {
    // Computed independently with Python `cryptography` (AESGCM): key 00..1f, IV a0..ab,
    // associated data "v1.k1.application.applicant.resident_id".
    const knownToken = 'v1.k1.oKGio6Slpqeoqaqr.nSSxx_C8MGJIeZCfSavpdg.1SlMHHX6M4ZbVbfiN0vx7EOY';

    it('decrypts a token produced by another implementation', () => {
      expect(cipher.decrypt(knownToken, 'application.applicant.resident_id')).toBe('310101199001011234');
    });

    it('decrypts a token with Chinese text and no associated data', () => {
      // Same key and IV, associated data "v1.k1.".
      expect(cipher.decrypt('v1.k1.oKGio6Slpqeoqaqr.5O2FTpgJy6Kng03YInu_1Q.A6Tcyf1C')).toBe('张三');
    });

    it('writes tokens that raw AES-256-GCM opens with associated data "v1.<keyId>.<aad>"', () => {
      const [, , iv, tag, ciphertext] = cipher.encrypt('13812345678', 'hr_contact.mobile').split('.');
      const decipher = createDecipheriv('aes-256-gcm', key1, Buffer.from(iv!, 'base64url'));
      decipher.setAAD(Buffer.from('v1.k1.hr_contact.mobile'));
      decipher.setAuthTag(Buffer.from(tag!, 'base64url'));
      const plaintext = Buffer.concat([
        decipher.update(Buffer.from(ciphertext!, 'base64url')),
        decipher.final(),
      ]);
      expect(plaintext.toString('utf8')).toBe('13812345678');
    });

    it('opens a token built by hand from the format', () => {
      const iv = randomBytes(12);
      const raw = createCipheriv('aes-256-gcm', key1, iv);
      raw.setAAD(Buffer.from('v1.k1.col'));
      const ciphertext = Buffer.concat([raw.update('11010519491231002X', 'utf8'), raw.final()]);
      const token = ['v1', 'k1', iv, raw.getAuthTag(), ciphertext]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
      expect(cipher.decrypt(token, 'col')).toBe('11010519491231002X');
    });
  });
});

describe('PiiCipher, SM4-CTR + HMAC-SM3 (s1)', () => {
  const cipher = new PiiCipher({ activeKeyId: 'k1', keys: { k1: key1 }, algorithm: 'sm4-ctr-hmac-sm3' });

  it("runs on this Node's OpenSSL: SM4 and SM3 give the standards' own test vectors", () => {
    // GB/T 32907-2016 appendix A.1 (SM4) and GB/T 32905-2016 appendix A.1 (SM3 of "abc").
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const sm4 = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    expect(Buffer.concat([sm4.update(key), sm4.final()]).toString('hex')).toBe(
      '681edf34d206965e86b3e94f536e4246',
    );
    expect(createHash('sm3').update('abc').digest('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });

  /** A token built by hand from the documented format, with raw SM4-CTR and HMAC-SM3. */
  function handMade(plaintext: string, aad: string): string {
    const iv = randomBytes(16);
    const raw = createCipheriv('sm4-ctr', key1.subarray(16, 32), iv);
    const ciphertext = Buffer.concat([raw.update(plaintext, 'utf8'), raw.final()]);
    const ad = Buffer.from(`s1.k1.${aad}`);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(ad.length);
    const tag = createHmac('sm3', key1.subarray(0, 16))
      .update(Buffer.concat([length, ad, iv, ciphertext]))
      .digest();
    return ['s1', 'k1', iv, tag, ciphertext]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  it('opens a token built by hand from the format', () => {
    expect(cipher.decrypt(handMade('11010519491231002X', 'col'), 'col')).toBe('11010519491231002X');
    expect(cipher.decrypt(handMade('张三', ''))).toBe('张三');
  });

  it('writes tokens that raw SM4-CTR opens, after the HMAC-SM3 over "s1.<keyId>.<aad>", IV and ciphertext verifies', () => {
    const [, , iv, tag, ciphertext] = cipher
      .encrypt('13812345678', 'hr_contact.mobile')
      .split('.')
      .map((p, i) => (i < 2 ? Buffer.from(p) : Buffer.from(p, 'base64url')));
    const ad = Buffer.from('s1.k1.hr_contact.mobile');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(ad.length);
    const expected = createHmac('sm3', key1.subarray(0, 16))
      .update(Buffer.concat([length, ad, iv!, ciphertext!]))
      .digest();
    expect(expected.equals(tag!)).toBe(true);
    const raw = createDecipheriv('sm4-ctr', key1.subarray(16, 32), iv!);
    expect(Buffer.concat([raw.update(ciphertext!), raw.final()]).toString('utf8')).toBe('13812345678');
  });
});

describe('PiiCipher, changing algorithm (AES to SM4) like a key rotation', () => {
  const aes = new PiiCipher({ activeKeyId: 'k1', keys: { k1: key1 } });
  const sm4 = new PiiCipher({
    activeKeyId: 'k2',
    keys: { k1: key1, k2: key2 },
    algorithm: 'sm4-ctr-hmac-sm3',
  });
  const old = aes.encrypt('310101199001011234', 'col');

  it('still reads the AES tokens, writes SM4 ones, and re-encrypts the old ones', () => {
    expect(sm4.decrypt(old, 'col')).toBe('310101199001011234');
    expect(sm4.encrypt('x').startsWith('s1.k2.')).toBe(true);
    expect(sm4.needsReEncryption(old)).toBe(true);
    const renewed = sm4.reEncrypt(old, 'col');
    expect(renewed.startsWith('s1.k2.')).toBe(true);
    expect(sm4.needsReEncryption(renewed)).toBe(false);
    expect(sm4.decrypt(renewed, 'col')).toBe('310101199001011234');
  });

  it('re-encrypts a token of the same key id written with the other algorithm', () => {
    const sameKey = new PiiCipher({ activeKeyId: 'k1', keys: { k1: key1 }, algorithm: 'sm4-ctr-hmac-sm3' });
    expect(sameKey.needsReEncryption(old)).toBe(true);
  });

  it('refuses an algorithm it does not know', () => {
    expectCode(
      () => new PiiCipher({ activeKeyId: 'k1', keys: { k1: key1 }, algorithm: 'des' as never }),
      CryptoExceptionCode.INVALID_KEY,
    );
  });
});
