import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@points/auth';
import { enqueueEvent, type EventHandler } from '@points/db';
import { createEvent } from '@points/events';
import { AccountHistoryAction } from '../accounts/account-history.entity';
import { AccountEntity } from '../accounts/account.entity';
import { AccountWriter } from '../accounts/account-writer.service';
import { CLOCK, type Clock } from '../common/clock';
import { lastDayOfYears } from '../common/dates.util';
import { Employer } from '../employers/employer.entity';
import { EmployerHistoryAction, EmployerHistoryEntry } from '../history/employer-history.entity';
import { EmployerSanction, SanctionStatus } from './employer-sanction.entity';

/** A serious forgery case bars the individual from applying for 3 years (domain.md §3). */
export const FORGERY_BAN_YEARS = 3;

const SCHEMA = 'employer_registration';
const SYSTEM_ACTOR = { sub: 'archive-verification', role: 'SYSTEM' };

/**
 * verification.forgery-found: the employer's record gets a forgery case waiting for HRSS's fine
 * decision, and the individual a 3-year ban, announced to the application service. Runs inside
 * the inbox transaction, so a redelivered event changes nothing.
 */
@Injectable()
export class ForgeryFoundHandler {
  constructor(
    private readonly writer: AccountWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  readonly handle: EventHandler<'verification.forgery-found'> = async (event, manager) => {
    const data = event.data;
    const now = this.clock.now();
    const employer = await manager.findOneBy(Employer, { id: data.employerId });
    if (employer) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(EmployerSanction)
        .values({
          employerId: employer.id,
          status: SanctionStatus.PENDING_DECISION,
          reason: data.note,
          forgeryCaseId: data.caseId,
          applicationId: data.applicationId,
          applicantId: data.applicantId,
          foundOn: data.foundOn,
          createdAt: now,
        })
        .orIgnore()
        .execute();
      await manager.getRepository(EmployerHistoryEntry).insert({
        employerId: employer.id,
        action: EmployerHistoryAction.FORGERY_CASE_RECORDED,
        fromStatus: null,
        toStatus: null,
        actorId: SYSTEM_ACTOR.sub,
        actorRole: SYSTEM_ACTOR.role,
        reason: `verification case ${data.caseId} (application ${data.applicationId}) found forgery on ${data.foundOn}: ${data.note}`,
        at: now,
      });
    }

    const account = await manager.findOneBy(AccountEntity, { id: data.applicantId, role: Role.APPLICANT });
    if (!account) return;
    const bannedUntil = lastDayOfYears(data.foundOn, FORGERY_BAN_YEARS);
    if (account.bannedUntil !== null && account.bannedUntil >= bannedUntil) return;
    await manager.update(AccountEntity, { id: account.id }, { bannedUntil });
    account.bannedUntil = bannedUntil;
    await this.writer.recordHistory(manager, account.id, AccountHistoryAction.BANNED, null, now, {
      employerId: account.employerId,
      reason: `banned until ${bannedUntil}: forgery found on ${data.foundOn} (case ${data.caseId})`,
    });
    const current = account.employerId ? await manager.findOneBy(Employer, { id: account.employerId }) : null;
    await enqueueEvent(
      manager,
      SCHEMA,
      createEvent('applicant.employment-changed', {
        subject: `applicant:${account.id}`,
        data: this.writer.employmentChanged(account, current?.district ?? null, account.lastEmployerId),
        traceId: event.traceId,
      }),
    );
  };
}
