const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are uuid columns: a value that is not one can match nothing, and passing it to PostgreSQL
 * would be a 22P02 error rather than a clean NOT_FOUND or BAD_USER_INPUT. Check first.
 */
export function isUuid(value: string | null | undefined): boolean {
  return typeof value === 'string' && UUID.test(value);
}
