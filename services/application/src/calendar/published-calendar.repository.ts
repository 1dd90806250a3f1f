import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CalendarDay, CalendarYearRevision } from './calendar-year.model';

interface Row {
  year: number;
  revision: number;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
  document_ref: string;
  reason: string;
  changed_by: string;
  changed_by_role: string;
  changed_at: Date;
}

const COLUMNS = `year, revision, holidays, workdays, document_ref, reason, changed_by, changed_by_role, changed_at`;

function revisionOf(row: Row): CalendarYearRevision {
  return {
    year: row.year,
    revision: row.revision,
    holidays: row.holidays,
    workdays: row.workdays,
    documentRef: row.document_ref,
    reason: row.reason,
    changedBy: row.changed_by,
    changedByRole: row.changed_by_role,
    changedAt: row.changed_at,
  };
}

export type NewCalendarYearRevision = Omit<CalendarYearRevision, 'changedAt'>;

/** The one write path of `application.published_calendar` (append-only: INSERT, never UPDATE). */
@Injectable()
export class PublishedCalendarRepository {
  /** The entry in force of every year (its highest revision). */
  async inForce(manager: EntityManager): Promise<CalendarYearRevision[]> {
    const rows: Row[] = await manager.query(
      `SELECT DISTINCT ON (year) ${COLUMNS} FROM application.published_calendar ORDER BY year, revision DESC`,
    );
    return rows.map(revisionOf);
  }

  /** Every entry of a year, newest first. */
  async revisionsOf(manager: EntityManager, year: number): Promise<CalendarYearRevision[]> {
    const rows: Row[] = await manager.query(
      `SELECT ${COLUMNS} FROM application.published_calendar WHERE year = $1 ORDER BY revision DESC`,
      [year],
    );
    return rows.map(revisionOf);
  }

  /**
   * Inside a transaction: the year's current revision (0 if never entered), with the year locked
   * until commit so that two entries of one year are taken one after the other.
   */
  async lockYear(manager: EntityManager, year: number): Promise<number> {
    // An advisory lock, not a row lock: the first entry of a year has no row to lock yet.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('application.published_calendar'), $1)`, [
      year,
    ]);
    const [row]: Array<{ revision: number | null }> = await manager.query(
      `SELECT max(revision) AS revision FROM application.published_calendar WHERE year = $1`,
      [year],
    );
    return row?.revision ?? 0;
  }

  async insert(manager: EntityManager, entry: NewCalendarYearRevision): Promise<CalendarYearRevision> {
    const [row]: Row[] = await manager.query(
      `INSERT INTO application.published_calendar
         (year, revision, holidays, workdays, document_ref, reason, changed_by, changed_by_role)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        entry.year,
        entry.revision,
        JSON.stringify(entry.holidays),
        JSON.stringify(entry.workdays),
        entry.documentRef,
        entry.reason,
        entry.changedBy,
        entry.changedByRole,
      ],
    );
    return revisionOf(row!);
  }
}
