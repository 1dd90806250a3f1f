export * from './crypto.exception';
export { generateDevKeyring, parsePiiKeyring, PII_ALGORITHMS, PII_KEY_BYTES } from './pii-keyring.util';
export type { PiiAlgorithm, PiiKeyMaterial, PiiKeyring, PiiKeyringEnv } from './pii-keyring.util';
export * from './pii-cipher';
export * from './blind-index';
export * from './masking.util';
export * from './dev-keyring.util';
