import { timingSafeEqual } from 'node:crypto';
import { signPayload } from '../providers/http-gateway.provider';

/** Constant-time check of a hex HMAC-SHA256 over `${timestamp}.${body}`. */
export function verifySignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signPayload(secret, timestamp, body), 'hex');
  const given = /^[0-9a-f]+$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Whether a millisecond timestamp header is within the window around now. */
export function withinWindow(timestamp: string, windowMs: number, now = Date.now()): boolean {
  if (!/^\d{1,16}$/.test(timestamp)) return false;
  return Math.abs(now - Number(timestamp)) <= windowMs;
}
