import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'application';

/**
 * 复核 of a rejection without a score (第二十一条): an appeal's subject is SCORE (one indicator,
 * as before) or REJECTION (the reason of an unscored rejection: no indicator). One open appeal on
 * the rejection per application, like one per indicator; and one upheld, because an upheld one
 * reopens the application with a verification case of purpose APPEAL, of which an application
 * has one ((application, purpose) is unique in archive_verification.verification_case).
 */
export class AppealOnRejection1765300000000 implements MigrationInterface {
  name = 'AppealOnRejection1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE ${SCHEMA}.appeal
        ADD COLUMN subject text NOT NULL DEFAULT 'SCORE' CHECK (subject IN ('SCORE', 'REJECTION')),
        ALTER COLUMN indicator DROP NOT NULL,
        ADD CONSTRAINT appeal_indicator_of_score_check CHECK ((subject = 'SCORE') = (indicator IS NOT NULL))`);
    await runner.query(
      `CREATE UNIQUE INDEX appeal_open_rejection_idx ON ${SCHEMA}.appeal (application_id)
        WHERE subject = 'REJECTION' AND state IN ('REQUESTED', 'REVIEWED')`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX appeal_upheld_rejection_idx ON ${SCHEMA}.appeal (application_id)
        WHERE subject = 'REJECTION' AND state = 'UPHELD'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX ${SCHEMA}.appeal_upheld_rejection_idx`);
    await runner.query(`DROP INDEX ${SCHEMA}.appeal_open_rejection_idx`);
    await runner.query(`DELETE FROM ${SCHEMA}.appeal WHERE subject = 'REJECTION'`);
    await runner.query(`
      ALTER TABLE ${SCHEMA}.appeal
        DROP CONSTRAINT appeal_indicator_of_score_check,
        ALTER COLUMN indicator SET NOT NULL,
        DROP COLUMN subject`);
  }
}
