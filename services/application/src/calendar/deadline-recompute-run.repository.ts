import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The one write path of `application.deadline_recompute_run`: which calendar data versions have
 * had their deadline recompute done (a row per version, written when a run completes).
 */
@Injectable()
export class DeadlineRecomputeRunRepository {
  async markCompleted(manager: EntityManager, calendarVersion: string): Promise<void> {
    await manager.query(
      `INSERT INTO application.deadline_recompute_run (calendar_version) VALUES ($1)
         ON CONFLICT (calendar_version) DO NOTHING`,
      [calendarVersion],
    );
  }

  async isCompleted(manager: EntityManager, calendarVersion: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM application.deadline_recompute_run WHERE calendar_version = $1`,
      [calendarVersion],
    );
    return rows.length > 0;
  }
}
