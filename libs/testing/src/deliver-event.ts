import { Queue } from 'bullmq';
import type { ServiceName } from '@points/config';
import { createRedisConnection, EVENT_JOB_OPTIONS } from '@points/db';
import {
  createEvent,
  QueueName,
  type EventEnvelope,
  type EventPayload,
  type EventType,
} from '@points/events';
import type { SubgraphTestApp } from './subgraph-test-app';

/**
 * Puts an event on a service's `<service>.events` queue exactly as the outbox relay of the
 * publishing service would (jobId = event id), so a consumer is tested against the real queue.
 * Deliver the same envelope twice to test a redelivery.
 */
export async function deliverEvent<T extends EventType>(
  target: Pick<SubgraphTestApp, 'redis'>,
  service: ServiceName,
  envelope: EventEnvelope<T>,
  options: { jobId?: string } = {},
): Promise<void> {
  const connection = createRedisConnection(target.redis.url);
  const queue = new Queue(QueueName.events(service), { connection, prefix: target.redis.prefix });
  try {
    await queue.add(envelope.type, envelope, { ...EVENT_JOB_OPTIONS, jobId: options.jobId ?? envelope.id });
  } finally {
    await queue.close();
    await connection.quit();
  }
}

/** A valid envelope for tests (payload checked against the catalogue). */
export function testEvent<T extends EventType>(
  type: T,
  data: EventPayload<T>,
  subject = 'test',
): EventEnvelope<T> {
  return createEvent(type, { subject, data });
}
