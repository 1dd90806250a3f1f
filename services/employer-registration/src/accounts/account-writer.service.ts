import { Injectable } from '@nestjs/common';
import { Role, type AuthUser } from '@points/auth';
import { BlindIndex, PiiCipher } from '@points/crypto';
import { PII_EVENT_AAD, type EventPayload } from '@points/events';
import type { EntityManager } from 'typeorm';
import { BLIND_INDEX_DOMAIN, PII_COLUMN } from '../common/pii-columns.constant';
import { isUniqueViolation } from '../common/pg-error.util';
import { AccountHistoryAction, AccountHistoryEntry } from './account-history.entity';
import { AccountEntity } from './account.entity';
import { AccountException, AccountExceptionCode } from './account.exception';
import { PasswordHasher } from './password-hasher';

/** The staff roles as the event catalogue names them (staff.account-changed). */
const STAFF_ROLE_OF: Partial<Record<Role, EventPayload<'staff.account-changed'>['role']>> = {
  [Role.CENTRE_OFFICER]: 'CENTRE_OFFICER',
  [Role.CENTRE_SUPERVISOR]: 'CENTRE_SUPERVISOR',
  [Role.CITY_VERIFIER]: 'CITY_VERIFIER',
  [Role.HRSS_ADMIN]: 'HRSS_ADMIN',
};

export interface NewAccount {
  role: Role;
  /** Staff and HR: the login name. Applicants log in with their resident ID number. */
  username: string | null;
  name: string;
  residentId: string | null;
  mobile: string | null;
  district: string | null;
  employerId: string | null;
  permitDate: string | null;
  password: string;
}

/** Writes accounts: encrypts personal data, computes the blind indexes, hashes the password. */
@Injectable()
export class AccountWriter {
  constructor(
    private readonly cipher: PiiCipher,
    private readonly blindIndex: BlindIndex,
    private readonly hasher: PasswordHasher,
  ) {}

  loginIndexOf(loginName: string): string {
    return this.blindIndex.compute(loginName, BLIND_INDEX_DOMAIN.loginName);
  }

  residentIdIndexOf(residentId: string): string {
    return this.blindIndex.compute(residentId, BLIND_INDEX_DOMAIN.residentId);
  }

  async insert(
    manager: EntityManager,
    input: NewAccount,
    actor: AuthUser | null,
    at: Date,
  ): Promise<AccountEntity> {
    const loginName = input.username ?? input.residentId;
    if (!loginName) throw new Error('an account needs a username or a resident ID');
    const repo = manager.getRepository(AccountEntity);
    const loginIndex = this.loginIndexOf(loginName);
    // Checked first for a clean answer; the unique index still decides a race (caught below).
    if (input.username !== null && (await repo.existsBy({ loginIndex }))) throw usernameTaken();
    const passwordHash = await this.hasher.hash(input.password);
    const account = repo.create({
      role: input.role,
      loginIndex,
      username: input.username,
      name: input.name,
      residentId: input.residentId ? this.cipher.encrypt(input.residentId, PII_COLUMN.residentId) : null,
      residentIdIndex: input.residentId ? this.residentIdIndexOf(input.residentId) : null,
      mobile: input.mobile ? this.cipher.encrypt(input.mobile, PII_COLUMN.mobile) : null,
      mobileIndex: input.mobile ? this.blindIndex.compute(input.mobile, BLIND_INDEX_DOMAIN.mobile) : null,
      district: input.district,
      employerId: input.employerId,
      lastEmployerId: null,
      permitDate: input.permitDate,
      bannedUntil: null,
      passwordHash,
    });
    try {
      await repo.insert(account);
    } catch (error) {
      // The caller's transaction rolls back with this error: nothing of the request stays.
      if (isUniqueViolation(error, 'account_applicant_person_idx')) {
        throw new AccountException(
          AccountExceptionCode.DUPLICATE_PERSON,
          'This person already has an account',
          {
            field: 'residentId',
            rule: 'ONE_ACCOUNT_PER_PERSON',
          },
        );
      }
      if (isUniqueViolation(error)) throw usernameTaken();
      throw error;
    }
    await this.recordHistory(manager, account.id, AccountHistoryAction.CREATED, actor, at, {
      employerId: input.employerId,
    });
    return account;
  }

  async recordHistory(
    manager: EntityManager,
    accountId: string,
    action: AccountHistoryAction,
    actor: AuthUser | null,
    at: Date,
    extra: { employerId?: string | null; previousEmployerId?: string | null; reason?: string | null } = {},
  ): Promise<void> {
    await manager.getRepository(AccountHistoryEntry).insert({
      accountId,
      action,
      employerId: extra.employerId ?? null,
      previousEmployerId: extra.previousEmployerId ?? null,
      actorId: actor?.sub ?? null,
      actorRole: actor?.role ?? null,
      reason: extra.reason ?? null,
      at,
    });
  }

  /** account.contact-changed: how the notification service reaches an HR contact or applicant. */
  contactChanged(
    account: AccountEntity,
    employerDistrict: string | null,
  ): EventPayload<'account.contact-changed'> {
    return {
      accountId: account.id,
      role: account.role === Role.EMPLOYER_HR ? 'EMPLOYER_HR' : 'APPLICANT',
      employerId: account.employerId,
      district: account.employerId ? employerDistrict : null,
      mobile: account.mobile
        ? this.cipher.encrypt(this.cipher.decrypt(account.mobile, PII_COLUMN.mobile), PII_EVENT_AAD.mobile)
        : null,
      active: true,
    };
  }

  /** staff.account-changed: who is staff of which district (the application service's directory). */
  staffChanged(account: AccountEntity): EventPayload<'staff.account-changed'> {
    const role = STAFF_ROLE_OF[account.role];
    if (!role) throw new Error(`account ${account.id} is not a staff account`);
    return { accountId: account.id, role, district: account.district, active: true };
  }

  /** applicant.employment-changed: who may file for whom (the application service's projection). */
  employmentChanged(
    account: AccountEntity,
    employerDistrict: string | null,
    previousEmployerId: string | null,
  ): EventPayload<'applicant.employment-changed'> {
    if (!account.residentId) throw new Error('an applicant account without a resident ID');
    return {
      applicantId: account.id,
      name: account.name,
      residentId: this.cipher.encrypt(
        this.cipher.decrypt(account.residentId, PII_COLUMN.residentId),
        PII_EVENT_AAD.residentId,
      ),
      employerId: account.employerId,
      previousEmployerId,
      district: account.employerId ? employerDistrict : null,
      bannedUntil: account.bannedUntil,
    };
  }
}

function usernameTaken(): AccountException {
  return new AccountException(AccountExceptionCode.DUPLICATE_USERNAME, 'This username is taken', {
    field: 'input.username',
    rule: 'UNIQUE',
  });
}
