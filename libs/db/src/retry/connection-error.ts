/**
 * Whether an error means "a dependency is not reachable right now" (PostgreSQL restarting or
 * shutting down, Redis away, a socket reset) rather than "this piece of work is wrong". Work
 * that fails this way is not counted against its retry budget: it waits until the dependency is
 * back (docs/decisions/0003).
 */
const CONNECTION_CODES = new Set([
  // Node sockets and DNS.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL SQLSTATE class 08 (connection exception) and 57P0x (operator intervention).
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01', // admin_shutdown: "terminating connection due to administrator command"
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: "the database system is starting up / shutting down"
  '53300', // too_many_connections: a restart storm; it clears by itself
]);

const CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Connection is closed/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
  /Reached the max retries per request limit/i,
  /connect ECONNREFUSED/i,
];

export function isConnectionError(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return true;
  if (
    typeof e.message === 'string' &&
    CONNECTION_MESSAGES.some((pattern) => pattern.test(e.message as string))
  )
    return true;
  if (e.driverError && isConnectionError(e.driverError, depth + 1)) return true;
  if (e.cause && isConnectionError(e.cause, depth + 1)) return true;
  if (Array.isArray(e.errors)) return e.errors.some((inner) => isConnectionError(inner, depth + 1));
  return false;
}

/** The code that made `isConnectionError` true (for the metric label; never an address). */
export function connectionErrorCode(error: unknown, depth = 0): string {
  if (depth > 5 || error === null || typeof error !== 'object') return 'connection';
  const e = error as { code?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return e.code;
  for (const inner of [e.driverError, e.cause, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])]) {
    if (inner && isConnectionError(inner)) return connectionErrorCode(inner, depth + 1);
  }
  return 'connection';
}

/** Exponential from 1 s, at most 30 s, with jitter so waiting workers do not stampede the restart. */
export function connectionRetryDelayMs(waits: number, maxMs = 30_000): number {
  const base = Math.min(maxMs, 1_000 * 2 ** Math.max(0, waits - 1));
  return Math.round(base * (0.75 + Math.random() * 0.5));
}
