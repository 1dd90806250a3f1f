import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addOutboxDeliveryConfirmationV2, dropOutboxDeliveryConfirmationV2 } from '@points/db';

const SCHEMA = 'notification';

/** Outbox rows stay "unconfirmed" per consumer until its job completed (docs/decisions/0003). */
export class OutboxDeliveryConfirmation1764700000000 implements MigrationInterface {
  name = 'OutboxDeliveryConfirmation1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await addOutboxDeliveryConfirmationV2(runner, SCHEMA);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropOutboxDeliveryConfirmationV2(runner, SCHEMA);
  }
}
