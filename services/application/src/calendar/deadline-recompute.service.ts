import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentCalendarVersion } from '@points/calendar';
import type { DataSource } from 'typeorm';
import { ApplicationState } from '../applications/application-state.enum';
import { ApplicationRepository, type ApplicationPatch } from '../applications/application.repository';
import { DeadlineRecomputeRunRepository } from './deadline-recompute-run.repository';
import { SYSTEM_ACTOR } from '../history/application-history.service';
import { EntryCode } from '../history/history-codes';
import {
  ARCHIVE_REVIEW_WORKING_DAYS,
  SCORING_WORKING_DAYS,
  workingDayDeadline,
} from '../review-queue/deadlines.util';

export interface DeadlineRecomputeRun {
  /** Running deadlines counted with other calendar data than today's. */
  checked: number;
  /** Those whose day or provisional mark changed (each with a history entry). */
  recomputed: number;
}

const provisionalMark = (provisional: boolean | null): string => (provisional ? '（暂定）' : '');

/**
 * Recomputes the deadlines still running (ARCHIVE_REVIEW's, SCORING's) that were counted with
 * calendar data other than the data in force: provisional ones once their year is published, and
 * any counted with an entry HRSS has since corrected. From the same start day and the same number
 * of working days as when first set; a change is written with its history entry and moves the
 * queue order with it. Idempotent: run after each entry and daily. A completed run is marked with
 * its calendar version (`deadline_recompute_run`): the calendar's reload, every redrive interval,
 * enqueues one again while the version in force has no mark, so a run lost with Redis is redone
 * within about a minute instead of at the next 01:30.
 */
@Injectable()
export class DeadlineRecomputeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ApplicationRepository,
    private readonly runs: DeadlineRecomputeRunRepository,
  ) {}

  /** Whether a run has completed with the calendar data in force (else one was lost, or is due). */
  async isDoneForCurrentCalendar(): Promise<boolean> {
    return this.runs.isCompleted(this.dataSource.manager, currentCalendarVersion());
  }

  async run(): Promise<DeadlineRecomputeRun> {
    const version = currentCalendarVersion();
    const candidates: Array<{
      id: string;
      from: string;
      due: string;
      provisional: boolean | null;
      archive: boolean;
    }> = await this.dataSource.query(
      `SELECT id, state = 'ARCHIVE_REVIEW' AS archive,
                to_char(CASE state WHEN 'ARCHIVE_REVIEW' THEN accepted_on ELSE scoring_started_on END, 'YYYY-MM-DD') AS "from",
                to_char(CASE state WHEN 'ARCHIVE_REVIEW' THEN archive_due_on ELSE scoring_due_on END, 'YYYY-MM-DD') AS due,
                CASE state WHEN 'ARCHIVE_REVIEW' THEN archive_due_provisional ELSE scoring_due_provisional END AS provisional
           FROM application.application
          WHERE (state = 'ARCHIVE_REVIEW' AND accepted_on IS NOT NULL AND archive_due_on IS NOT NULL
                 AND (archive_due_provisional OR archive_due_calendar IS DISTINCT FROM $1))
             OR (state = 'SCORING' AND scoring_started_on IS NOT NULL AND scoring_due_on IS NOT NULL
                 AND (scoring_due_provisional OR scoring_due_calendar IS DISTINCT FROM $1))
          ORDER BY id`,
      [version],
    );
    let recomputed = 0;
    for (const candidate of candidates) {
      // Most of them count the same as before (a year entered moves only the deadlines that cross
      // its holidays): those are left without a lock or a write, and looked at again the next day.
      const expected = workingDayDeadline(
        candidate.from,
        candidate.archive ? ARCHIVE_REVIEW_WORKING_DAYS : SCORING_WORKING_DAYS,
      );
      if (expected.dueOn === candidate.due && expected.provisional === Boolean(candidate.provisional))
        continue;
      const { id } = candidate;
      // One transaction per application: a long run holds no lock on the others.
      const changed = await this.dataSource.transaction(async (manager) => {
        const row = await this.repository.lockedById(manager, id);
        const archive = row.state === ApplicationState.ARCHIVE_REVIEW;
        if (!archive && row.state !== ApplicationState.SCORING) return false; // moved on meanwhile
        const from = archive ? row.acceptedOn : row.scoringStartedOn;
        const was = archive ? row.archiveDueOn : row.scoringDueOn;
        const wasProvisional = archive ? row.archiveDueProvisional : row.scoringDueProvisional;
        if (!from || !was) return false;
        const now = workingDayDeadline(from, archive ? ARCHIVE_REVIEW_WORKING_DAYS : SCORING_WORKING_DAYS);
        if (now.dueOn === was && now.provisional === Boolean(wasProvisional)) return false;
        const patch: ApplicationPatch = archive
          ? {
              archiveDueOn: now.dueOn,
              archiveDueProvisional: now.provisional,
              archiveDueCalendar: now.calendarDataVersion,
            }
          : {
              scoringDueOn: now.dueOn,
              scoringDueProvisional: now.provisional,
              scoringDueCalendar: now.calendarDataVersion,
            };
        await this.repository.amend(manager, {
          id,
          actor: SYSTEM_ACTOR,
          patch: { ...patch, queueDue: now.dueOn },
          code: EntryCode.DEADLINE_RECOMPUTED,
          reason:
            `${archive ? '档案核查' : '积分核定'}期限按工作日日历（${now.calendarDataVersion}）重新计算：` +
            `${was}${provisionalMark(wasProvisional)} → ${now.dueOn}${provisionalMark(now.provisional)}` +
            ` (deadline recomputed with the calendar in force: ${was}${wasProvisional ? ' provisional' : ''} → ${now.dueOn}${now.provisional ? ' provisional' : ''})`,
        });
        return true;
      });
      if (changed) recomputed += 1;
    }
    // Written last: a run that stopped half-way leaves no mark, and is enqueued again.
    await this.runs.markCompleted(this.dataSource.manager, version);
    return { checked: candidates.length, recomputed };
  }
}
