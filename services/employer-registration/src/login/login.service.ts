import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Role, type AuthUser, type District, type JwtIssuer } from '@points/auth';
import { passwordSchema } from '@points/validation';
import { z } from 'zod';
import type { Repository } from 'typeorm';
import { AccountHistoryAction } from '../accounts/account-history.entity';
import { AccountEntity } from '../accounts/account.entity';
import { AccountException, AccountExceptionCode } from '../accounts/account.exception';
import { AccountWriter } from '../accounts/account-writer.service';
import { PasswordHasher } from '../accounts/password-hasher';
import { CLOCK, type Clock } from '../common/clock';
import { isUuid } from '../common/cursor.util';
import { invalidInput, parseInput } from '../common/input.util';
import type { LoginResult } from './login-result.model';
import { LoginException, LoginExceptionCode } from './login.exception';
import { LoginThrottle } from './login-throttle';

export const JWT_ISSUER = Symbol('JWT_ISSUER');

/** Access tokens last a working day; there is no refresh token, the user logs in again. */
export const ACCESS_TOKEN_TTL_SECONDS = 8 * 3600;

/** The claims architecture.md names: district for centre staff, employerId for HR, applicantId for applicants. */
export function claimsOf(account: AccountEntity): AuthUser {
  const user: AuthUser = { sub: account.id, role: account.role };
  if ((account.role === Role.CENTRE_OFFICER || account.role === Role.CENTRE_SUPERVISOR) && account.district) {
    user.district = account.district as District;
  }
  if (account.role === Role.EMPLOYER_HR && account.employerId) user.employerId = account.employerId;
  // The applicant id other services use is the account id (the application seed relies on it).
  if (account.role === Role.APPLICANT) user.applicantId = account.id;
  return user;
}

@Injectable()
export class LoginService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly writer: AccountWriter,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    @Inject(JWT_ISSUER) private readonly issuer: JwtIssuer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** `client` is the caller's address as the gateway saw it: failures are counted per client. */
  async login(username: string, password: string, client: string): Promise<LoginResult> {
    const now = this.clock.now();
    const loginName = username.trim();
    const loginIndex = loginName === '' ? null : this.writer.loginIndexOf(loginName);
    if (loginIndex) await this.throttle.assertNotLocked(loginIndex, client, now);
    const account = loginIndex ? await this.accounts.findOneBy({ loginIndex }) : null;
    const valid = account
      ? await this.hasher.verify(account.passwordHash, password)
      : await this.hasher.verifyAgainstDummy(password);
    if (!account || !valid) {
      if (loginIndex) await this.throttle.recordFailure(loginIndex, client, now);
      throw new LoginException(LoginExceptionCode.INVALID_CREDENTIALS, 'Wrong username or password');
    }
    await this.throttle.clearAfterSuccess(loginIndex!, client);
    const accessToken = await this.issuer.issue(claimsOf(account), ACCESS_TOKEN_TTL_SECONDS);
    // Token expiry is real time (jose signs with the system clock), not the injected clock.
    return {
      accessToken,
      expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000),
      role: account.role,
    };
  }

  /** The logged-in user changes their own password (no self-service reset: domain.md §2.3). */
  async changePassword(user: AuthUser, oldPassword: string, newPassword: string): Promise<boolean> {
    const { newPassword: password } = parseInput(
      z.object({ newPassword: passwordSchema }),
      { newPassword },
      '',
    );
    const now = this.clock.now();
    const account = isUuid(user.sub) ? await this.accounts.findOneBy({ id: user.sub }) : null;
    if (!account) {
      throw new AccountException(
        AccountExceptionCode.ACCOUNT_NOT_FOUND,
        'There is no account behind this token',
      );
    }
    // Counted like failed log-ins, with the session as the client: a stolen session cannot guess it either.
    const session = `session:${user.sub}`;
    await this.throttle.assertNotLocked(account.loginIndex, session, now);
    if (!(await this.hasher.verify(account.passwordHash, oldPassword))) {
      await this.throttle.recordFailure(account.loginIndex, session, now);
      throw new LoginException(
        LoginExceptionCode.WRONG_PASSWORD,
        'Old password is not the current password',
        {
          field: 'oldPassword',
          rule: 'WRONG_PASSWORD',
        },
      );
    }
    if (password === oldPassword) {
      throw invalidInput('newPassword', 'SAME_AS_OLD', 'New password must differ from the current one');
    }
    const passwordHash = await this.hasher.hash(password);
    await this.accounts.manager.transaction(async (manager) => {
      await manager.update(AccountEntity, { id: account.id }, { passwordHash });
      await this.writer.recordHistory(manager, account.id, AccountHistoryAction.PASSWORD_CHANGED, user, now);
    });
    await this.throttle.clear(account.loginIndex);
    return true;
  }
}
