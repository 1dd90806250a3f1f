import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The calendar data versions whose deadline recompute has completed. A recompute lost with Redis
 * (enqueued after HRSS entered a year, flushed before a worker took it) is then seen within a
 * redrive interval: the version in force has no row here, and the job is enqueued again. Before,
 * only the next 01:30 run did it.
 */
export class DeadlineRecomputeRuns1765500000000 implements MigrationInterface {
  name = 'DeadlineRecomputeRuns1765500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE application.deadline_recompute_run (
        calendar_version text PRIMARY KEY,
        completed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE application.deadline_recompute_run`);
  }
}
