import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type AuthUser } from '@points/auth';
import { addCalendarDays } from '@points/calendar';
import { OutboxService } from '@points/subgraph';
import type { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationRepository } from '../applications/application.repository';
import { SystemAction } from '../applications/application-transitions';
import { SYSTEM_ACTOR } from '../history/application-history.service';
import { EntryCode } from '../history/history-codes';
import { NOTHING_DUE, WAITING_EXPIRES_AFTER_DAYS } from '../review-queue/deadlines.util';

export interface OverdueRun {
  expired: number;
  escalated: number;
}

/**
 * The daily overdue pass (re-driven by the `application.overdue` BullMQ job scheduler): waiting
 * applications that nobody moved expire (with SMS), and ARCHIVE_REVIEW or SCORING past its
 * working-day deadline goes to the district supervisor, once, in the history. Catches up: a day
 * the job did not run is covered by the next run; a repeated run changes nothing.
 */
@Injectable()
export class OverdueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly repository: ApplicationRepository,
  ) {}

  async run(today: string): Promise<OverdueRun> {
    return this.outbox.transaction(async (manager, publish) => {
      const cutoff = addCalendarDays(today, -WAITING_EXPIRES_AFTER_DAYS);
      const waiting: Array<{ id: string; since: string }> = await manager.query(
        `SELECT id, to_char((updated_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS since
           FROM application.application
          WHERE state IN ('SUBMITTED', 'MATERIALS_REQUIRED')
            AND (updated_at AT TIME ZONE 'Asia/Shanghai')::date <= $1::date
            -- A renewal whose registries are still being asked (网审) waits on them, not on the
            -- employer: its verification case owns it (re-driven by the dispatcher's sweep, or a
            -- person's task). Once they answer (online_review) the window's 30 days count.
            AND NOT (kind = 'RENEWAL' AND NOT online_review AND EXISTS (
                  SELECT 1 FROM application.application_history h
                   WHERE h.application_id = application.id AND h.code = $2))
          ORDER BY id`,
        [cutoff, EntryCode.RENEWAL_FACTS_REQUESTED],
      );
      for (const w of waiting) {
        const expired = await this.repository.transition(manager, {
          id: w.id,
          action: SystemAction.EXPIRED_WAITING,
          actor: SYSTEM_ACTOR,
          patch: { queueDue: NOTHING_DUE, decidedAt: new Date() },
          reason: `自 ${w.since} 起 ${WAITING_EXPIRES_AFTER_DAYS} 日未受理，申请失效 (nothing happened for ${WAITING_EXPIRES_AFTER_DAYS} days since ${w.since}: expired)`,
        });
        await publish('application.expired', `application:${expired.id}`, {
          applicationId: expired.id,
          applicantId: expired.applicantId,
          employerId: expired.employerId,
          district: expired.district,
          waitingSince: w.since,
          expiredOn: today,
        });
      }

      const overdue: Array<{ id: string; state: string; due: string }> = await manager.query(
        `SELECT id, state, to_char(CASE state WHEN 'ARCHIVE_REVIEW' THEN archive_due_on ELSE scoring_due_on END, 'YYYY-MM-DD') AS due
           FROM application.application
          WHERE escalated_on IS NULL
            AND ((state = 'ARCHIVE_REVIEW' AND archive_due_on < $1::date)
              OR (state = 'SCORING' AND scoring_due_on < $1::date))
          ORDER BY id`,
        [today],
      );
      for (const o of overdue) {
        await this.repository.amend(manager, {
          id: o.id,
          actor: SYSTEM_ACTOR,
          patch: { escalatedOn: today },
          reason: `${o.state === 'SCORING' ? '积分核定' : '档案核查'}逾期 (due ${o.due})，已提交中心主管 (overdue: escalated to the district supervisor)`,
        });
      }
      return { expired: waiting.length, escalated: overdue.length };
    });
  }

  /** Escalated and still open: the supervisor's district, HRSS every district; longest overdue first. */
  async escalated(user: AuthUser): Promise<Application[]> {
    const qb = this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .where(`a.escalated_on IS NOT NULL AND a.state IN ('ARCHIVE_REVIEW', 'SCORING')`)
      .orderBy('a.queue_due', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(200);
    if (user.role !== Role.HRSS_ADMIN)
      qb.andWhere('a.district = :district', { district: user.district ?? '' });
    return qb.getMany();
  }
}
