import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 复核 corrections as the application service decided them (application.score-corrected): one row
 * per upheld appeal, beside the assessment it corrects; the assessment itself stays immutable.
 */
export class ScoreCorrections1764600000000 implements MigrationInterface {
  name = 'ScoreCorrections1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE scoring.score_correction (
        appeal_id uuid PRIMARY KEY,
        application_id uuid NOT NULL,
        assessment_id uuid,
        indicator text NOT NULL,
        delta integer NOT NULL,
        corrected_total integer NOT NULL,
        decided_by text NOT NULL,
        corrected_at timestamptz NOT NULL,
        recorded_seq bigint GENERATED ALWAYS AS IDENTITY
      )`);
    await runner.query(
      `CREATE INDEX score_correction_assessment_idx ON scoring.score_correction (assessment_id, recorded_seq)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE scoring.score_correction`);
  }
}
