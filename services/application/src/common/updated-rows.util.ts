/**
 * TypeORM's postgres driver answers `UPDATE … RETURNING` through `query()` as `[rows, rowCount]`
 * (INSERT and SELECT give the rows): this returns the rows either way, so guarded updates can
 * tell "no row matched" (stale version) from success.
 */
export function updatedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
