import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxInboxTablesV1, dropOutboxInboxTablesV1 } from '@points/db';

const SCHEMA = 'scoring';

export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${SCHEMA}.rule_set (
        version text PRIMARY KEY,
        effective_from date NOT NULL,
        description text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await createOutboxInboxTablesV1(runner, SCHEMA);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropOutboxInboxTablesV1(runner, SCHEMA);
    await runner.query(`DROP TABLE ${SCHEMA}.rule_set`);
  }
}
