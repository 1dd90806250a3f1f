import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxInboxTablesV1, dropOutboxInboxTablesV1 } from '@points/db';

const SCHEMA = 'application';

export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${SCHEMA}.application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL,
        applicant_id uuid NOT NULL,
        district text NOT NULL,
        kind text NOT NULL,
        state text NOT NULL DEFAULT 'DRAFT',
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX application_employer_idx ON ${SCHEMA}.application (employer_id, created_at DESC, id DESC)`,
    );
    await runner.query(
      `CREATE INDEX application_district_state_idx ON ${SCHEMA}.application (district, state, created_at, id)`,
    );
    await createOutboxInboxTablesV1(runner, SCHEMA);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropOutboxInboxTablesV1(runner, SCHEMA);
    await runner.query(`DROP TABLE ${SCHEMA}.application`);
  }
}
