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

/**
 * Version 2: delivery confirmation. `unconfirmed` lists the consumers whose job for this row has
 * not been seen completed yet (set when the relay publishes; NULL once every consumer's job
 * completed, and for rows sent before this version). The reconciler re-publishes a row whose job
 * is gone from Redis (FLUSHALL, a lost AOF tail) to exactly those consumers.
 */
export async function addOutboxDeliveryConfirmationV2(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(
    `ALTER TABLE "${schema}".outbox ADD COLUMN unconfirmed text[], ADD COLUMN checked_at timestamptz`,
  );
  await runner.query(
    `CREATE INDEX outbox_unconfirmed_idx ON "${schema}".outbox (COALESCE(checked_at, sent_at), id)
      WHERE unconfirmed IS NOT NULL`,
  );
}

export async function dropOutboxDeliveryConfirmationV2(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP INDEX IF EXISTS "${schema}".outbox_unconfirmed_idx`);
  await runner.query(
    `ALTER TABLE "${schema}".outbox DROP COLUMN IF EXISTS unconfirmed, DROP COLUMN IF EXISTS checked_at`,
  );
}
