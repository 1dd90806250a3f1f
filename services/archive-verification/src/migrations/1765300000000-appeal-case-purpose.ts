import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'archive_verification';

/**
 * A third purpose, APPEAL: 复核 upheld on a rejection without a score reopens the application and
 * every check is asked again in a case of its own (the acceptance's case keeps what was found
 * then). (application, purpose) stays unique: an application is reopened on appeal once.
 */
export class AppealCasePurpose1765300000000 implements MigrationInterface {
  name = 'AppealCasePurpose1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE ${SCHEMA}.verification_case
        DROP CONSTRAINT verification_case_purpose_check,
        ADD CONSTRAINT verification_case_purpose_check
          CHECK (purpose IN ('ACCEPTANCE', 'RENEWAL_REVIEW', 'APPEAL'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM ${SCHEMA}.verification_case WHERE purpose = 'APPEAL'`);
    await runner.query(`
      ALTER TABLE ${SCHEMA}.verification_case
        DROP CONSTRAINT verification_case_purpose_check,
        ADD CONSTRAINT verification_case_purpose_check CHECK (purpose IN ('ACCEPTANCE', 'RENEWAL_REVIEW'))`);
  }
}
