import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whose points are valid until when, as the application service announces them
 * (application.points-validity-changed): a holder whose points are no longer valid switches the
 * employer code himself (seed 002).
 */
export class PointsValidity1764600000000 implements MigrationInterface {
  name = 'PointsValidity1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employer_registration.points_validity (
        application_id uuid PRIMARY KEY,
        applicant_id uuid NOT NULL,
        valid_until date,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX points_validity_applicant_idx ON employer_registration.points_validity (applicant_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE employer_registration.points_validity`);
  }
}
