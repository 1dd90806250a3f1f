import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LoginException, LoginExceptionCode } from './login.exception';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/**
 * Lockout after 5 failed attempts in a row, for 15 minutes. Counted per login name's blind index
 * rather than per account, so unknown names lock exactly like real ones and the lockout does not
 * reveal which names exist. Times come from the caller (the injected clock).
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertNotLocked(loginIndex: string, now: Date): Promise<void> {
    const rows: Array<{ locked_until: Date }> = await this.dataSource.query(
      `SELECT locked_until FROM employer_registration.login_throttle WHERE login_index = $1 AND locked_until > $2`,
      [loginIndex, now],
    );
    const lockedUntil = rows[0]?.locked_until;
    if (lockedUntil) throw lockedError(lockedUntil, now);
  }

  /** Counts a failure; throws LOCKED when this one reaches the limit. */
  async recordFailure(loginIndex: string, now: Date): Promise<void> {
    const lockedUntil = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO employer_registration.login_throttle (login_index, failures, locked_until, last_failure_at)
         VALUES ($1, 0, NULL, $2) ON CONFLICT (login_index) DO NOTHING`,
        [loginIndex, now],
      );
      const rows: Array<{ failures: number }> = await manager.query(
        `SELECT failures FROM employer_registration.login_throttle WHERE login_index = $1 FOR UPDATE`,
        [loginIndex],
      );
      const failures = (rows[0]?.failures ?? 0) + 1;
      const lock = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
      // Locking starts a fresh count: after the 15 minutes, another 5 failures lock again.
      await manager.query(
        `UPDATE employer_registration.login_throttle
            SET failures = $2, locked_until = $3, last_failure_at = $4 WHERE login_index = $1`,
        [loginIndex, lock ? 0 : failures, lock, now],
      );
      return lock;
    });
    if (lockedUntil) throw lockedError(lockedUntil, now);
  }

  async clear(loginIndex: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM employer_registration.login_throttle WHERE login_index = $1`, [
      loginIndex,
    ]);
  }
}

function lockedError(lockedUntil: Date, now: Date): LoginException {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return new LoginException(
    LoginExceptionCode.LOCKED,
    `Too many failed log-ins: try again in ${minutes} minute${minutes === 1 ? '' : 's'} (at ${lockedUntil.toISOString()}), or ask your district centre to reset the password`,
  );
}
