import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxInboxTablesV1, dropOutboxInboxTablesV1 } from '@points/db';

const SCHEMA = 'employer_registration';

export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${SCHEMA}.employer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        credit_code text NOT NULL UNIQUE,
        district text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING_REVIEW',
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX employer_district_status_idx ON ${SCHEMA}.employer (district, status, created_at, id)`,
    );
    await createOutboxInboxTablesV1(runner, SCHEMA);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropOutboxInboxTablesV1(runner, SCHEMA);
    await runner.query(`DROP TABLE ${SCHEMA}.employer`);
  }
}
