import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addCalendarDays } from '@points/calendar';
import { OutboxService } from '@points/subgraph';
import { ApplicationRepository } from '../applications/application.repository';
import { SystemAction } from '../applications/application-transitions';
import { SYSTEM_ACTOR } from '../history/application-history.service';
import { RENEWAL_WINDOW_DAYS } from './renewal-window.util';

/**
 * Remind 45 days before the permit (and so the points) expires (domain.md §3): the holder must
 * endorse at least 30 days before expiry (seed 002), so the SMS comes 15 days before that
 * deadline, not on it.
 */
export const RENEWAL_DUE_DAYS_BEFORE = 45;

/**
 * A renewal filed in time (submitted to the centre, not decided) keeps the points it continues
 * alive until it is decided (domain.md §3): no reminder, no lapse. Approved, it supersedes them;
 * rejected or withdrawn, the next daily run lets them lapse.
 */
const NO_PENDING_RENEWAL = `NOT EXISTS (SELECT 1 FROM application.application r
   WHERE r.previous_application_id = a.id AND r.kind = 'RENEWAL' AND r.submitted_at IS NOT NULL
     AND r.state IN ('SUBMITTED', 'MATERIALS_REQUIRED', 'ARCHIVE_REVIEW', 'SCORING'))`;
/** Remind 10 days before the 60-day renewal window after the endorsement closes. */
export const WINDOW_CLOSING_DAYS_BEFORE = 10;

export interface ReminderRun {
  due: number;
  windowClosing: number;
  voided: number;
}

interface Candidate {
  id: string;
  applicant_id: string;
  employer_id: string;
  district: string;
  target: string;
}

/**
 * The daily pass: renewal.due, renewal.window-closing (each once per application and date: the
 * reminder table's key), and voiding the points of permits that lapsed without a renewal in time.
 * Catches up: a day the job did not run is covered by the next run.
 */
@Injectable()
export class RenewalRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly repository: ApplicationRepository,
  ) {}

  async run(today: string): Promise<ReminderRun> {
    return this.outbox.transaction(async (manager, publish) => {
      const due: Candidate[] = await manager.query(
        `INSERT INTO application.renewal_reminder (application_id, kind, target_date)
         SELECT a.id, 'RENEWAL_DUE', a.valid_until FROM application.application a
          WHERE a.state = 'APPROVED' AND a.points_voided_on IS NULL
            AND a.valid_until BETWEEN $1::date AND $2::date AND ${NO_PENDING_RENEWAL}
         ON CONFLICT DO NOTHING
         RETURNING application_id AS id, to_char(target_date, 'YYYY-MM-DD') AS target,
           (SELECT applicant_id FROM application.application WHERE id = application_id) AS applicant_id,
           (SELECT employer_id FROM application.application WHERE id = application_id) AS employer_id,
           (SELECT district FROM application.application WHERE id = application_id) AS district`,
        [today, addCalendarDays(today, RENEWAL_DUE_DAYS_BEFORE)],
      );
      for (const c of due) {
        await publish('renewal.due', `application:${c.id}`, {
          applicationId: c.id,
          applicantId: c.applicant_id,
          employerId: c.employer_id,
          district: c.district,
          permitExpiresOn: c.target,
        });
      }

      // Endorsed, window closing within 10 days, and no renewal filed against it yet.
      const closing: Candidate[] = await manager.query(
        `INSERT INTO application.renewal_reminder (application_id, kind, target_date)
         SELECT a.id, 'WINDOW_CLOSING', a.permit_endorsed_on + $3::int FROM application.application a
          WHERE a.state = 'APPROVED' AND a.points_voided_on IS NULL AND a.permit_endorsed_on IS NOT NULL
            AND a.permit_endorsed_on + $3::int BETWEEN $1::date AND $2::date
            AND NOT EXISTS (SELECT 1 FROM application.application r WHERE r.previous_application_id = a.id
                              AND r.kind = 'RENEWAL' AND r.state NOT IN ('WITHDRAWN', 'REJECTED'))
         ON CONFLICT DO NOTHING
         RETURNING application_id AS id, to_char(target_date, 'YYYY-MM-DD') AS target,
           (SELECT applicant_id FROM application.application WHERE id = application_id) AS applicant_id,
           (SELECT employer_id FROM application.application WHERE id = application_id) AS employer_id,
           (SELECT district FROM application.application WHERE id = application_id) AS district`,
        [today, addCalendarDays(today, WINDOW_CLOSING_DAYS_BEFORE), RENEWAL_WINDOW_DAYS],
      );
      for (const c of closing) {
        await publish('renewal.window-closing', `application:${c.id}`, {
          applicationId: c.id,
          applicantId: c.applicant_id,
          employerId: c.employer_id,
          district: c.district,
          windowClosesOn: c.target,
        });
      }

      // Points lapse with the permit: expired and either never endorsed or the window has closed.
      // A renewal approved since carries its own validity, so the old decision simply lapses.
      const voided: Array<{ id: string; applicant_id: string }> = await manager.query(
        `SELECT a.id, a.applicant_id FROM application.application a
          WHERE a.state = 'APPROVED' AND a.points_voided_on IS NULL AND a.valid_until < $1::date
            AND (a.permit_endorsed_on IS NULL OR a.permit_endorsed_on + $2::int < $1::date)
            AND ${NO_PENDING_RENEWAL}
          ORDER BY a.id`,
        [today, RENEWAL_WINDOW_DAYS],
      );
      for (const v of voided) {
        await this.repository.transition(manager, {
          id: v.id,
          action: SystemAction.POINTS_LAPSED,
          actor: SYSTEM_ACTOR,
          patch: { pointsVoidedOn: today },
          reason:
            '居住证已过期且未在期限内办理积分确认，积分失效 (the permit lapsed without a renewal in time: points void)',
        });
        await publish('application.points-validity-changed', `application:${v.id}`, {
          applicationId: v.id,
          applicantId: v.applicant_id,
          validUntil: null,
        });
      }
      return { due: due.length, windowClosing: closing.length, voided: voided.length };
    });
  }
}
