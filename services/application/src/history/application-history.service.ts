import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ApplicationState } from '../applications/application-state.enum';
import type { ApplicationHistoryEntry } from './application-history.model';
import { EntryCode, isHistoryCode, type HistoryCode } from './history-codes';

export interface HistoryInput {
  applicationId: string;
  from: ApplicationState | null;
  to: ApplicationState;
  actor: string;
  role: string;
  reason?: string | null;
  /** What happened (history-codes.ts); AMENDED when the caller names nothing. */
  code?: HistoryCode;
  /** FORM_EDITED: the sections saved. */
  fields?: readonly string[] | null;
}

/** The system's own steps (events, the daily job) are recorded under this actor and role. */
export const SYSTEM_ACTOR = { sub: 'system', role: 'SYSTEM' } as const;

@Injectable()
export class ApplicationHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Written with the caller's transaction, so a change never commits without its entry. */
  async record(manager: EntityManager, entry: HistoryInput): Promise<void> {
    await manager.query(
      `INSERT INTO application.application_history (application_id, from_state, to_state, actor, role, reason, code, fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.applicationId,
        entry.from,
        entry.to,
        entry.actor,
        entry.role,
        entry.reason ?? null,
        entry.code ?? EntryCode.AMENDED,
        entry.fields?.length ? [...entry.fields] : null,
      ],
    );
  }

  async list(applicationId: string): Promise<ApplicationHistoryEntry[]> {
    const rows: Array<{
      from_state: ApplicationState | null;
      to_state: ApplicationState;
      actor: string;
      role: string;
      at: Date;
      reason: string | null;
      code: string | null;
      fields: string[] | null;
    }> = await this.dataSource.query(
      `SELECT from_state, to_state, actor, role, at, reason, code, fields FROM application.application_history
          WHERE application_id = $1 ORDER BY id`,
      [applicationId],
    );
    return rows.map((r) => ({
      fromState: r.from_state,
      toState: r.to_state,
      actor: r.actor,
      role: r.role,
      at: r.at,
      code: r.code !== null && isHistoryCode(r.code) ? r.code : null,
      fields: r.fields,
      reason: r.reason,
    }));
  }
}
