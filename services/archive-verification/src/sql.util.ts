/**
 * Rows of an `UPDATE … RETURNING` (or `DELETE … RETURNING`). TypeORM's PostgreSQL driver answers
 * those with `[rows, rowCount]` and everything else with `rows`; status guards need the rows.
 */
export async function updateReturning<T = Record<string, unknown>>(
  target: { query(sql: string, params?: unknown[]): Promise<unknown> },
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const result = await target.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return Array.isArray(result) ? (result as T[]) : [];
}
