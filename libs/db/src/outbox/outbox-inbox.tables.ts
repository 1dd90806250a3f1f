import type { QueryRunner } from 'typeorm';

/**
 * Version 1 of the outbox and inbox tables. Each service's first migration calls this, so the
 * tables are created by migrations like every other table (never by synchronize). A later change
 * of shape gets a V2 function and a new migration; this one must not change.
 */
export async function createOutboxInboxTablesV1(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`
    CREATE TABLE "${schema}".outbox (
      id uuid PRIMARY KEY,
      type text NOT NULL,
      subject text NOT NULL,
      envelope jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text
    )`);
  // The relay only ever looks at unsent rows, oldest first.
  await runner.query(
    `CREATE INDEX outbox_unsent_idx ON "${schema}".outbox (created_at, id) WHERE sent_at IS NULL`,
  );
  await runner.query(`
    CREATE TABLE "${schema}".inbox (
      event_id uuid PRIMARY KEY,
      type text NOT NULL,
      handled_at timestamptz NOT NULL DEFAULT now()
    )`);
}

export async function dropOutboxInboxTablesV1(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP TABLE IF EXISTS "${schema}".inbox`);
  await runner.query(`DROP TABLE IF EXISTS "${schema}".outbox`);
}
