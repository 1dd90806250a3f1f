import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { updatedRows } from '@points/db';
import { AppealState, AppealSubject, type Appeal, type AppealListItem } from './appeal.model';

/** A row of `application.appeal`, as SQL names it. */
interface AppealRow {
  id: string;
  application_id: string;
  subject: AppealSubject;
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
    subject: r.subject,
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

export interface NewAppeal {
  applicationId: string;
  subject: AppealSubject;
  /** null on a REJECTION appeal. */
  indicator: Appeal['indicator'];
  reason: string;
  requestedBy: string;
  requestedRole: string;
}

/** An HRSS list page's rows (one more than asked: whether a next page exists) and each row's cursor key. */
export interface AppealListSlice {
  items: Array<AppealListItem & { cursorAt: string }>;
}

/**
 * The appeal aggregate's one write path (style.md): every SQL statement on `application.appeal`.
 * Each write moves the version; the state moves REQUESTED → REVIEWED → UPHELD | DISMISSED and
 * nowhere else (the WHERE of each UPDATE says from where).
 */
@Injectable()
export class AppealRepository {
  /**
   * Files the appeal; null when one on the same subject is already open (the partial unique
   * indexes: one per indicator, one on the rejection), also against a racing second request.
   */
  async insertOpen(manager: EntityManager, values: NewAppeal): Promise<Appeal | null> {
    const conflict =
      values.subject === AppealSubject.SCORE
        ? `(application_id, indicator) WHERE state IN ('REQUESTED', 'REVIEWED')`
        : `(application_id) WHERE subject = 'REJECTION' AND state IN ('REQUESTED', 'REVIEWED')`;
    const [row]: AppealRow[] = await manager.query(
      `INSERT INTO application.appeal (application_id, subject, indicator, reason, requested_by, requested_role)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ${conflict} DO NOTHING
       RETURNING *`,
      [
        values.applicationId,
        values.subject,
        values.indicator,
        values.reason,
        values.requestedBy,
        values.requestedRole,
      ],
    );
    return row ? toAppeal(row) : null;
  }

  /** Whether an appeal on this application's rejection was upheld already (it reopened it once). */
  async rejectionUpheld(manager: EntityManager, applicationId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM application.appeal WHERE application_id = $1 AND subject = 'REJECTION' AND state = 'UPHELD'`,
      [applicationId],
    );
    return rows.length > 0;
  }

  async listFor(manager: EntityManager, applicationId: string): Promise<Appeal[]> {
    const rows: AppealRow[] = await manager.query(
      `SELECT * FROM application.appeal WHERE application_id = $1 ORDER BY requested_at, id`,
      [applicationId],
    );
    return rows.map(toAppeal);
  }

  /**
   * Keyset on (requested_at, id) within the states, optionally one district: `limit` rows. The
   * cursor key is requested_at to the microsecond as PostgreSQL prints it.
   */
  async page(
    manager: EntityManager,
    query: {
      states: readonly AppealState[];
      district: string | null;
      after: { key: string; id: string } | null;
      limit: number;
    },
  ): Promise<AppealListSlice> {
    const rows: AppealListRow[] = await manager.query(
      `SELECT p.*, a.district, a.receipt_no, COALESCE(a.corrected_total, a.total_points) AS current_total,
              to_char(p.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM application.appeal p JOIN application.application a ON a.id = p.application_id
        WHERE p.state = ANY($1::text[])
          AND ($2::text IS NULL OR a.district = $2)
          AND ($3::timestamptz IS NULL OR (p.requested_at, p.id) > ($3::timestamptz, $4::uuid))
        ORDER BY p.requested_at, p.id
        LIMIT $5`,
      [query.states, query.district, query.after?.key ?? null, query.after?.id ?? null, query.limit],
    );
    return {
      items: rows.map((r) => ({
        ...toAppeal(r),
        district: r.district,
        receiptNo: r.receipt_no,
        currentTotal: r.current_total,
        cursorAt: r.cursor_at,
      })),
    };
  }

  /** Inside a transaction: the appeal, locked until commit; undefined when there is none. */
  async locked(manager: EntityManager, id: string): Promise<Appeal | undefined> {
    const [row]: AppealRow[] = await manager.query(
      `SELECT * FROM application.appeal WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ? toAppeal(row) : undefined;
  }

  /** REQUESTED → REVIEWED with the first reviewer's proposal. */
  async markReviewed(
    manager: EntityManager,
    id: string,
    review: { reviewer: string; note: string; proposedDelta: number },
  ): Promise<Appeal> {
    const rows = updatedRows<AppealRow>(
      await manager.query(
        `UPDATE application.appeal SET state = 'REVIEWED', first_reviewer = $2, first_review_note = $3,
           proposed_delta = $4, first_reviewed_at = now(), version = version + 1
          WHERE id = $1 AND state = 'REQUESTED' RETURNING *`,
        [id, review.reviewer, review.note, review.proposedDelta],
      ),
    );
    return this.written(rows, id);
  }

  /** REVIEWED → UPHELD or DISMISSED with the second person's decision. */
  async markDecided(
    manager: EntityManager,
    id: string,
    decision: { state: AppealState.UPHELD | AppealState.DISMISSED; decidedBy: string; note: string },
  ): Promise<Appeal> {
    const rows = updatedRows<AppealRow>(
      await manager.query(
        `UPDATE application.appeal SET state = $2, decided_by = $3, decision_note = $4, decided_at = now(),
           version = version + 1
          WHERE id = $1 AND state = 'REVIEWED' RETURNING *`,
        [id, decision.state, decision.decidedBy, decision.note],
      ),
    );
    return this.written(rows, id);
  }

  private written(rows: AppealRow[], id: string): Appeal {
    // The caller holds the row lock and checked the state: no row here is a defect, not an input.
    if (!rows[0]) throw new Error(`appeal ${id} was not in the state its write expects`);
    return toAppeal(rows[0]);
  }
}
