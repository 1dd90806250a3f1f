/**
 * TypeORM's `query()` answers an UPDATE/DELETE on PostgreSQL with `[rows, affectedCount]`, but a
 * SELECT or INSERT with the rows alone. Status guards depend on "did my UPDATE match?", so every
 * guarded UPDATE ... RETURNING reads its rows through this.
 */
export function returningRows<T>(result: unknown): T[] {
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
