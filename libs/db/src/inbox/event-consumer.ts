import { Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import type { ServiceName } from '@points/config';
import { eventsConsumedBy, parseEvent, QueueName, type EventEnvelope, type EventType } from '@points/events';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { contextOfEvent, eventsHandledTotal, inSpan, instrumentWorker, tracer } from '@points/observability';
import { isConnectionError } from '../retry/connection-error';
import { waitOnConnectionError } from '../retry/wait-on-connection-error';

export type EventHandler<T extends EventType = EventType> = (
  event: EventEnvelope<T>,
  manager: EntityManager,
) => Promise<void>;

export type EventHandlers = { [T in EventType]?: EventHandler<T> };

export interface EventConsumerOptions {
  service: ServiceName;
  dataSource: DataSource;
  schema: string;
  connection: ConnectionOptions;
  prefix: string;
  handlers: EventHandlers;
  concurrency?: number;
  onError?: (error: unknown, job: Job | undefined) => void;
  /** A job put back to wait for PostgreSQL (or Redis); it spends no attempt. */
  onWait?: (error: unknown, job: Job, delayMs: number) => void;
}

/** The handler of one event type, typed for that type (the correlation a plain index loses). */
function handlerFor<T extends EventType>(handlers: EventHandlers, type: T): EventHandler<T> | undefined {
  return handlers[type];
}

/** Boot check (immich-style): the service handles exactly the events the catalogue routes to it. */
export function assertHandlersMatchCatalogue(service: ServiceName, handlers: EventHandlers): void {
  const routed = new Set<string>(eventsConsumedBy(service));
  const handled = new Set(Object.keys(handlers));
  const missing = [...routed].filter((t) => !handled.has(t));
  const extra = [...handled].filter((t) => !routed.has(t));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `${service} event handlers do not match the catalogue:` +
        (missing.length ? ` no handler for ${missing.join(', ')};` : '') +
        (extra.length ? ` handler for events not routed here: ${extra.join(', ')}` : ''),
    );
  }
}

/**
 * Handles one event in one transaction together with its inbox row: a redelivered event finds
 * its id already in the inbox and does nothing. Returns whether the handler ran.
 */
export async function handleEventOnce(
  dataSource: DataSource,
  schema: string,
  event: EventEnvelope,
  handler: EventHandler,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO "${schema}".inbox (event_id, type) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [event.id, event.type],
    );
    if (inserted.length === 0) return false;
    await handler(event, manager);
    return true;
  });
}

/** The worker of a service's `<service>.events` queue. */
export class EventConsumer {
  private worker: Worker | undefined;

  constructor(private readonly options: EventConsumerOptions) {
    assertHandlersMatchCatalogue(options.service, options.handlers);
  }

  start(): void {
    const { service, dataSource, schema, handlers } = this.options;
    const queue = QueueName.events(service);
    this.worker = new Worker(
      queue,
      // The bounded attempts are for events that fail on their own (a recipient not known yet);
      // PostgreSQL away is waited out, however long it takes (docs/decisions/0003).
      waitOnConnectionError(
        queue,
        async (job: Job) => {
          const event = parseEvent(job.data);
          const handler = handlerFor(handlers, event.type);
          if (!handler) throw new Error(`${service} has no handler for ${event.type}`);
          // A CONSUMER span in the publisher's trace; events this handler publishes are its children.
          const span = tracer.startSpan(
            `consume ${event.type}`,
            {
              kind: SpanKind.CONSUMER,
              attributes: { 'messaging.destination.name': job.queueName, 'event.id': event.id },
            },
            contextOfEvent(event.traceId, event.spanId),
          );
          try {
            const ran = await inSpan(span, () =>
              context.with(trace.setSpan(context.active(), span), () =>
                handleEventOnce(dataSource, schema, event, handler),
              ),
            );
            eventsHandledTotal.inc({
              type: event.type,
              consumer: service,
              outcome: ran ? 'handled' : 'duplicate',
            });
            return { handled: ran };
          } catch (error) {
            // Waiting for the database is not a failure of the event (dependency_waits_total counts it).
            if (!isConnectionError(error)) {
              eventsHandledTotal.inc({ type: event.type, consumer: service, outcome: 'failed' });
            }
            throw error;
          }
        },
        (job, error, delayMs) => this.options.onWait?.(error, job, delayMs),
      ),
      {
        connection: this.options.connection,
        prefix: this.options.prefix,
        concurrency: this.options.concurrency ?? 8,
      },
    );
    instrumentWorker(this.worker);
    this.worker.on('failed', (job, error) => this.options.onError?.(error, job));
    this.worker.on('error', (error) => this.options.onError?.(error, undefined));
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }
}
