import { createHmac, timingSafeEqual } from 'node:crypto';

export const REGISTRY_KEY_ID_HEADER = 'x-registry-key-id';
export const REGISTRY_TIMESTAMP_HEADER = 'x-registry-timestamp';
export const REGISTRY_SIGNATURE_HEADER = 'x-registry-signature';

/**
 * HMAC-SHA256 over method, path, timestamp and body, one per line: the registry knows the
 * secret by the key id, refuses a changed request, and refuses an old one by the timestamp.
 */
export function signRegistryRequest(input: {
  method: string;
  path: string;
  timestamp: string;
  body: string;
  secret: string;
}): string {
  return createHmac('sha256', input.secret)
    .update(`${input.method.toUpperCase()}\n${input.path}\n${input.timestamp}\n${input.body}`, 'utf8')
    .digest('base64url');
}

/** The registry side of the check (used by the tests' registry; documents the scheme). */
export function verifyRegistrySignature(input: {
  method: string;
  path: string;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  secrets: Readonly<Record<string, string>>;
  now: number;
  maxSkewMs?: number;
}): boolean {
  const header = (name: string): string | undefined => {
    const value = input.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const keyId = header(REGISTRY_KEY_ID_HEADER);
  const timestamp = header(REGISTRY_TIMESTAMP_HEADER);
  const signature = header(REGISTRY_SIGNATURE_HEADER);
  const secret = keyId === undefined ? undefined : input.secrets[keyId];
  if (!secret || !timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(input.now - Number(timestamp)) > (input.maxSkewMs ?? 5 * 60_000)) return false;
  const expected = Buffer.from(
    signRegistryRequest({ method: input.method, path: input.path, timestamp, body: input.body, secret }),
  );
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
