import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { districtScopeOf, Role, type AuthUser } from '@points/auth';
import { addWorkingDays } from '@points/calendar';
import { maskMobile, maskResidentId, PiiCipher } from '@points/crypto';
import { OutboxService, type PublishEvent } from '@points/subgraph';
import { creditCodeSchema, passwordSchema, residentIdSchemaFor } from '@points/validation';
import { Brackets, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { CLOCK, todayOf, type Clock } from '../common/clock';
import { decodeCursor, encodeCursor, isUuid, pageSizeOf } from '../common/cursor.util';
import { invalidInput, parseInput } from '../common/input.util';
import { PII_COLUMN } from '../common/pii-columns.constant';
import { Employer } from '../employers/employer.entity';
import { EmployerException, EmployerExceptionCode } from '../employers/employer.exception';
import { assertEmployerCanAct } from '../employers/employer-standing.util';
import { EmployerHistoryAction, EmployerHistoryEntry } from '../history/employer-history.entity';
import { LoginThrottle } from '../login/login-throttle';
import { AccountHistoryAction, AccountHistoryEntry } from './account-history.entity';
import { AccountEntity } from './account.entity';
import { AccountException, AccountExceptionCode } from './account.exception';
import { AccountWriter } from './account-writer.service';
import { applicantAccountSchema, hrAccountSchema, staffAccountSchema } from './dto/account-input.schema';
import type {
  AddHrAccountInput,
  CreateApplicantAccountInput,
  CreateStaffAccountInput,
  ReleaseAtWindowInput,
  SwitchMyEmployerInput,
  ReleaseApplicantInput,
  ResetApplicantPasswordInput,
  TakeOverApplicantInput,
} from './dto/account.inputs';
import { AccountView, type AccountConnection } from './dto/account.view';
import { PasswordHasher } from './password-hasher';
import { PointsValidityHandler } from './points-validity.handler';

/** The residence permit data reaches the system this many working days after issue (domain.md §2.2). */
export const PERMIT_SYNC_WORKING_DAYS = 3;

const NO_ID = '00000000-0000-0000-0000-000000000000';

export type PiiField = 'residentId' | 'mobile';

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly writer: AccountWriter,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly cipher: PiiCipher,
    private readonly points: PointsValidityHandler,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Accounts the caller may see, as a query: HRSS all; centre staff the HR and applicant accounts
   * of their district's employers (an applicant released by its employer stays with that
   * employer's district); HR those of their own employer; everyone their own account.
   */
  private scoped(manager: EntityManager, user: AuthUser): SelectQueryBuilder<AccountEntity> {
    const self = isUuid(user.sub) ? user.sub : NO_ID;
    const query = manager
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .leftJoin(Employer, 'e', 'e.id = COALESCE(a.employer_id, a.last_employer_id)')
      .addSelect('e.district', 'employer_district');
    const district = districtScopeOf(user);
    switch (user.role) {
      case Role.HRSS_ADMIN:
        return query;
      case Role.CENTRE_OFFICER:
      case Role.CENTRE_SUPERVISOR:
        return query.andWhere(
          new Brackets((w) =>
            w
              .where(`a.role IN ('APPLICANT', 'EMPLOYER_HR') AND e.district = :district`, {
                district: district ?? '',
              })
              .orWhere('a.id = :self', { self }),
          ),
        );
      case Role.EMPLOYER_HR:
        return query.andWhere(
          new Brackets((w) =>
            w
              .where(`a.role IN ('APPLICANT', 'EMPLOYER_HR') AND a.employer_id = :employer`, {
                employer: isUuid(user.employerId) ? user.employerId : NO_ID,
              })
              .orWhere('a.id = :self', { self }),
          ),
        );
      case Role.APPLICANT:
      case Role.CITY_VERIFIER:
        return query.andWhere('a.id = :self', { self });
    }
  }

  private async views(query: SelectQueryBuilder<AccountEntity>): Promise<AccountView[]> {
    const { entities, raw } = await query.getRawAndEntities<{ employer_district: string | null }>();
    return entities.map((account, i) => AccountView.from(account, raw[i]?.employer_district ?? null));
  }

  private notFound(): AccountException {
    return new AccountException(AccountExceptionCode.ACCOUNT_NOT_FOUND, 'No such account that you can see');
  }

  async findVisible(user: AuthUser, id: string): Promise<AccountView> {
    if (!isUuid(id)) throw this.notFound();
    const [view] = await this.views(
      this.scoped(this.dataSource.manager, user).andWhere('a.id = :id', { id }),
    );
    if (!view) throw this.notFound();
    return view;
  }

  me(user: AuthUser): Promise<AccountView> {
    return this.findVisible(user, user.sub);
  }

  /** Applicant accounts the caller may see, newest first (keyset on created_at, id). */
  async listApplicants(
    user: AuthUser,
    first?: number | null,
    after?: string | null,
  ): Promise<AccountConnection> {
    const size = pageSizeOf(first);
    const cursor = decodeCursor(after);
    const query = this.scoped(this.dataSource.manager, user)
      .andWhere(`a.role = 'APPLICANT'`)
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(size + 1);
    if (cursor) query.andWhere('(a.created_at, a.id) < (:at, :cid)', { at: cursor.at, cid: cursor.id });
    const rows = await this.views(query);
    const nodes = rows.slice(0, size);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      hasNextPage: rows.length > size,
      endCursor: last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
    };
  }

  /**
   * The officers of the supervisor's own district (name and login name, ordered by login name):
   * whom its work may be assigned to (the application service accepts only these; staff.account-changed
   * tells it who they are).
   */
  async districtOfficers(user: AuthUser): Promise<AccountView[]> {
    const district = districtScopeOf(user);
    if (!district) return [];
    const query = this.dataSource.manager
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .leftJoin(Employer, 'e', 'e.id = COALESCE(a.employer_id, a.last_employer_id)')
      .addSelect('e.district', 'employer_district')
      .where('a.role = :role AND a.district = :district', { role: Role.CENTRE_OFFICER, district })
      .orderBy('a.username', 'ASC')
      .addOrderBy('a.id', 'ASC');
    return this.views(query);
  }

  history(accountId: string): Promise<AccountHistoryEntry[]> {
    return this.dataSource
      .getRepository(AccountHistoryEntry)
      .find({ where: { accountId }, order: { seq: 'ASC' } });
  }

  /** The caller's own employer, which must be approved and unsuspended to act. */
  private async actingEmployer(manager: EntityManager, user: AuthUser, today: string): Promise<Employer> {
    const employer = isUuid(user.employerId)
      ? await manager
          .getRepository(Employer)
          .createQueryBuilder('e')
          .setLock('pessimistic_write')
          .where('e.id = :id', { id: user.employerId })
          .getOne()
      : null;
    if (!employer) {
      throw new EmployerException(
        EmployerExceptionCode.EMPLOYER_NOT_FOUND,
        'Your employer is not registered here',
      );
    }
    assertEmployerCanAct(employer, today);
    return employer;
  }

  private assertNotBanned(account: AccountEntity, today: string): void {
    if (account.bannedUntil !== null && account.bannedUntil >= today) {
      throw new AccountException(
        AccountExceptionCode.APPLICANT_BANNED,
        `This person may not apply until ${account.bannedUntil} after a serious forgery case`,
        { field: 'input.residentId', rule: 'BANNED' },
      );
    }
  }

  /** HR of an approved employer opens an applicant's account (domain.md §2.2). */
  async createApplicant(user: AuthUser, raw: CreateApplicantAccountInput): Promise<AccountView> {
    const now = this.clock.now();
    const today = todayOf(this.clock);
    const input = parseInput(applicantAccountSchema(today), raw);
    if (input.permitDate > today) {
      throw invalidInput('input.permitDate', 'IN_FUTURE', 'Permit date must not be in the future');
    }
    const firstAllowed = addWorkingDays(input.permitDate, PERMIT_SYNC_WORKING_DAYS);
    if (today < firstAllowed.date) {
      throw invalidInput(
        'input.permitDate',
        'TOO_SOON_AFTER_PERMIT',
        `The account can be created from ${firstAllowed.date}: ${PERMIT_SYNC_WORKING_DAYS} working days after the residence permit was issued or endorsed on ${input.permitDate}, when its data has reached the system` +
          (firstAllowed.provisional
            ? ' (provisional: the statutory holidays of that period are not published yet, so only weekends were counted)'
            : ''),
      );
    }
    return this.outbox.transaction(async (manager, publish) => {
      const employer = await this.actingEmployer(manager, user, today);
      const existing = await manager.getRepository(AccountEntity).findOneBy({
        role: Role.APPLICANT,
        residentIdIndex: this.writer.residentIdIndexOf(input.residentId),
      });
      if (existing) {
        this.assertNotBanned(existing, today);
        throw new AccountException(
          AccountExceptionCode.DUPLICATE_PERSON,
          existing.employerId === employer.id
            ? 'This person already has an account with your employer'
            : 'This person already has an account: after a job change their previous employer releases it and you take it over (takeOverApplicant)',
          { field: 'input.residentId', rule: 'ONE_ACCOUNT_PER_PERSON' },
        );
      }
      const account = await this.writer.insert(
        manager,
        {
          role: Role.APPLICANT,
          username: null,
          name: input.name,
          residentId: input.residentId,
          mobile: input.mobile,
          district: null,
          employerId: employer.id,
          permitDate: input.permitDate,
          password: input.password,
        },
        user,
        now,
      );
      await publish(
        'applicant.employment-changed',
        `applicant:${account.id}`,
        this.writer.employmentChanged(account, employer.district, null),
      );
      await publish(
        'account.contact-changed',
        `account:${account.id}`,
        this.writer.contactChanged(account, employer.district),
      );
      return AccountView.from(account, employer.district);
    });
  }

  /** Another HR specialist for the caller's employer; login name <credit code>-<n>. */
  async addHr(user: AuthUser, raw: AddHrAccountInput): Promise<AccountView> {
    const now = this.clock.now();
    const today = todayOf(this.clock);
    const input = parseInput(hrAccountSchema(today), raw);
    return this.outbox.transaction(async (manager, publish) => {
      // The employer row is locked, so two additions at once cannot pick the same number.
      const employer = await this.actingEmployer(manager, user, today);
      const rows: Array<{ n: number | null }> = await manager.query(
        `SELECT max(substring(username from '-(\\d+)$')::int) AS n FROM employer_registration.account
          WHERE employer_id = $1 AND role = 'EMPLOYER_HR'`,
        [employer.id],
      );
      const username = `${employer.creditCode}-${(rows[0]?.n ?? 0) + 1}`;
      const account = await this.writer.insert(
        manager,
        {
          role: Role.EMPLOYER_HR,
          username,
          name: input.name,
          residentId: input.residentId,
          mobile: input.mobile,
          district: null,
          employerId: employer.id,
          permitDate: null,
          password: input.password,
        },
        user,
        now,
      );
      await publish(
        'account.contact-changed',
        `account:${account.id}`,
        this.writer.contactChanged(account, employer.district),
      );
      return AccountView.from(account, employer.district);
    });
  }

  /** HRSS manages staff accounts (officers and supervisors per district, city verifiers, HRSS). */
  async createStaff(user: AuthUser, raw: CreateStaffAccountInput): Promise<AccountView> {
    const input = parseInput(staffAccountSchema, raw);
    const now = this.clock.now();
    return this.outbox.transaction(async (manager, publish) => {
      const account = await this.writer.insert(
        manager,
        {
          role: input.role,
          username: input.username,
          name: input.name,
          residentId: null,
          mobile: input.mobile ?? null,
          district: input.district ?? null,
          employerId: null,
          permitDate: null,
          password: input.password,
        },
        user,
        now,
      );
      // The application service keeps the district staff: work is assigned only to a real officer.
      await publish('staff.account-changed', `account:${account.id}`, this.writer.staffChanged(account));
      return AccountView.from(account, null);
    });
  }

  /**
   * Job change, first half: the current employer releases the applicant. The application service
   * owns whether an application was submitted (then the employer must request revocation at its
   * centre instead); here the only check is that the account is linked to the caller's employer.
   */
  async release(user: AuthUser, input: ReleaseApplicantInput): Promise<AccountView> {
    const now = this.clock.now();
    const reason = input.reason?.trim() || null;
    if (!isUuid(input.accountId) || !isUuid(user.employerId)) throw this.notFound();
    return this.outbox.transaction(async (manager, publish) => {
      const account = await manager
        .getRepository(AccountEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where(`a.id = :id AND a.role = 'APPLICANT' AND a.employer_id = :employer`, {
          id: input.accountId,
          employer: user.employerId,
        })
        .getOne();
      if (!account) throw this.notFound();
      return this.unlink(manager, publish, account, user, now, reason);
    });
  }

  /**
   * Job change when the old employer does not release (domain.md §3): the centre of that
   * employer's district releases the link at the window on the holder's request, with the
   * departure certificate (离职证明) it saw recorded in both histories.
   */
  async releaseAtWindow(user: AuthUser, input: ReleaseAtWindowInput): Promise<AccountView> {
    const now = this.clock.now();
    const certificate = input.departureCertificate.trim();
    if (!certificate) {
      throw invalidInput(
        'input.departureCertificate',
        'REQUIRED',
        'Departure certificate is required: what the holder showed (离职证明, its number or date)',
      );
    }
    if (!isUuid(input.accountId)) throw this.notFound();
    return this.outbox.transaction(async (manager, publish) => {
      // Scoped first (the officer's own district, by the employer's), then locked on its own.
      const [visible] = await this.views(
        this.scoped(manager, user).andWhere(`a.id = :id AND a.role = 'APPLICANT' AND a.employer_id IS NOT NULL`, {
          id: input.accountId,
        }),
      );
      if (!visible) throw this.notFound();
      const account = await manager
        .getRepository(AccountEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where(`a.id = :id AND a.employer_id = :employer`, { id: visible.id, employer: visible.employerId })
        .getOne();
      if (!account) throw this.notFound();
      return this.unlink(
        manager,
        publish,
        account,
        user,
        now,
        `窗口解除关联，应持证人申请 (released at the centre window on the holder's request; departure certificate: ${certificate})`,
      );
    });
  }

  /** Both routes of a release: the link, the two histories and the events, in the caller's transaction. */
  private async unlink(
    manager: EntityManager,
    publish: PublishEvent,
    account: AccountEntity,
    user: AuthUser,
    now: Date,
    reason: string | null,
  ): Promise<AccountView> {
    {
      const previous = account.employerId;
      await manager.update(AccountEntity, { id: account.id }, { employerId: null, lastEmployerId: previous });
      account.employerId = null;
      account.lastEmployerId = previous;
      await this.writer.recordHistory(manager, account.id, AccountHistoryAction.RELEASED, user, now, {
        previousEmployerId: previous,
        reason,
      });
      await manager.getRepository(EmployerHistoryEntry).insert({
        employerId: previous!,
        action: EmployerHistoryAction.APPLICANT_RELEASED,
        fromStatus: null,
        toStatus: null,
        actorId: user.sub,
        actorRole: user.role,
        reason: `applicant account ${account.id}${reason ? `: ${reason}` : ''}`,
        at: now,
      });
      await publish(
        'applicant.employment-changed',
        `applicant:${account.id}`,
        this.writer.employmentChanged(account, null, previous),
      );
      await publish(
        'account.contact-changed',
        `account:${account.id}`,
        this.writer.contactChanged(account, null),
      );
      const district = await manager.getRepository(Employer).findOneBy({ id: previous! });
      return AccountView.from(account, district?.district ?? null);
    }
  }

  /** Job change, second half: the new employer takes the released account over by resident ID. */
  async takeOver(user: AuthUser, raw: TakeOverApplicantInput): Promise<AccountView> {
    const now = this.clock.now();
    const today = todayOf(this.clock);
    const { residentId } = parseInput(z.object({ residentId: residentIdSchemaFor(today) }), raw);
    return this.outbox.transaction(async (manager, publish) => {
      const employer = await this.actingEmployer(manager, user, today);
      const account = await manager
        .getRepository(AccountEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where(`a.role = 'APPLICANT' AND a.resident_id_index = :index`, {
          index: this.writer.residentIdIndexOf(residentId),
        })
        .getOne();
      if (account?.employerId === employer.id) {
        throw new AccountException(
          AccountExceptionCode.ALREADY_LINKED,
          'This applicant is linked to your employer already',
          { field: 'input.residentId' },
        );
      }
      // No account, or one still linked elsewhere: one answer, so a resident ID tells HR nothing
      // about whether that person has an account with another employer.
      if (!account || account.employerId !== null) {
        throw new AccountException(
          AccountExceptionCode.NO_RELEASED_ACCOUNT,
          'No released applicant account for this resident ID number: after a job change the previous employer releases it first; a person without an account gets one with createApplicantAccount',
          { field: 'input.residentId', rule: 'NO_RELEASED_ACCOUNT' },
        );
      }
      this.assertNotBanned(account, today);
      return this.link(manager, publish, account, employer, user, now, {
        previous: account.lastEmployerId,
        action: AccountHistoryAction.TAKEN_OVER,
        reason: null,
        employerNote: `applicant account ${account.id}`,
      });
    });
  }

  /**
   * Job change when the holder's points are no longer valid (seed 002): he logs in and changes the
   * employer code to the new employer's himself; the new employer then sees him and reviews the
   * form. With valid points the route is the employer's release (or the centre's) and a CHANGE.
   */
  async switchMyEmployer(user: AuthUser, raw: SwitchMyEmployerInput): Promise<AccountView> {
    const now = this.clock.now();
    const today = todayOf(this.clock);
    const { creditCode } = parseInput(z.object({ creditCode: creditCodeSchema }), raw);
    if (!isUuid(user.sub)) throw this.notFound();
    return this.outbox.transaction(async (manager, publish) => {
      const account = await manager
        .getRepository(AccountEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where(`a.id = :id AND a.role = 'APPLICANT'`, { id: user.sub })
        .getOne();
      if (!account) throw this.notFound();
      this.assertNotBanned(account, today);
      const employer = await manager.getRepository(Employer).findOneBy({ creditCode });
      if (!employer) throw invalidInput('input.creditCode', 'NO_EMPLOYER', 'No registered employer has this credit code');
      assertEmployerCanAct(employer, today);
      if (account.employerId === employer.id) {
        throw new AccountException(AccountExceptionCode.ALREADY_LINKED, 'You are linked to this employer already', {
          field: 'input.creditCode',
        });
      }
      const validUntil = await this.points.validUntil(manager, account.id, today);
      if (validUntil) {
        throw invalidInput(
          'input.creditCode',
          'POINTS_STILL_VALID',
          `Your points are valid until ${validUntil}: your current employer releases you (or the centre at the window) and the new employer files a CHANGE`,
        );
      }
      return this.link(manager, publish, account, employer, user, now, {
        previous: account.employerId,
        action: AccountHistoryAction.SWITCHED_BY_HOLDER,
        reason: '持证人积分已失效，自行变更单位 (points no longer valid: the holder switched the employer code himself)',
        employerNote: `applicant account ${account.id} switched to this employer by the holder`,
      });
    });
  }

  /** Both routes to a new employer (its HR takes over, or the holder switches): link, histories, events. */
  private async link(
    manager: EntityManager,
    publish: PublishEvent,
    account: AccountEntity,
    employer: Employer,
    user: AuthUser,
    now: Date,
    how: { previous: string | null; action: AccountHistoryAction; reason: string | null; employerNote: string },
  ): Promise<AccountView> {
    const { previous } = how;
    await manager.update(
      AccountEntity,
      { id: account.id },
      { employerId: employer.id, lastEmployerId: previous ?? account.lastEmployerId },
    );
    account.employerId = employer.id;
    account.lastEmployerId = previous ?? account.lastEmployerId;
    await this.writer.recordHistory(manager, account.id, how.action, user, now, {
      employerId: employer.id,
      previousEmployerId: previous,
      reason: how.reason,
    });
    await manager.getRepository(EmployerHistoryEntry).insert({
      employerId: employer.id,
      action: EmployerHistoryAction.APPLICANT_TAKEN_OVER,
      fromStatus: null,
      toStatus: null,
      actorId: user.sub,
      actorRole: user.role,
      reason: how.employerNote,
      at: now,
    });
    await publish(
      'applicant.employment-changed',
      `applicant:${account.id}`,
      this.writer.employmentChanged(account, employer.district, previous),
    );
    await publish('account.contact-changed', `account:${account.id}`, this.writer.contactChanged(account, employer.district));
    return AccountView.from(account, employer.district);
  }

  /**
   * Lost passwords are reset only at a district centre window (domain.md §2.3): by a
   * CENTRE_OFFICER of the district of the applicant's employer. Recorded and announced (SMS).
   */
  async resetApplicantPassword(user: AuthUser, raw: ResetApplicantPasswordInput): Promise<AccountView> {
    const { newPassword } = parseInput(z.object({ newPassword: passwordSchema }), {
      newPassword: raw.newPassword,
    });
    if (!isUuid(raw.accountId) || !isUuid(user.sub)) throw this.notFound();
    const now = this.clock.now();
    const passwordHash = await this.hasher.hash(newPassword);
    const view = await this.outbox.transaction(async (manager, publish) => {
      const [found] = await this.views(
        this.scoped(manager, user).andWhere(`a.id = :id AND a.role = 'APPLICANT'`, { id: raw.accountId }),
      );
      if (!found?.scopeDistrict) throw this.notFound();
      await manager.update(AccountEntity, { id: found.id }, { passwordHash });
      await this.writer.recordHistory(manager, found.id, AccountHistoryAction.PASSWORD_RESET, user, now, {
        reason: 'reset at the district centre window',
      });
      await publish('employer.password-reset', `account:${found.id}`, {
        accountId: found.id,
        district: found.scopeDistrict,
        resetBy: user.sub,
      });
      return found;
    });
    // A reset also lifts a lockout: the applicant is standing at the window.
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: view.id });
    await this.throttle.clear(account.loginIndex);
    return view;
  }

  /**
   * A resident ID or mobile of an account the caller can already see: masked, or in full for an
   * entitled caller (the person, their employer's HR, their district's centre, HRSS), each full
   * read written to the audit table.
   */
  async readPii(
    user: AuthUser,
    view: AccountView,
    field: PiiField,
    unmasked: boolean,
  ): Promise<string | null> {
    const token = field === 'residentId' ? view.residentIdToken : view.mobileToken;
    if (!token) return null;
    const value = this.cipher.decrypt(token, PII_COLUMN[field]);
    if (!unmasked) return field === 'residentId' ? maskResidentId(value) : maskMobile(value);
    if (!this.isEntitled(user, view)) {
      throw new AccountException(
        AccountExceptionCode.NOT_ENTITLED,
        `You may not read this ${field} in full`,
        {
          field,
        },
      );
    }
    await this.dataSource.query(
      `INSERT INTO employer_registration.pii_read_audit (reader_id, reader_role, account_id, field, at)
       VALUES ($1, $2, $3, $4, $5)`,
      [user.sub, user.role, view.id, field, this.clock.now()],
    );
    return value;
  }

  private isEntitled(user: AuthUser, view: AccountView): boolean {
    if (user.role === Role.HRSS_ADMIN || user.sub === view.id) return true;
    const client = view.role === Role.APPLICANT || view.role === Role.EMPLOYER_HR;
    if (user.role === Role.EMPLOYER_HR)
      return client && view.employerId !== null && view.employerId === user.employerId;
    if (user.role === Role.CENTRE_OFFICER || user.role === Role.CENTRE_SUPERVISOR) {
      return client && view.scopeDistrict !== null && view.scopeDistrict === user.district;
    }
    return false;
  }
}
