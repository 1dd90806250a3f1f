import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HRSS reads the review queue of every district at once, sorted like a centre's queue
 * (queue_due, id): this index serves that sort and its keyset pages without a district prefix.
 */
export class CityWideQueueIndex1764300000000 implements MigrationInterface {
  name = 'CityWideQueueIndex1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX application_queue_city_idx ON application.application (queue_due, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX application.application_queue_city_idx`);
  }
}
