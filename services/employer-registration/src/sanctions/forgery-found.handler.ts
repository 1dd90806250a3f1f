import { Inject, Injectable } from '@nestjs/common';
import { type EventHandler } from '@points/db';
import { CLOCK, type Clock } from '../common/clock';
import { Employer } from '../employers/employer.entity';
import { EmployerHistoryAction, EmployerHistoryEntry } from '../history/employer-history.entity';
import { ForgeryCasesService } from '../forgery-cases/forgery-cases.service';
import { EmployerSanction, SanctionStatus } from './employer-sanction.entity';

const SYSTEM_ACTOR = { sub: 'archive-verification', role: 'SYSTEM' };

/**
 * verification.forgery-found: the employer's record gets a forgery case waiting for HRSS's fine
 * decision, and the individual a case waiting for a person to decide whether it is serious
 * (forgery-cases). Runs inside the inbox transaction, so a redelivered event changes nothing.
 */
@Injectable()
export class ForgeryFoundHandler {
  constructor(
    private readonly cases: ForgeryCasesService,
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

    // The individual: a case for a person to decide, no ban yet (第二十二条: only 情节严重).
    await this.cases.open(manager, event);
  };
}
