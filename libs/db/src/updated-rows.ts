/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The rows of an `UPDATE … RETURNING` (or `DELETE … RETURNING`). TypeORM's PostgreSQL driver
 * answers those through `query()` as `[rows, rowCount]`, but a SELECT or INSERT with the rows
 * alone: guarded updates read their rows through this, so "no row matched" (a stale version, a
 * status that moved on) is told from success the same way everywhere.
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
  return Array.isArray(result) ? (result as T[]) : [];
}

/** Runs an `UPDATE … RETURNING` and answers its rows (see `updatedRows`). */
export async function updateReturning<T = Record<string, unknown>>(
  runner: SqlRunner,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  return updatedRows<T>(await runner.query(sql, params));
}
