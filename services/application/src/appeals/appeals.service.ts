import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DISTRICT_CODES, type AuthUser } from '@points/auth';
import { isApplyConditionCode, SH_2017_RULE_SET } from '@points/scoring-engine';
import { OutboxService } from '@points/subgraph';
import { ApplicationException, ApplicationExceptionCode } from '../applications/application.exception';
import { ApplicationState } from '../applications/application-state.enum';
import { ApplicationLifecycleService } from '../applications/application-lifecycle.service';
import { ApplicationRepository } from '../applications/application.repository';
import { ApplicationsService } from '../applications/applications.service';
import { decodeKeysetCursor, encodeKeysetCursor, updatedRows } from '@points/db';
import { ApplicationHistoryService } from '../history/application-history.service';
import {
  AppealState,
  type Appeal,
  type AppealFilter,
  type AppealPage,
  type AppealRequestInput,
} from './appeal.model';
import { EntryCode } from '../history/history-codes';

const MAX_PAGE = 100;
const OPEN_STATES = [AppealState.REQUESTED, AppealState.REVIEWED];
const isTimestamp = (key: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(key) && !Number.isNaN(Date.parse(key));

interface AppealRow {
  id: string;
  application_id: string;
  indicator: Appeal['indicator'];
  reason: string;
  state: AppealState;
  requested_by: string;
  requested_role: string;
  requested_at: Date;
  first_reviewer: string | null;
  first_review_note: string | null;
  proposed_delta: number | null;
  decided_by: string | null;
  decision_note: string | null;
  decided_at: Date | null;
  version: number;
}

interface AppealListRow extends AppealRow {
  district: string;
  receipt_no: string | null;
  current_total: number | null;
  cursor_at: string;
}

function toAppeal(r: AppealRow): Appeal {
  return {
    id: r.id,
    applicationId: r.application_id,
    indicator: r.indicator,
    reason: r.reason,
    state: r.state,
    requestedBy: r.requested_by,
    requestedRole: r.requested_role,
    requestedAt: r.requested_at,
    firstReviewer: r.first_reviewer,
    firstReviewNote: r.first_review_note,
    proposedDelta: r.proposed_delta,
    decidedBy: r.decided_by,
    decisionNote: r.decision_note,
    decidedAt: r.decided_at,
    version: r.version,
  };
}

function bad(field: string, rule: string, message: string): ApplicationException {
  return new ApplicationException(ApplicationExceptionCode.INVALID_ARGUMENT, message, { field, rule });
}

/**
 * 复核: a request per indicator with a reason (applicant or HR, on a decided application); a first
 * HRSS reviewer proposes a correction, a second HRSS person decides (never the same person). An
 * upheld correction changes `correctedTotal` on the application and is written into its history.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly history: ApplicationHistoryService,
    private readonly repository: ApplicationRepository,
    private readonly lifecycle: ApplicationLifecycleService,
    private readonly outbox: OutboxService,
  ) {}

  async request(user: AuthUser, input: AppealRequestInput): Promise<Appeal> {
    const application = await this.applications.findVisible(user, input.applicationId);
    if (application.state !== ApplicationState.APPROVED && application.state !== ApplicationState.REJECTED) {
      throw new ApplicationException(
        ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
        `A score can be appealed once the application is decided (APPROVED or REJECTED); it is ${application.state}`,
        { field: 'applicationId', rule: 'decided-only' },
      );
    }
    if (application.totalPoints === null) {
      throw bad(
        'applicationId',
        'scored-only',
        'This application was decided without a score; there is nothing to review',
      );
    }
    const reason = input.reason.trim();
    if (reason.length < 5)
      throw bad('reason', 'min-length-5', 'reason must say what is wrong (at least 5 characters)');
    return this.dataSource.transaction(async (manager) => {
      // The partial unique index keeps one open appeal per indicator, also against a race.
      const [row]: AppealRow[] = await manager.query(
        `INSERT INTO application.appeal (application_id, indicator, reason, requested_by, requested_role)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (application_id, indicator) WHERE state IN ('REQUESTED', 'REVIEWED') DO NOTHING
         RETURNING *`,
        [application.id, input.indicator, reason, user.sub, user.role],
      );
      if (!row) {
        throw new ApplicationException(
          ApplicationExceptionCode.APPEAL_ALREADY_OPEN,
          `An appeal on ${input.indicator} is already open for this application; it is decided first`,
          { field: 'indicator', rule: 'one-open-appeal-per-indicator' },
        );
      }
      await this.history.record(manager, {
        applicationId: application.id,
        from: application.state,
        to: application.state,
        actor: user.sub,
        role: user.role,
        code: EntryCode.APPEAL_FILED,
        reason: `申请复核 ${input.indicator}: ${reason}`,
      });
      return toAppeal(row);
    });
  }

  async listFor(applicationId: string): Promise<Appeal[]> {
    const rows: AppealRow[] = await this.dataSource.query(
      `SELECT * FROM application.appeal WHERE application_id = $1 ORDER BY requested_at, id`,
      [applicationId],
    );
    return rows.map(toAppeal);
  }

  /**
   * HRSS's list of appeals: open ones by default, oldest request first. Keyset on (requested_at, id):
   * the cursor carries requested_at to the microsecond as PostgreSQL printed it (a JS Date would
   * drop the microseconds and repeat or skip rows at a page boundary).
   */
  async page(filter: AppealFilter = {}, first = 20, after?: string | null): Promise<AppealPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw bad('first', 'between-1-and-100', `first must be between 1 and ${MAX_PAGE}`);
    }
    const district = filter.district ?? null;
    if (district !== null && !(DISTRICT_CODES as readonly string[]).includes(district)) {
      throw bad('filter.district', 'district-code', 'filter.district must be a district code such as XUHUI');
    }
    const states = filter.states?.length ? filter.states : OPEN_STATES;
    const cursor = after ? decodeKeysetCursor(after, isTimestamp) : undefined;
    if (cursor === null) throw bad('after', 'cursor', 'after is not a cursor this list handed out');
    const rows: AppealListRow[] = await this.dataSource.query(
      `SELECT p.*, a.district, a.receipt_no, COALESCE(a.corrected_total, a.total_points) AS current_total,
              to_char(p.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM application.appeal p JOIN application.application a ON a.id = p.application_id
        WHERE p.state = ANY($1::text[])
          AND ($2::text IS NULL OR a.district = $2)
          AND ($3::timestamptz IS NULL OR (p.requested_at, p.id) > ($3::timestamptz, $4::uuid))
        ORDER BY p.requested_at, p.id
        LIMIT $5`,
      [states, district, cursor?.key ?? null, cursor?.id ?? null, first + 1],
    );
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return {
      items: items.map((r) => ({
        ...toAppeal(r),
        district: r.district,
        receiptNo: r.receipt_no,
        currentTotal: r.current_total,
      })),
      hasNextPage: rows.length > first,
      endCursor: last ? encodeKeysetCursor(last.cursor_at, last.id) : null,
    };
  }

  private async locked(manager: EntityManager, id: string): Promise<AppealRow> {
    const [row]: AppealRow[] = await manager.query(
      `SELECT * FROM application.appeal WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row)
      throw new ApplicationException(ApplicationExceptionCode.APPLICATION_NOT_FOUND, `No appeal ${id}`);
    return row;
  }

  async review(
    user: AuthUser,
    id: string,
    version: number,
    proposedDelta: number,
    note: string,
  ): Promise<Appeal> {
    if (!note.trim()) throw bad('note', 'required', 'note is required: what the review found');
    return this.dataSource.transaction(async (manager) => {
      const appeal = await this.locked(manager, id);
      if (appeal.version !== version) throw this.stale();
      if (appeal.state !== AppealState.REQUESTED) {
        throw new ApplicationException(
          ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
          `The appeal is ${appeal.state}, not REQUESTED`,
          {
            field: 'id',
            rule: 'requested-only',
          },
        );
      }
      const rows = updatedRows<AppealRow>(
        await manager.query(
          `UPDATE application.appeal SET state = 'REVIEWED', first_reviewer = $2, first_review_note = $3, proposed_delta = $4,
             first_reviewed_at = now(), version = version + 1 WHERE id = $1 RETURNING *`,
          [id, user.sub, note.trim(), proposedDelta],
        ),
      );
      return toAppeal(rows[0]!);
    });
  }

  async decide(user: AuthUser, id: string, version: number, uphold: boolean, note: string): Promise<Appeal> {
    if (!note.trim()) throw bad('note', 'required', 'note is required: the reason of the decision');
    return this.outbox.transaction(async (manager, publish) => {
      const appeal = await this.locked(manager, id);
      if (appeal.version !== version) throw this.stale();
      if (appeal.state !== AppealState.REVIEWED) {
        throw new ApplicationException(
          ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
          `The appeal is ${appeal.state}, not REVIEWED`,
          {
            field: 'id',
            rule: 'reviewed-only',
          },
        );
      }
      // The second pair of eyes: the decider is never the first reviewer.
      if (appeal.first_reviewer === user.sub) {
        throw new ApplicationException(
          ApplicationExceptionCode.ROLE_NOT_ALLOWED,
          'A second HRSS person must decide: you reviewed this appeal first',
        );
      }
      if (appeal.requested_by === user.sub) {
        throw new ApplicationException(
          ApplicationExceptionCode.ROLE_NOT_ALLOWED,
          'A second HRSS person must decide: you filed this appeal',
        );
      }
      const application = await this.repository.lockedById(manager, appeal.application_id);
      const before = application.correctedTotal ?? application.totalPoints ?? 0;
      const delta = uphold ? (appeal.proposed_delta ?? 0) : 0;
      const after = Math.max(0, before + delta);
      const rows = updatedRows<AppealRow>(
        await manager.query(
          `UPDATE application.appeal SET state = $2, decided_by = $3, decision_note = $4, decided_at = now(), version = version + 1
            WHERE id = $1 RETURNING *`,
          [id, uphold ? AppealState.UPHELD : AppealState.DISMISSED, user.sub, note.trim()],
        ),
      );
      const reason = uphold
        ? `复核改正 ${appeal.indicator} ${delta >= 0 ? '+' : ''}${delta}: 总分 ${before} → ${after} (${note.trim()}; reviewed by ${appeal.first_reviewer ?? '?'})`
        : `复核维持原核定 ${appeal.indicator} (${note.trim()}; reviewed by ${appeal.first_reviewer ?? '?'})`;
      if (uphold && delta !== 0) {
        await this.repository.amend(manager, {
          id: appeal.application_id,
          actor: user,
          patch: { correctedTotal: after },
          code: EntryCode.SCORE_CORRECTED,
          reason,
        });
        await publish('application.score-corrected', `application:${appeal.application_id}`, {
          applicationId: appeal.application_id,
          assessmentId: application.assessmentId,
          appealId: appeal.id,
          indicator: appeal.indicator,
          delta,
          correctedTotal: after,
          decidedBy: user.sub,
        });
        // The corrected score changes the decision: a scored rejection now at the standard is approved,
        // unless the holder could not apply at all (第二条): a score appeal does not cure that.
        const cannotApply = (application.findings ?? []).some((finding) =>
          isApplyConditionCode(finding.code),
        );
        if (
          application.state === ApplicationState.REJECTED &&
          after >= SH_2017_RULE_SET.standard &&
          !cannotApply
        ) {
          await this.lifecycle.approveOnAppeal(
            manager,
            publish,
            application,
            user,
            after,
            `复核改正后总分 ${after} 分，达到标准分值 ${SH_2017_RULE_SET.standard} 分，积分核定通过 (upheld appeal: corrected total ${after} reaches the standard)`,
          );
        }
      } else {
        await this.history.record(manager, {
          applicationId: appeal.application_id,
          from: application.state,
          to: application.state,
          actor: user.sub,
          role: user.role,
          code: EntryCode.APPEAL_DECIDED,
          reason,
        });
      }
      return toAppeal(rows[0]!);
    });
  }

  private stale(): ApplicationException {
    return new ApplicationException(
      ApplicationExceptionCode.STALE_VERSION,
      'The appeal changed since you loaded it; reload and try again',
    );
  }
}
