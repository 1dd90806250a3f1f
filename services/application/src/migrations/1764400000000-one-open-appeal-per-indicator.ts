import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One open appeal (复核) per application and indicator: the applicant and HR asking about the same
 * indicator at once must not start two reviews that could decide differently.
 */
export class OneOpenAppealPerIndicator1764400000000 implements MigrationInterface {
  name = 'OneOpenAppealPerIndicator1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX appeal_open_per_indicator_idx ON application.appeal (application_id, indicator)
        WHERE state IN ('REQUESTED', 'REVIEWED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX application.appeal_open_per_indicator_idx`);
  }
}
