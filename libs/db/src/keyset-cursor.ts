import { isUuid } from '@points/validation';

/**
 * The position of a keyset page (the last row's sort key and the id that breaks ties), as the
 * opaque `after` cursor every list of the platform hands out. Opaque to clients: only this
 * module reads it.
 */
export function encodeKeysetCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

/**
 * The position in a cursor, or null when it is not one `encodeKeysetCursor` made (the caller
 * answers with its own BAD_USER_INPUT naming the field). `isKey` checks the sort key's type.
 */
export function decodeKeysetCursor(
  cursor: string,
  isKey: (key: string) => boolean,
): { key: string; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [key, id] = value as [unknown, unknown];
    if (typeof key !== 'string' || typeof id !== 'string' || !isUuid(id) || !isKey(key)) return null;
    return { key, id };
  } catch {
    return null;
  }
}
