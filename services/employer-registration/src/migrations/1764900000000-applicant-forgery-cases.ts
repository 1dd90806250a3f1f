import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 第二十二条: a forgery finding opens a case on the individual for a person to decide. Only a case
 * decided serious (情节严重) bans the person for 3 years; otherwise the deduction (which travels in
 * the verified profile) is all. The person may ask for review; a second person decides it.
 */
export class ApplicantForgeryCases1764900000000 implements MigrationInterface {
  name = 'ApplicantForgeryCases1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employer_registration.applicant_forgery_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verification_case_id uuid NOT NULL UNIQUE,
        applicant_id uuid NOT NULL,
        application_id uuid NOT NULL,
        employer_id uuid NOT NULL,
        district text NOT NULL,
        found_on date NOT NULL,
        note text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING_DECISION', 'DECIDED', 'APPEALED', 'APPEAL_DECIDED')),
        serious boolean,
        banned_until date,
        decided_by text,
        decided_role text,
        decided_at timestamptz,
        decision_reason text,
        appeal_reason text,
        appealed_at timestamptz,
        appeal_upheld boolean,
        appeal_decided_by text,
        appeal_decided_at timestamptz,
        appeal_decision_reason text,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX applicant_forgery_case_applicant_idx ON employer_registration.applicant_forgery_case (applicant_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX applicant_forgery_case_open_idx ON employer_registration.applicant_forgery_case (status, district)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE employer_registration.applicant_forgery_case`);
  }
}
