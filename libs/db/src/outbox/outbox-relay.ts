import { Queue, type ConnectionOptions } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { ServiceName } from '@points/config';
import { eventCatalogue, QueueName, type EventEnvelope, type EventType } from '@points/events';
import { eventsPublishedTotal } from '@points/observability';
import { DrainLoop } from '../drain-loop';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  schema: string;
  connection: ConnectionOptions;
  prefix: string;
  batchSize?: number;
  /** How often to look for unsent rows when nobody called `wake()`. */
  intervalMs?: number;
  onError?: (error: unknown) => void;
  /** Test seam: runs after publishing and before marking sent (a crash there must not double effects). */
  beforeMarkSent?: (ids: string[]) => Promise<void>;
}

/** Delivery settings of every event job: bounded retries, then the failed set for an admin. */
export const EVENT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  // Completed jobs are kept a day so that a republished event id is recognised and dropped.
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;

/**
 * Publishes outbox rows to each consumer's `<service>.events` queue with `jobId = event id`, then
 * marks them sent. Rows are claimed with FOR UPDATE SKIP LOCKED, so several replicas can relay at
 * once without publishing the same row concurrently. If the process dies between publishing and
 * marking, the row is published again: BullMQ drops a duplicate job id, and the consumer's inbox
 * drops a duplicate event, so the effect happens once.
 */
export class OutboxRelay {
  private readonly queues = new Map<ServiceName, Queue>();
  private readonly loop: DrainLoop;

  constructor(private readonly options: OutboxRelayOptions) {
    this.loop = new DrainLoop({
      pass: () => this.relayOnce(),
      intervalMs: options.intervalMs ?? 500,
      onError: options.onError,
    });
  }

  start(): void {
    this.loop.start();
  }

  /** Ask for a relay pass now (after a commit), instead of waiting for the next tick. */
  wake(): void {
    this.loop.wake();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }

  /** One pass: relays up to a batch; returns how many rows it marked sent. */
  async relayOnce(): Promise<number> {
    const { dataSource, schema } = this.options;
    const limit = this.options.batchSize ?? 200;
    return dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; type: EventType; envelope: EventEnvelope }> = await manager.query(
        `SELECT id, type, envelope FROM "${schema}".outbox
          WHERE sent_at IS NULL ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      for (const row of rows) {
        const consumers = eventCatalogue[row.type].consumers as readonly ServiceName[];
        for (const consumer of consumers) {
          await this.queueFor(consumer).add(row.type, row.envelope, { ...EVENT_JOB_OPTIONS, jobId: row.id });
        }
      }
      const ids = rows.map((r) => r.id);
      await this.options.beforeMarkSent?.(ids);
      await manager.query(
        `UPDATE "${schema}".outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      for (const row of rows) eventsPublishedTotal.inc({ type: row.type, source: row.envelope.source });
      return rows.length;
    });
  }

  private queueFor(service: ServiceName): Queue {
    let queue = this.queues.get(service);
    if (!queue) {
      queue = new Queue(QueueName.events(service), {
        connection: this.options.connection,
        prefix: this.options.prefix,
      });
      // A queue emits 'error' while Redis is away; the unsent rows wait for the next pass.
      queue.on('error', (error) => this.options.onError?.(error));
      this.queues.set(service, queue);
    }
    return queue;
  }
}
