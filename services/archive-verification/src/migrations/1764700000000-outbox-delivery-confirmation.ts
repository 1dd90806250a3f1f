import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addOutboxDeliveryConfirmationV2, dropOutboxDeliveryConfirmationV2 } from '@points/db';

const SCHEMA = 'archive_verification';

/** Outbox rows stay "unconfirmed" per consumer until its job completed (docs/decisions/0003). */
export class OutboxDeliveryConfirmation1764700000000 implements MigrationInterface {
  name = 'OutboxDeliveryConfirmation1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await addOutboxDeliveryConfirmationV2(runner, SCHEMA);
    // The dispatch sweep looks at tasks a job should be running: automated, dispatched, not final.
    await runner.query(
      `CREATE INDEX verification_task_dispatched_open ON ${SCHEMA}.verification_task (dispatched_at, id)
        WHERE automated AND dispatched_at IS NOT NULL AND requested_at IS NULL AND status IN ('PENDING', 'IN_PROGRESS')`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX IF EXISTS ${SCHEMA}.verification_task_dispatched_open`);
    await dropOutboxDeliveryConfirmationV2(runner, SCHEMA);
  }
}
