/** Whether a database error is a unique-constraint violation (SQLSTATE 23505), optionally on one index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as {
    code?: unknown;
    constraint?: unknown;
    driverError?: { code?: unknown; constraint?: unknown };
  };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}
