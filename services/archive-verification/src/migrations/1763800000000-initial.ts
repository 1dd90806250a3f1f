import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxInboxTablesV1, dropOutboxInboxTablesV1 } from '@points/db';

const SCHEMA = 'archive_verification';

export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${SCHEMA}.verification_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL UNIQUE,
        district text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN',
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await createOutboxInboxTablesV1(runner, SCHEMA);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropOutboxInboxTablesV1(runner, SCHEMA);
    await runner.query(`DROP TABLE ${SCHEMA}.verification_case`);
  }
}
