import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventType } from '@points/events';

/**
 * Writes an event into the outbox with the caller's transaction, so the state change and its
 * event commit together or not at all. The relay publishes it afterwards.
 */
export async function enqueueEvent<T extends EventType>(
  manager: EntityManager,
  schema: string,
  event: EventEnvelope<T>,
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    // Without a transaction the event could commit without its state change (or the reverse).
    throw new Error('enqueueEvent must run inside the transaction that changes the state');
  }
  await manager.query(
    `INSERT INTO "${schema}".outbox (id, type, subject, envelope) VALUES ($1, $2, $3, $4)`,
    [event.id, event.type, event.subject, JSON.stringify(event)],
  );
}
