import { Inject, Injectable } from '@nestjs/common';
import { Role, type AuthUser } from '@points/auth';
import type { EventEnvelope } from '@points/events';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService, type PublishEvent } from '@points/subgraph';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { AccountHistoryAction } from '../accounts/account-history.entity';
import { AccountEntity } from '../accounts/account.entity';
import { AccountWriter } from '../accounts/account-writer.service';
import { CLOCK, todayOf, type Clock } from '../common/clock';
import { isUuid } from '../common/cursor.util';
import { lastDayOfYears } from '../common/dates.util';
import { districtFilterOf, invalidInput, parseInput } from '../common/input.util';
import { Employer } from '../employers/employer.entity';
import { ApplicantForgeryCase, ForgeryCaseStatus } from './applicant-forgery-case.entity';
import { ForgeryCaseException, ForgeryCaseExceptionCode } from './forgery-case.exception';
import type {
  AppealForgeryCaseInput,
  DecideForgeryAppealInput,
  DecideForgeryCaseInput,
} from './forgery-case.inputs';

/** 情节严重: 3 years in which the person may not apply (第二十二条), from the day it is decided. */
export const FORGERY_BAN_YEARS = 3;

const reason = z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters long');
const decideSchema = z.object({ caseId: z.string(), serious: z.boolean(), reason });
const appealSchema = z.object({ caseId: z.string(), reason });
const appealDecisionSchema = z.object({ caseId: z.string(), upheld: z.boolean(), reason });

/**
 * The individual's side of 第二十二条. A finding opens a case (PENDING_DECISION) and bans nobody;
 * HRSS or the district supervisor decides whether it is serious (only then the 3-year ban); the
 * person may ask for review of a serious decision, which another HRSS officer decides (upheld:
 * the ban is lifted). Every ban change reaches the application service as
 * applicant.employment-changed (its projection refuses filing while banned).
 */
@Injectable()
export class ForgeryCasesService {
  constructor(
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: AccountWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** verification.forgery-found: the case, once per verification case (a redelivery changes nothing). */
  async open(manager: EntityManager, event: EventEnvelope<'verification.forgery-found'>): Promise<void> {
    const d = event.data;
    const account = await manager.findOneBy(AccountEntity, { id: d.applicantId, role: Role.APPLICANT });
    if (!account) return;
    const now = this.clock.now();
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ApplicantForgeryCase)
      .values({
        verificationCaseId: d.caseId,
        applicantId: d.applicantId,
        applicationId: d.applicationId,
        employerId: d.employerId,
        district: d.district,
        foundOn: d.foundOn,
        note: d.note,
        status: ForgeryCaseStatus.PENDING_DECISION,
        createdAt: now,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
    if (!id) return;
    await this.writer.recordHistory(
      manager,
      account.id,
      AccountHistoryAction.FORGERY_CASE_OPENED,
      null,
      now,
      {
        employerId: account.employerId,
        reason: `forgery found on ${d.foundOn} (verification case ${d.caseId}), case ${id} waits for a decision whether it is serious: ${d.note}`,
      },
    );
  }

  /** Cases in scope: HRSS all, centre staff their district, the applicant their own; open ones first. */
  async list(
    user: AuthUser,
    status?: ForgeryCaseStatus | null,
    district?: string | null,
  ): Promise<ApplicantForgeryCase[]> {
    const requested = districtFilterOf(user, district);
    const qb = this.dataSource
      .getRepository(ApplicantForgeryCase)
      .createQueryBuilder('c')
      .orderBy(`c.status = 'DECIDED' OR c.status = 'APPEAL_DECIDED'`, 'ASC')
      .addOrderBy('c.created_at', 'ASC')
      .limit(200);
    this.scope(qb, user);
    if (status) qb.andWhere('c.status = :status', { status });
    if (requested) qb.andWhere('c.district = :requested', { requested });
    return qb.getMany();
  }

  async decide(user: AuthUser, raw: DecideForgeryCaseInput): Promise<ApplicantForgeryCase> {
    const input = parseInput(decideSchema, raw);
    return this.outbox.transaction(async (manager, publish) => {
      const found = await this.locked(manager, user, input.caseId);
      this.expectStatus(found, ForgeryCaseStatus.PENDING_DECISION, 'decided already');
      const now = this.clock.now();
      const bannedUntil = input.serious ? lastDayOfYears(todayOf(this.clock), FORGERY_BAN_YEARS) : null;
      await manager.update(
        ApplicantForgeryCase,
        { id: found.id },
        {
          status: ForgeryCaseStatus.DECIDED,
          serious: input.serious,
          bannedUntil,
          decidedBy: user.sub,
          decidedRole: user.role,
          decidedAt: now,
          decisionReason: input.reason,
        },
      );
      await this.applyBans(
        manager,
        publish,
        found.applicantId,
        user,
        input.serious
          ? `情节严重 (serious), may not apply until ${bannedUntil}: ${input.reason} (forgery case ${found.id})`
          : `情节不严重 (not serious), deduction only, no ban: ${input.reason} (forgery case ${found.id})`,
      );
      return this.byId(manager, found.id);
    });
  }

  /** The person asks for review of a serious decision (the deduction itself is a score review, 复核). */
  async appeal(user: AuthUser, raw: AppealForgeryCaseInput): Promise<ApplicantForgeryCase> {
    const input = parseInput(appealSchema, raw);
    return this.outbox.transaction(async (manager) => {
      const found = await this.locked(manager, user, input.caseId);
      this.expectStatus(found, ForgeryCaseStatus.DECIDED, 'not decided yet, or under review already');
      if (!found.serious) {
        throw new ForgeryCaseException(
          ForgeryCaseExceptionCode.WRONG_STATUS,
          'Only a serious decision (3-year ban) is reviewed here; dispute the deduction with a score review (复核)',
          { field: 'input.caseId', rule: 'serious-decision-only' },
        );
      }
      const now = this.clock.now();
      await manager.update(
        ApplicantForgeryCase,
        { id: found.id },
        { status: ForgeryCaseStatus.APPEALED, appealReason: input.reason, appealedAt: now },
      );
      await this.writer.recordHistory(
        manager,
        found.applicantId,
        AccountHistoryAction.FORGERY_CASE_APPEALED,
        user,
        now,
        {
          reason: `review of forgery case ${found.id} requested: ${input.reason}`,
        },
      );
      return this.byId(manager, found.id);
    });
  }

  /** A second person decides the review: upheld lifts this case's ban (others still count). */
  async decideAppeal(user: AuthUser, raw: DecideForgeryAppealInput): Promise<ApplicantForgeryCase> {
    const input = parseInput(appealDecisionSchema, raw);
    return this.outbox.transaction(async (manager, publish) => {
      const found = await this.locked(manager, user, input.caseId);
      this.expectStatus(found, ForgeryCaseStatus.APPEALED, 'no review was requested');
      if (found.decidedBy === user.sub) {
        throw new ForgeryCaseException(
          ForgeryCaseExceptionCode.SAME_PERSON,
          'The review is decided by a second person, not the one who decided the case',
        );
      }
      await manager.update(
        ApplicantForgeryCase,
        { id: found.id },
        {
          status: ForgeryCaseStatus.APPEAL_DECIDED,
          appealUpheld: input.upheld,
          appealDecidedBy: user.sub,
          appealDecidedAt: this.clock.now(),
          appealDecisionReason: input.reason,
        },
      );
      await this.applyBans(
        manager,
        publish,
        found.applicantId,
        user,
        `review of forgery case ${found.id} ${input.upheld ? 'upheld: the ban is lifted' : 'dismissed: the ban stands'}: ${input.reason}`,
      );
      return this.byId(manager, found.id);
    });
  }

  /**
   * The account's ban is the latest end of its serious cases whose review did not lift it; a
   * change is in the account's history and announced. (Bans recorded before cases existed are
   * kept unless one of these cases ends later.)
   */
  private async applyBans(
    manager: EntityManager,
    publish: PublishEvent,
    applicantId: string,
    user: AuthUser,
    why: string,
  ): Promise<void> {
    const account = await manager.findOneBy(AccountEntity, { id: applicantId, role: Role.APPLICANT });
    if (!account) return;
    const [row]: Array<{ until: string | null }> = await manager.query(
      `SELECT to_char(max(banned_until), 'YYYY-MM-DD') AS until FROM employer_registration.applicant_forgery_case
        WHERE applicant_id = $1 AND serious AND appeal_upheld IS NOT TRUE`,
      [applicantId],
    );
    const bannedUntil = row?.until ?? null;
    const now = this.clock.now();
    if (bannedUntil === account.bannedUntil) {
      await this.writer.recordHistory(
        manager,
        account.id,
        AccountHistoryAction.FORGERY_CASE_DECIDED,
        user,
        now,
        {
          employerId: account.employerId,
          reason: why,
        },
      );
      return;
    }
    await manager.update(AccountEntity, { id: account.id }, { bannedUntil });
    account.bannedUntil = bannedUntil;
    await this.writer.recordHistory(
      manager,
      account.id,
      bannedUntil ? AccountHistoryAction.BANNED : AccountHistoryAction.BAN_LIFTED,
      user,
      now,
      { employerId: account.employerId, reason: why },
    );
    const current = account.employerId ? await manager.findOneBy(Employer, { id: account.employerId }) : null;
    await publish(
      'applicant.employment-changed',
      `applicant:${account.id}`,
      this.writer.employmentChanged(account, current?.district ?? null, account.lastEmployerId),
    );
  }

  private scope(qb: SelectQueryBuilder<ApplicantForgeryCase>, user: AuthUser): void {
    switch (user.role) {
      case Role.HRSS_ADMIN:
        qb.where('true');
        return;
      case Role.CENTRE_SUPERVISOR:
      case Role.CENTRE_OFFICER:
        qb.where('c.district = :district', { district: user.district ?? '' });
        return;
      case Role.APPLICANT:
        qb.where('c.applicant_id = :me', { me: user.applicantId ?? user.sub });
        return;
      case Role.EMPLOYER_HR:
      case Role.CITY_VERIFIER:
        // The employer's side is its sanction record; verifiers see verification tasks only.
        qb.where('false');
    }
  }

  /** The case in the caller's scope, locked until commit; NOT_FOUND otherwise (whether it exists or not). */
  private async locked(
    manager: EntityManager,
    user: AuthUser,
    caseId: string,
  ): Promise<ApplicantForgeryCase> {
    if (!isUuid(caseId))
      throw invalidInput('input.caseId', 'FORMAT', 'Case id must be an id this API returned');
    const qb = manager
      .getRepository(ApplicantForgeryCase)
      .createQueryBuilder('c')
      .setLock('pessimistic_write');
    this.scope(qb, user);
    const found = await qb.andWhere('c.id = :id', { id: caseId }).getOne();
    if (!found) {
      throw new ForgeryCaseException(ForgeryCaseExceptionCode.CASE_NOT_FOUND, `No forgery case ${caseId}`, {
        field: 'input.caseId',
      });
    }
    return found;
  }

  private expectStatus(found: ApplicantForgeryCase, status: ForgeryCaseStatus, otherwise: string): void {
    if (found.status !== status) {
      throw new ForgeryCaseException(
        ForgeryCaseExceptionCode.WRONG_STATUS,
        `Forgery case ${found.id} is ${found.status}: ${otherwise}`,
        { field: 'input.caseId', rule: `status-${status.toLowerCase().replace(/_/g, '-')}` },
      );
    }
  }

  private async byId(manager: EntityManager, id: string): Promise<ApplicantForgeryCase> {
    return manager.getRepository(ApplicantForgeryCase).findOneByOrFail({ id });
  }
}
