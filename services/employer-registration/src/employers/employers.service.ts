import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { districtScopeOf, Role, type AuthUser } from '@points/auth';
import { OutboxService, type PublishEvent } from '@points/subgraph';
import { In, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { AccountWriter } from '../accounts/account-writer.service';
import { CLOCK, todayOf, type Clock } from '../common/clock';
import { decodeCursor, encodeCursor, isUuid, pageSizeOf } from '../common/cursor.util';
import { districtFilterOf, invalidInput, parseInput } from '../common/input.util';
import { isUniqueViolation } from '../common/pg-error.util';
import { EmployerHistoryAction, EmployerHistoryEntry } from '../history/employer-history.entity';
import { EmployerSanction } from '../sanctions/employer-sanction.entity';
import { employerDetailsSchema, registerEmployerSchema } from './dto/employer-input.schema';
import type {
  EmployerRegistration,
  RegisterEmployerInput,
  UpdateEmployerDetailsInput,
} from './dto/register-employer.input';
import type { EmployerConnection, ReviewRegistrationInput } from './dto/review-registration.input';
import { Employer } from './employer.entity';
import { EmployerException, EmployerExceptionCode } from './employer.exception';
import { EstablishmentKind, ReviewDecision } from './employer-kinds.enum';
import { EmployerStatus } from './employer-status.enum';
import { statusChangedPayload } from './employer-standing.util';

const REFUSED_ESTABLISHMENTS: Partial<Record<EstablishmentKind, string>> = {
  [EstablishmentKind.OUT_OF_TOWN_REPRESENTATIVE_OFFICE]:
    'Offices set up in Shanghai by out-of-town governments, institutions or enterprises (外省市在沪派出机构) cannot register: the points application goes through the parent organisation where it is registered',
  [EstablishmentKind.OUT_OF_TOWN_BRANCH]:
    'Out-of-town branches of Shanghai employers cannot register: their workers do not qualify for Shanghai residence-permit points',
};

@Injectable()
export class EmployersService {
  constructor(
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    @InjectRepository(EmployerHistoryEntry) private readonly history: Repository<EmployerHistoryEntry>,
    @InjectRepository(EmployerSanction) private readonly sanctions: Repository<EmployerSanction>,
    private readonly outbox: OutboxService,
    private readonly accounts: AccountWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * An employer as the caller may see it. Scoping is in the query itself: centre staff only
   * their district, HR only their own employer, applicants none. Out of scope reads as not found,
   * so ids of other districts' employers reveal nothing.
   */
  findVisible(user: AuthUser, id: string): Promise<Employer> {
    return this.findVisibleWith(this.employers.manager, user, id);
  }

  /** Public self-registration: the employer and its HR accounts, waiting for the district centre. */
  async register(raw: RegisterEmployerInput): Promise<EmployerRegistration> {
    const refusal = REFUSED_ESTABLISHMENTS[raw.establishment];
    if (refusal) throw invalidInput('input.establishment', 'NOT_ACCEPTED', refusal);
    const now = this.clock.now();
    const input = parseInput(registerEmployerSchema(todayOf(this.clock)), raw);
    return this.outbox.transaction(async (manager, publish) => {
      const repo = manager.getRepository(Employer);
      const duplicate = () =>
        new EmployerException(
          EmployerExceptionCode.DUPLICATE_CREDIT_CODE,
          'An employer with this unified social credit code is registered already',
          { field: 'input.creditCode', rule: 'UNIQUE' },
        );
      if (await repo.exists({ where: { creditCode: input.creditCode } })) throw duplicate();
      const employer = repo.create({
        name: input.name,
        creditCode: input.creditCode,
        district: input.district,
        status: EmployerStatus.PENDING_REVIEW,
        organisationType: input.organisationType,
        establishment: raw.establishment,
        licenceKind: input.licenceKind ?? null,
        licenceNumber: input.licenceNumber ?? null,
        address: input.address,
        legalRepresentative: input.legalRepresentative,
        socialInsuranceNo: input.socialInsuranceNo,
        suspendedUntil: null,
        submittedAt: now,
      });
      try {
        await repo.insert(employer);
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicate();
        throw error;
      }
      await this.recordHistory(manager, employer.id, EmployerHistoryAction.REGISTERED, null, now, {
        toStatus: EmployerStatus.PENDING_REVIEW,
      });
      const hrUsernames: string[] = [];
      for (const [i, hr] of input.hrSpecialists.entries()) {
        // A login name of the employer's own: an HR specialist may also be an applicant somewhere,
        // whose login name is their resident ID, so HR accounts cannot use it.
        const username = `${input.creditCode}-${i + 1}`;
        const account = await this.accounts.insert(
          manager,
          {
            role: Role.EMPLOYER_HR,
            username,
            name: hr.name,
            residentId: hr.residentId,
            mobile: hr.mobile,
            district: null,
            employerId: employer.id,
            permitDate: null,
            password: hr.password,
          },
          null,
          now,
        );
        hrUsernames.push(username);
        await publish(
          'account.contact-changed',
          `account:${account.id}`,
          this.accounts.contactChanged(account, employer.district),
        );
      }
      await publish('employer.status-changed', `employer:${employer.id}`, statusChangedPayload(employer));
      return { employerId: employer.id, status: employer.status, district: employer.district, hrUsernames };
    });
  }

  /** HR changes the registered details: back to review; a new district moves it to that queue. */
  async updateDetails(user: AuthUser, raw: UpdateEmployerDetailsInput): Promise<Employer> {
    const input = parseInput(employerDetailsSchema, raw);
    const now = this.clock.now();
    return this.outbox.transaction(async (manager, publish) => {
      const current = await this.findVisibleWith(manager, user, raw.employerId);
      const moved = current.district !== input.district;
      const update = {
        name: input.name,
        organisationType: input.organisationType,
        licenceKind: input.licenceKind ?? null,
        licenceNumber: input.licenceNumber ?? null,
        district: input.district,
        address: input.address,
        legalRepresentative: input.legalRepresentative,
        socialInsuranceNo: input.socialInsuranceNo,
        status: EmployerStatus.PENDING_REVIEW,
        submittedAt: now,
      };
      const updated = await this.updateAtVersion(manager, current, raw.expectedVersion, update);
      await this.recordHistory(manager, current.id, EmployerHistoryAction.DETAILS_CHANGED, user, now, {
        fromStatus: current.status,
        toStatus: EmployerStatus.PENDING_REVIEW,
      });
      if (moved) {
        await this.recordHistory(manager, current.id, EmployerHistoryAction.DISTRICT_MOVED, user, now, {
          reason: `${current.district} → ${input.district}`,
        });
        await this.announceDistrictMove(manager, publish, updated);
      }
      await publish('employer.status-changed', `employer:${updated.id}`, statusChangedPayload(updated));
      return updated;
    });
  }

  /** Pending registrations, oldest submission first: a district's for its centre staff, all for HRSS. */
  async reviewQueue(
    user: AuthUser,
    first?: number | null,
    after?: string | null,
  ): Promise<EmployerConnection> {
    const size = pageSizeOf(first);
    const cursor = decodeCursor(after);
    const district = districtScopeOf(user);
    const query = this.employers
      .createQueryBuilder('e')
      .where('e.status = :status', { status: EmployerStatus.PENDING_REVIEW });
    // Centre staff: their district, in the SQL. HRSS (no district scope): every district.
    if (user.role !== Role.HRSS_ADMIN) query.andWhere('e.district = :district', { district: district ?? '' });
    query
      .orderBy('e.submitted_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(size + 1);
    if (cursor) {
      query.andWhere('(e.submitted_at, e.id) > (:at, :id)', { at: cursor.at, id: cursor.id });
    }
    const rows = await query.getMany();
    const nodes = rows.slice(0, size);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      hasNextPage: rows.length > size,
      endCursor: last ? encodeCursor({ at: last.submittedAt, id: last.id }) : null,
    };
  }

  /** PENDING_REVIEW → APPROVED | REJECTED(reason), by a CENTRE_OFFICER of the employer's district. */
  async review(user: AuthUser, input: ReviewRegistrationInput): Promise<Employer> {
    const reason = input.reason?.trim() || null;
    if (input.decision === ReviewDecision.REJECTED && !reason) {
      throw invalidInput('input.reason', 'REQUIRED', 'Reason must be given when rejecting a registration');
    }
    if (reason && reason.length > 500) {
      throw invalidInput('input.reason', 'TOO_LONG', 'Reason must be at most 500 characters long');
    }
    const now = this.clock.now();
    return this.outbox.transaction(async (manager, publish) => {
      const current = await this.findVisibleWith(manager, user, input.employerId);
      if (current.status !== EmployerStatus.PENDING_REVIEW) {
        throw new EmployerException(
          EmployerExceptionCode.NOT_PENDING_REVIEW,
          `This registration is ${current.status} already: only a pending one can be reviewed`,
        );
      }
      const to =
        input.decision === ReviewDecision.APPROVED ? EmployerStatus.APPROVED : EmployerStatus.REJECTED;
      const updated = await this.updateAtVersion(manager, current, input.expectedVersion ?? current.version, {
        status: to,
      });
      const action =
        to === EmployerStatus.APPROVED ? EmployerHistoryAction.APPROVED : EmployerHistoryAction.REJECTED;
      await this.recordHistory(manager, current.id, action, user, now, {
        fromStatus: current.status,
        toStatus: to,
        reason,
      });
      await publish('employer.registration-reviewed', `employer:${updated.id}`, {
        employerId: updated.id,
        employerName: updated.name,
        district: updated.district,
        decision: input.decision,
        reason,
      });
      await publish('employer.status-changed', `employer:${updated.id}`, statusChangedPayload(updated));
      return updated;
    });
  }

  historyOf(employerId: string): Promise<EmployerHistoryEntry[]> {
    return this.history.find({ where: { employerId }, order: { seq: 'ASC' } });
  }

  /**
   * Employers with forgery cases or sanctions on record, those with a case awaiting a decision
   * first, then the latest: a supervisor's own district (in the SQL), HRSS every district.
   */
  async withSanctions(user: AuthUser, district?: string | null): Promise<Employer[]> {
    const requested = districtFilterOf(user, district);
    const ranked = this.sanctions
      .createQueryBuilder('s')
      .innerJoin(Employer, 'e', 'e.id = s.employer_id')
      .select('s.employer_id', 'id')
      .groupBy('s.employer_id')
      .orderBy(`bool_or(s.status = 'PENDING_DECISION')`, 'DESC')
      .addOrderBy('max(s.created_at)', 'DESC')
      .limit(100);
    if (user.role !== Role.HRSS_ADMIN) {
      ranked.where('e.district = :district', { district: districtScopeOf(user) ?? '' });
    } else if (requested) {
      ranked.where('e.district = :district', { district: requested });
    }
    const ids = (await ranked.getRawMany<{ id: string }>()).map((r) => r.id);
    if (ids.length === 0) return [];
    const found = new Map((await this.employers.findBy({ id: In(ids) })).map((e) => [e.id, e]));
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  sanctionsOf(employerId: string): Promise<EmployerSanction[]> {
    return this.sanctions.find({ where: { employerId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * An employer as the caller may see it. Scoping is in the query itself: centre staff only
   * their district, HR only their own employer, applicants none. Out of scope reads as not found,
   * so ids of other districts' employers reveal nothing.
   */
  async findVisibleWith(manager: EntityManager, user: AuthUser, id: string): Promise<Employer> {
    const employer = isUuid(id)
      ? await this.visibleTo(manager, user).andWhere('e.id = :id', { id }).getOne()
      : null;
    if (!employer) throw this.notFound(id);
    return employer;
  }

  /**
   * Several employers in one query (the gateway's references for a queue page: each item's
   * employer), in the order asked, scoped as findVisible: an id the caller may not see, that does
   * not exist or is malformed is its own EMPLOYER_NOT_FOUND, so one refused item does not fail the
   * others.
   */
  async findManyVisible(
    user: AuthUser,
    ids: readonly string[],
  ): Promise<Array<Employer | EmployerException>> {
    const valid = [...new Set(ids.filter((id) => isUuid(id)))];
    const rows =
      valid.length > 0
        ? await this.visibleTo(this.employers.manager, user)
            .andWhere('e.id = ANY(:ids)', { ids: valid })
            .getMany()
        : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? this.notFound(id));
  }

  /**
   * The employers the caller may see: centre staff only their district, HR only their own
   * employer, applicants none. Out of scope reads as not found, so ids of other districts'
   * employers reveal nothing.
   */
  private visibleTo(manager: EntityManager, user: AuthUser): SelectQueryBuilder<Employer> {
    const query = manager.getRepository(Employer).createQueryBuilder('e');
    const district = districtScopeOf(user);
    if (district) query.andWhere('e.district = :district', { district });
    if (user.role === Role.EMPLOYER_HR) {
      if (isUuid(user.employerId)) query.andWhere('e.id = :own', { own: user.employerId });
      else query.andWhere('false');
    }
    if (user.role === Role.APPLICANT) query.andWhere('false');
    return query;
  }

  private notFound(id: string): EmployerException {
    return new EmployerException(EmployerExceptionCode.EMPLOYER_NOT_FOUND, `No employer ${id} you can see`);
  }

  /**
   * Optimistic lock by hand: the UPDATE only matches the version the caller read. Two officers
   * approving at once both read version N; the second UPDATE waits for the first's row lock, then
   * finds version N+1 and matches nothing: CONFLICT, never a silent second decision.
   */
  async updateAtVersion(
    manager: EntityManager,
    current: Employer,
    expectedVersion: number,
    changes: Partial<Employer>,
  ): Promise<Employer> {
    const result = await manager
      .createQueryBuilder()
      .update(Employer)
      .set(changes)
      .where('id = :id AND version = :version', { id: current.id, version: expectedVersion })
      .execute();
    if (result.affected !== 1) {
      throw new EmployerException(
        EmployerExceptionCode.STALE_VERSION,
        'Someone changed this employer since you read it: reload and try again',
        { field: 'expectedVersion', rule: 'STALE_VERSION' },
      );
    }
    return manager.getRepository(Employer).findOneByOrFail({ id: current.id });
  }

  async recordHistory(
    manager: EntityManager,
    employerId: string,
    action: EmployerHistoryAction,
    actor: Pick<AuthUser, 'sub' | 'role'> | null,
    at: Date,
    extra: { fromStatus?: string | null; toStatus?: string | null; reason?: string | null } = {},
  ): Promise<void> {
    await manager.getRepository(EmployerHistoryEntry).insert({
      employerId,
      action,
      fromStatus: extra.fromStatus ?? null,
      toStatus: extra.toStatus ?? null,
      actorId: actor?.sub ?? null,
      actorRole: actor?.role ?? null,
      reason: extra.reason ?? null,
      at,
    });
  }

  /** The notification directory and the filing projection both carry the employer's district. */
  private async announceDistrictMove(
    manager: EntityManager,
    publish: PublishEvent,
    employer: Employer,
  ): Promise<void> {
    const linked = await manager.getRepository(AccountEntity).find({ where: { employerId: employer.id } });
    for (const account of linked) {
      await publish(
        'account.contact-changed',
        `account:${account.id}`,
        this.accounts.contactChanged(account, employer.district),
      );
      if (account.role === Role.APPLICANT) {
        await publish(
          'applicant.employment-changed',
          `applicant:${account.id}`,
          this.accounts.employmentChanged(account, employer.district, account.lastEmployerId),
        );
      }
    }
  }
}
