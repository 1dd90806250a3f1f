export enum CryptoExceptionCode {
  /** The token names a key id that is not in the keyring (removed too early, or another environment's). */
  UNKNOWN_KEY = 'UNKNOWN_KEY',
  /** Authentication failed: the token was altered, or the associated data (column) does not match. */
  TAMPERED = 'TAMPERED',
  /** Not a token this lib writes (wrong shape, version, encoding or lengths). */
  MALFORMED = 'MALFORMED',
  /** Key material or keyring configuration is missing or wrong; the message names the variable. */
  INVALID_KEY = 'INVALID_KEY',
  /** An input the operation refuses, e.g. an empty value for a blind index. */
  INVALID_INPUT = 'INVALID_INPUT',
}

/** Every failure of this lib; messages never contain key material or plaintext. */
export class CryptoException extends Error {
  constructor(
    message: string,
    readonly code: CryptoExceptionCode,
  ) {
    super(message);
    this.name = 'CryptoException';
  }
}
