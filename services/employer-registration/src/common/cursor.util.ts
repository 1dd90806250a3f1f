import { decodeKeysetCursor, encodeKeysetCursor } from '@points/db';
import { InvalidInputException } from '@points/errors';

/** Keyset position: the sort timestamp and the id that breaks ties. Opaque to clients. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return encodeKeysetCursor(position.at.toISOString(), position.id);
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): KeysetPosition | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const position = decodeKeysetCursor(cursor, (at) => !Number.isNaN(new Date(at).getTime()));
  if (!position) throw new InvalidInputException(field, 'CURSOR', 'The cursor is not one this API returned');
  return { at: new Date(position.key), id: position.id };
}

/** Page size: 1–100, 20 by default. */
export function pageSizeOf(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new InvalidInputException('first', 'PAGE_SIZE', 'First must be a whole number from 1 to 100');
  }
  return size;
}

/**
 * Timestamps written by this service are taken from the clock in JavaScript (millisecond
 * precision), never from now() (microseconds), so a cursor built from a JS Date compares exactly.
 */
export function msPrecision(date: Date): Date {
  return new Date(date.getTime());
}

// Ids are compared as uuid (index use); anything else can match nothing.
export { isUuid } from '@points/validation';
