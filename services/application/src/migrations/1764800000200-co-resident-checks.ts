import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The co-residents (同住人) as the civil registers answered for them: only the verified ones are
 * printed on the points notice; the officer sees the others with the reason.
 */
export class CoResidentChecks1764800000200 implements MigrationInterface {
  name = 'CoResidentChecks1764800000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE application.application ADD COLUMN co_resident_checks jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE application.application DROP COLUMN IF EXISTS co_resident_checks`);
  }
}
