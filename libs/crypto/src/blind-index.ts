import { createHmac, hkdfSync } from 'node:crypto';
import { CryptoException, CryptoExceptionCode } from './crypto.exception';
import { PII_KEY_BYTES } from './pii-keyring.util';

export type BlindIndexEncoding = 'hex' | 'base64url';

export interface BlindIndexOptions {
  /** Output encoding; hex (64 characters) by default, base64url is 43. */
  readonly encoding?: BlindIndexEncoding;
}

/**
 * A keyed blind index: an HMAC-SHA256 of the value, stored next to the encrypted value so that an
 * exact look-up ("the account with this ID number") works without decrypting every row, while
 * someone holding only the database cannot test guesses (18-digit IDs and 11-digit mobiles are
 * few enough to enumerate, which is why a plain hash would not do).
 *
 * Each domain label ("resident-id", "mobile") gets its own HKDF-derived key, so equal strings in
 * two domains never share an index and indexes of one column are useless against another.
 */
export class BlindIndex {
  private readonly key: Buffer;
  private readonly encoding: BlindIndexEncoding;
  private readonly domainKeys = new Map<string, Buffer>();

  constructor(key: Buffer, options: BlindIndexOptions = {}) {
    if (key.length !== PII_KEY_BYTES) {
      throw new CryptoException(
        `the blind index key must be ${PII_KEY_BYTES} bytes, got ${key.length}`,
        CryptoExceptionCode.INVALID_KEY,
      );
    }
    this.key = Buffer.from(key);
    this.encoding = options.encoding ?? 'hex';
  }

  /**
   * The index of `value` within `domain`. Pass values already normalised by `@points/validation`;
   * this only folds width, case and surrounding spaces (NFKC, trim, upper case), so "…002x" and
   * "…002X" find the same row.
   */
  compute(value: string, domain = ''): string {
    const normalised = value.normalize('NFKC').trim().toUpperCase();
    if (normalised === '') {
      // Every empty value would share one index; indexing "nothing" is a caller's mistake.
      throw new CryptoException('cannot index an empty value', CryptoExceptionCode.INVALID_INPUT);
    }
    return createHmac('sha256', this.keyFor(domain)).update(normalised, 'utf8').digest(this.encoding);
  }

  private keyFor(domain: string): Buffer {
    let key = this.domainKeys.get(domain);
    if (!key) {
      key = Buffer.from(
        hkdfSync('sha256', this.key, Buffer.alloc(0), `points/blind-index/v1/${domain}`, PII_KEY_BYTES),
      );
      this.domainKeys.set(domain, key);
    }
    return key;
  }
}
