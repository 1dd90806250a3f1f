import { randomBytes } from 'node:crypto';
import { BlindIndex } from './blind-index';
import { CryptoExceptionCode } from './crypto.exception';

const key = Buffer.from(Array.from({ length: 32 }, (_, i) => 32 + i)); // 20 21 … 3f

describe('BlindIndex', () => {
  const index = new BlindIndex(key);

  it('matches the value computed independently with the openssl command line', () => {
    // DK=$(openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt hexkey:2021…3f \
    //        -kdfopt info:points/blind-index/v1/resident-id HKDF)
    // printf %s 11010519491231002X | openssl dgst -sha256 -mac HMAC -macopt hexkey:$DK
    expect(index.compute('11010519491231002X', 'resident-id')).toBe(
      'b9730d2659c23ed3288f42f70a450f40169595d0c54b2924984174cc48d83d3d',
    );
  });

  it('matches Python `cryptography` (HKDF + HMAC) for the mobile domain, in base64url', () => {
    expect(new BlindIndex(key, { encoding: 'base64url' }).compute('13812345678', 'mobile')).toBe(
      '54JM5i430lup3s2TNeM2-DHBRRUrKOxv96UX0lyoGvI',
    );
  });

  it('is stable across instances with the same key', () => {
    expect(new BlindIndex(Buffer.from(key)).compute('13812345678', 'mobile')).toBe(
      index.compute('13812345678', 'mobile'),
    );
  });

  it('is keyed: another key gives another index', () => {
    expect(new BlindIndex(randomBytes(32)).compute('13812345678', 'mobile')).not.toBe(
      index.compute('13812345678', 'mobile'),
    );
  });

  it('separates domains: the same string in two domains, or none, never collides', () => {
    const values = new Set([
      index.compute('13812345678', 'mobile'),
      index.compute('13812345678', 'resident-id'),
      index.compute('13812345678'),
    ]);
    expect(values.size).toBe(3);
  });

  it('distinguishes different values', () => {
    expect(index.compute('13812345678', 'mobile')).not.toBe(index.compute('13812345679', 'mobile'));
  });

  it('folds case, full-width characters and surrounding spaces, so x and X find the same row', () => {
    const expected = index.compute('11010519491231002X', 'resident-id');
    expect(index.compute('11010519491231002x', 'resident-id')).toBe(expected);
    expect(index.compute(' 11010519491231002X\n', 'resident-id')).toBe(expected);
    expect(index.compute('１１０１０５１９４９１２３１００２Ｘ', 'resident-id')).toBe(expected);
  });

  it('writes 64 hex characters by default and 43 base64url characters on request', () => {
    expect(index.compute('13812345678')).toMatch(/^[0-9a-f]{64}$/);
    expect(new BlindIndex(key, { encoding: 'base64url' }).compute('13812345678')).toMatch(
      /^[A-Za-z0-9_-]{43}$/,
    );
  });

  it('refuses an empty value, which would give every missing value one shared index', () => {
    expect(() => index.compute('  ')).toThrow(
      expect.objectContaining({ code: CryptoExceptionCode.INVALID_INPUT }),
    );
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new BlindIndex(randomBytes(16))).toThrow(
      expect.objectContaining({ code: CryptoExceptionCode.INVALID_KEY }),
    );
  });
});
