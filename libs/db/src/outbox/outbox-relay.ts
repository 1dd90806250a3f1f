import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { ServiceName } from '@points/config';
import { eventCatalogue, QueueName, type EventEnvelope, type EventType } from '@points/events';
import { eventsPublishedTotal } from '@points/observability';
import { DrainLoop } from '../drain-loop';
import { redrivenTotal } from '@points/observability';

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
  /**
   * The reconciler: a published row whose consumer's job has not completed is looked at again
   * after `graceMs` (and then every `graceMs`), every `intervalMs`. 0 turns it off (tests).
   */
  reconcile?: { graceMs: number; intervalMs: number };
  /** First retry delay of the consumers' event jobs (EVENT_JOB_OPTIONS: 1 s). */
  retryDelayMs?: number;
}

/** What one reconcile pass found, per row and consumer. */
export interface ReconcileResult {
  /** Jobs seen completed: the consumer handled the event (its inbox has it); row confirmed. */
  confirmed: number;
  /** Jobs gone from Redis: published again under the same job id. */
  republished: number;
  /** Jobs still waiting, active, delayed or failed (the failed set is for an admin). */
  pending: number;
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
  private readonly reconcileLoop: DrainLoop | undefined;
  private readonly jobOptions: JobsOptions;

  constructor(private readonly options: OutboxRelayOptions) {
    this.jobOptions = options.retryDelayMs
      ? { ...EVENT_JOB_OPTIONS, backoff: { type: 'exponential', delay: options.retryDelayMs } }
      : EVENT_JOB_OPTIONS;
    this.loop = new DrainLoop({
      pass: () => this.relayOnce(),
      intervalMs: options.intervalMs ?? 500,
      onError: options.onError,
    });
    const reconcile = options.reconcile;
    if (reconcile && reconcile.intervalMs > 0) {
      this.reconcileLoop = new DrainLoop({
        // A full batch of republished rows is worth another pass at once; the rest waits a tick.
        pass: async () => ((await this.reconcileOnce()).republished >= this.batchSize ? 1 : 0),
        intervalMs: reconcile.intervalMs,
        onError: options.onError,
      });
    }
  }

  start(): void {
    this.loop.start();
    this.reconcileLoop?.start();
  }

  /** Ask for a relay pass now (after a commit), instead of waiting for the next tick. */
  wake(): void {
    this.loop.wake();
  }

  async stop(): Promise<void> {
    await Promise.all([this.loop.stop(), this.reconcileLoop?.stop()]);
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }

  /** One pass: relays up to a batch; returns how many rows it marked sent. */
  async relayOnce(): Promise<number> {
    const { dataSource, schema } = this.options;
    const limit = this.batchSize;
    return dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; type: EventType; envelope: EventEnvelope }> = await manager.query(
        `SELECT id, type, envelope FROM "${schema}".outbox
          WHERE sent_at IS NULL ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      // One addBulk (one Redis round trip) per consumer queue, not one add per row and consumer:
      // with a wave of acceptances the relay was a serial chain of hundreds of round trips per
      // batch (issue 18). The job id is still the event id, so a duplicate is still dropped.
      const byConsumer = new Map<
        ServiceName,
        Array<{ name: string; data: EventEnvelope; opts: JobsOptions }>
      >();
      for (const row of rows) {
        for (const consumer of eventCatalogue[row.type].consumers as readonly ServiceName[]) {
          let jobs = byConsumer.get(consumer);
          if (!jobs) byConsumer.set(consumer, (jobs = []));
          jobs.push({ name: row.type, data: row.envelope, opts: { ...this.jobOptions, jobId: row.id } });
        }
      }
      await Promise.all([...byConsumer].map(([consumer, jobs]) => this.queueFor(consumer).addBulk(jobs)));
      const ids = rows.map((r) => r.id);
      await this.options.beforeMarkSent?.(ids);
      // Sent is not done: every consumer stays "unconfirmed" until the reconciler sees its job
      // completed, so a job lost from Redis afterwards is found and published again.
      await manager.query(
        `UPDATE "${schema}".outbox o
            SET sent_at = now(), attempts = o.attempts + 1, checked_at = NULL,
                unconfirmed = ARRAY(SELECT jsonb_array_elements_text(($2::jsonb) -> o.type))
          WHERE o.id = ANY($1::uuid[])`,
        [ids, JSON.stringify(consumersByType(rows.map((r) => r.type)))],
      );
      for (const row of rows) eventsPublishedTotal.inc({ type: row.type, source: row.envelope.source });
      return rows.length;
    });
  }

  /**
   * One reconcile pass over rows published at least `graceMs` ago whose consumers are not all
   * confirmed. For each such consumer it asks BullMQ for the job (jobId = event id): completed
   * means handled (the consumer's inbox recorded it in the same transaction), so the consumer is
   * confirmed; gone ("unknown": FLUSHALL, a lost AOF tail, trimmed) means the event is published
   * again under the same job id, and the consumer's inbox drops it if it had been handled. The
   * producer reads only its own outbox and the queue, never a consumer's tables.
   */
  async reconcileOnce(): Promise<ReconcileResult> {
    const { dataSource, schema } = this.options;
    const graceMs = this.options.reconcile?.graceMs ?? 30_000;
    const result: ReconcileResult = { confirmed: 0, republished: 0, pending: 0 };
    await dataSource.transaction(async (manager) => {
      const rows: Array<{
        id: string;
        type: EventType;
        envelope: EventEnvelope;
        unconfirmed: ServiceName[];
      }> = await manager.query(
        `SELECT id, type, envelope, unconfirmed FROM "${schema}".outbox
            WHERE unconfirmed IS NOT NULL
              AND COALESCE(checked_at, sent_at) < now() - make_interval(secs => $1::double precision / 1000)
            ORDER BY COALESCE(checked_at, sent_at), id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [graceMs, this.batchSize],
      );
      if (rows.length === 0) return;
      const remaining = await Promise.all(
        rows.map(async (row) => {
          const left: ServiceName[] = [];
          let republished = 0;
          for (const consumer of row.unconfirmed) {
            const queue = this.queueFor(consumer);
            const state = await queue.getJobState(row.id);
            if (state === 'completed') {
              result.confirmed++;
              continue;
            }
            left.push(consumer);
            if (state === 'unknown') {
              await queue.add(row.type, row.envelope, { ...this.jobOptions, jobId: row.id });
              redrivenTotal.inc({ kind: 'event', consumer });
              result.republished++;
              republished++;
            } else {
              result.pending++;
            }
          }
          return { id: row.id, left, republished };
        }),
      );
      await manager.query(
        `UPDATE "${schema}".outbox o
            SET checked_at = now(), attempts = o.attempts + r.republished,
                unconfirmed = CASE WHEN cardinality(r.left_consumers) = 0 THEN NULL ELSE r.left_consumers END
           FROM (SELECT (e ->> 'id')::uuid AS id, (e ->> 'republished')::int AS republished,
                        ARRAY(SELECT jsonb_array_elements_text(e -> 'left')) AS left_consumers
                   FROM jsonb_array_elements($1::jsonb) e) r
          WHERE o.id = r.id`,
        [JSON.stringify(remaining)],
      );
    });
    return result;
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 200;
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

function consumersByType(types: EventType[]): Record<string, readonly ServiceName[]> {
  return Object.fromEntries(
    types.map((type) => [type, eventCatalogue[type].consumers as readonly ServiceName[]]),
  );
}
