import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Overdue ARCHIVE_REVIEW or SCORING goes to the district supervisor: when (the daily overdue job). */
export class OverdueEscalation1764900000000 implements MigrationInterface {
  name = 'OverdueEscalation1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE application.application ADD COLUMN escalated_on date`);
    await queryRunner.query(
      `CREATE INDEX application_escalated_idx ON application.application (district, escalated_on)
        WHERE escalated_on IS NOT NULL AND state IN ('ARCHIVE_REVIEW', 'SCORING')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX application.application_escalated_idx`);
    await queryRunner.query(`ALTER TABLE application.application DROP COLUMN escalated_on`);
  }
}
