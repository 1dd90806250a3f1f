import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'archive_verification';

/**
 * A case has a purpose: ACCEPTANCE (the window accepted the application: every check) or
 * RENEWAL_REVIEW (an unchanged renewal's online review: the registries it is decided on). A
 * renewal that fails its online review and is then accepted at the window has one of each, so
 * the application's uniqueness becomes (application, purpose). An online review has no receipt
 * (收件凭证 is the window's): the receipt number may be empty.
 */
export class VerificationCasePurpose1765000000000 implements MigrationInterface {
  name = 'VerificationCasePurpose1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE ${SCHEMA}.verification_case
        ADD COLUMN purpose text NOT NULL DEFAULT 'ACCEPTANCE'
          CHECK (purpose IN ('ACCEPTANCE', 'RENEWAL_REVIEW')),
        ALTER COLUMN receipt_no DROP NOT NULL,
        DROP CONSTRAINT verification_case_application_id_key,
        ADD CONSTRAINT verification_case_application_purpose_key UNIQUE (application_id, purpose)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM ${SCHEMA}.verification_case WHERE purpose <> 'ACCEPTANCE'`);
    await runner.query(`
      ALTER TABLE ${SCHEMA}.verification_case
        DROP CONSTRAINT verification_case_application_purpose_key,
        ADD CONSTRAINT verification_case_application_id_key UNIQUE (application_id),
        ALTER COLUMN receipt_no SET NOT NULL,
        DROP COLUMN purpose`);
  }
}
