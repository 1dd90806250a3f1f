import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why scoring could not run (score.assessment-failed), kept on the application until HRSS
 * re-scores it or the officer rejects it: the two ways out of a failed SCORING.
 */
export class ScoringFailure1764600000000 implements MigrationInterface {
  name = 'ScoringFailure1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE application.application ADD COLUMN scoring_failure text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE application.application DROP COLUMN scoring_failure`);
  }
}
