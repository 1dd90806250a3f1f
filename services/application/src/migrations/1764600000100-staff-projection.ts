import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The district staff as employer-registration announces them (staff.account-changed): a
 * supervisor assigns work only to a real, active officer of the district.
 */
export class StaffProjection1764600000100 implements MigrationInterface {
  name = 'StaffProjection1764600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE application.staff_projection (
        account_id uuid PRIMARY KEY,
        role text NOT NULL,
        district text,
        active boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE application.staff_projection`);
  }
}
