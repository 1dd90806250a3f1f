import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The co-residents (同住人) as the civil registers answered for them: only the verified ones are
 * printed on the points notice; the officer sees the others with the reason. And the permit as
 * the residence registry holds it, which the points' validity and the notice follow.
 */
export class CoResidentChecks1764800000200 implements MigrationInterface {
  name = 'CoResidentChecks1764800000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE application.application ADD COLUMN co_resident_checks jsonb`);
    // The permit as the residence registry holds it (number, issue, endorsement, expiry).
    await runner.query(`ALTER TABLE application.application ADD COLUMN verified_permit jsonb`);
    // The employer's kind of establishment, from its registration (第二条: out-of-town branches).
    await runner.query(`ALTER TABLE application.employer_projection ADD COLUMN establishment text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE application.employer_projection DROP COLUMN IF EXISTS establishment`);
    await runner.query(`ALTER TABLE application.application DROP COLUMN IF EXISTS verified_permit`);
    await runner.query(`ALTER TABLE application.application DROP COLUMN IF EXISTS co_resident_checks`);
  }
}
