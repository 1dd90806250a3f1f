import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxInboxTablesV1, dropOutboxInboxTablesV1 } from '@points/db';

const SCHEMA = 'notification';

export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${SCHEMA}.sms_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        version integer NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (code, version)
      )`);
    await createOutboxInboxTablesV1(runner, SCHEMA);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropOutboxInboxTablesV1(runner, SCHEMA);
    await runner.query(`DROP TABLE ${SCHEMA}.sms_template`);
  }
}
