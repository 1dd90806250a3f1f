import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A year's holiday schedule as HRSS enters it from the State Council notice, so that the working-day
 * calendar knows a year the chinese-days package does not (its data ends with 2026) without a release.
 * Append-only: each entry is a new revision of its year, with who, when, the notice and the reason;
 * the highest revision is the one in force. Deadlines already carry `*_due_provisional` and
 * `*_due_calendar` (1764000000000), which the recomputation compares with the calendar in force.
 */
export class PublishedCalendar1765100000000 implements MigrationInterface {
  name = 'PublishedCalendar1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE application.published_calendar (
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        revision integer NOT NULL CHECK (revision >= 1),
        holidays jsonb NOT NULL,
        workdays jsonb NOT NULL,
        document_ref text NOT NULL CHECK (length(btrim(document_ref)) > 0),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        changed_by text NOT NULL,
        changed_by_role text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, revision)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE application.published_calendar`);
  }
}
