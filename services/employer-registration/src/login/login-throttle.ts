import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { LoginException, LoginExceptionCode } from './login.exception';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/**
 * The scopes failed log-ins are counted in (OWASP Authentication Cheat Sheet, "account lockout"):
 * - one login name from one client: 5 failures lock that pair for 15 minutes. A stranger who
 *   guesses `hrss.admin`'s password locks only themselves out; the admin at their own desk is not.
 * - one client, whatever the names: 20 failures pause that client for 5 minutes (password spraying).
 * - one login name, from anywhere: from the 10th failure in a row, a progressive delay (1 s, 2 s,
 *   4 s … at most 60 s) before the next try, so guessing from many addresses stays slow while the
 *   owner waits a minute at most and is never locked out.
 * Names are counted by their blind index, so unknown names behave exactly like real ones and the
 * counting does not reveal which names exist. Times come from the caller (the injected clock).
 */
const SCOPES = {
  pair: {
    threshold: MAX_FAILED_LOGINS,
    lockMs: () => LOCK_MINUTES * 60_000,
    restart: true,
    forgetMs: Infinity,
  },
  client: { threshold: 20, lockMs: () => 5 * 60_000, restart: true, forgetMs: 15 * 60_000 },
  name: {
    threshold: 10,
    lockMs: (failures: number) => Math.min(60_000, 1_000 * 2 ** (failures - 10)),
    restart: false,
    forgetMs: 60 * 60_000,
  },
} as const;
type Scope = keyof typeof SCOPES;

/** The row keys of one attempt: the client is hashed, so no address is stored. */
function keysOf(loginIndex: string, client: string): Record<Scope, string> {
  const clientKey = createHash('sha256').update(client).digest('base64url').slice(0, 22);
  return { pair: `${loginIndex}|${clientKey}`, client: `client|${clientKey}`, name: loginIndex };
}

@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws LOCKED while any scope of this name and client is locked. */
  async assertNotLocked(loginIndex: string, client: string, now: Date): Promise<void> {
    const rows: Array<{ locked_until: Date }> = await this.dataSource.query(
      `SELECT max(locked_until) AS locked_until FROM employer_registration.login_throttle
        WHERE login_index = ANY($1::text[]) AND locked_until > $2`,
      [Object.values(keysOf(loginIndex, client)), now],
    );
    const lockedUntil = rows[0]?.locked_until;
    if (lockedUntil) throw lockedError(new Date(lockedUntil), now);
  }

  /** Counts a failure in every scope; throws LOCKED when this one locks a scope. */
  async recordFailure(loginIndex: string, client: string, now: Date): Promise<void> {
    const keys = keysOf(loginIndex, client);
    const lockedUntil = await this.dataSource.transaction(async (manager) => {
      let latest: Date | null = null;
      // A fixed order of rows, so two concurrent failures never wait on each other in a cycle.
      for (const scope of ['client', 'name', 'pair'] as const) {
        const lock = await this.count(manager, scope, keys[scope], now);
        if (lock && (!latest || lock > latest)) latest = lock;
      }
      return latest;
    });
    if (lockedUntil) throw lockedError(lockedUntil, now);
  }

  private async count(manager: EntityManager, scope: Scope, key: string, now: Date): Promise<Date | null> {
    const rule = SCOPES[scope];
    await manager.query(
      `INSERT INTO employer_registration.login_throttle (login_index, failures, locked_until, last_failure_at)
       VALUES ($1, 0, NULL, $2) ON CONFLICT (login_index) DO NOTHING`,
      [key, now],
    );
    const rows: Array<{ failures: number; last_failure_at: Date }> = await manager.query(
      `SELECT failures, last_failure_at FROM employer_registration.login_throttle WHERE login_index = $1 FOR UPDATE`,
      [key],
    );
    const previous = rows[0];
    // A client's or a name's count is forgotten after a quiet spell; a pair's only on success.
    const stale =
      previous !== undefined && now.getTime() - new Date(previous.last_failure_at).getTime() > rule.forgetMs;
    const failures = (stale ? 0 : (previous?.failures ?? 0)) + 1;
    const lock = failures >= rule.threshold ? new Date(now.getTime() + rule.lockMs(failures)) : null;
    // Locking a pair or a client starts a fresh count; a name's count keeps growing the delay.
    await manager.query(
      `UPDATE employer_registration.login_throttle
          SET failures = $2, locked_until = $3, last_failure_at = $4 WHERE login_index = $1`,
      [key, lock && rule.restart ? 0 : failures, lock, now],
    );
    return lock;
  }

  /** A successful log-in from this client: its pair and the name's progressive count start again. */
  async clearAfterSuccess(loginIndex: string, client: string): Promise<void> {
    const keys = keysOf(loginIndex, client);
    await this.dataSource.query(
      `DELETE FROM employer_registration.login_throttle WHERE login_index = ANY($1::text[])`,
      [[keys.pair, keys.name]],
    );
  }

  /** A password reset at the centre lifts every lock of the name, from every client. */
  async clear(loginIndex: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM employer_registration.login_throttle WHERE login_index = $1 OR starts_with(login_index, $1 || '|')`,
      [loginIndex],
    );
  }
}

function lockedError(lockedUntil: Date, now: Date): LoginException {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1_000));
  const wait =
    seconds < 120 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`;
  return new LoginException(
    LoginExceptionCode.LOCKED,
    `Too many failed log-ins: try again in ${wait} (at ${lockedUntil.toISOString()}), or ask your district centre to reset the password`,
  );
}
