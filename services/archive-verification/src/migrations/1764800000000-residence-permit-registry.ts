import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'archive_verification';

/**
 * The simulated residence-permit registry (居住证管理系统): one current permit per person, with
 * its latest endorsement, the expiry that gave, and a cancellation if any (第二十条).
 */
export class ResidencePermitRegistry1764800000000 implements MigrationInterface {
  name = 'ResidencePermitRegistry1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${SCHEMA}.registry_sim_residence_permit (
        resident_index text PRIMARY KEY
          REFERENCES ${SCHEMA}.registry_sim_person (resident_index) ON DELETE CASCADE,
        number text NOT NULL,
        issued_on date NOT NULL,
        endorsed_on date,
        valid_until date NOT NULL,
        cancelled_on date
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE IF EXISTS ${SCHEMA}.registry_sim_residence_permit`);
  }
}
