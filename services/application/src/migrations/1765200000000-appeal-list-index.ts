import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HRSS's appeal list (appealList) filters by state and walks (requested_at, id) as its keyset:
 * this index answers both without sorting every appeal of the city.
 */
export class AppealListIndex1765200000000 implements MigrationInterface {
  name = 'AppealListIndex1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX appeal_state_requested_idx ON application.appeal (state, requested_at, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX application.appeal_state_requested_idx`);
  }
}
