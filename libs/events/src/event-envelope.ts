import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { SERVICE_NAMES, type ServiceName } from '@points/config';
import { eventCatalogue, type EventPayload, type EventType } from './event-catalogue';

/** The envelope of one event type (architecture.md, "Events and jobs"). */
interface EnvelopeOf<T extends EventType> {
  /** Unique per event; the outbox row id, the BullMQ jobId and the consumer's inbox key. */
  id: string;
  type: T;
  /** ISO-8601 instant. */
  occurredAt: string;
  source: ServiceName;
  /** The aggregate the event is about, e.g. `employer:<uuid>`. */
  subject: string;
  data: EventPayload<T>;
  /** The OpenTelemetry trace the event was published in (W3C trace id), and the publishing span. */
  traceId: string | null;
  spanId?: string;
}

/**
 * The envelope every cross-service event travels in, as a union discriminated by `type`:
 * `EventEnvelope<'application.accepted'>` is that event's, `EventEnvelope` any event's, and
 * `switch (event.type)` narrows `data` to that event's payload, so consumers need no
 * `as EventEnvelope<'…'>` casts.
 */
export type EventEnvelope<T extends EventType = EventType> = { [K in T]: EnvelopeOf<K> }[T];

/** Any event (the same union as `EventEnvelope` with no type given). */
export type AnyEventEnvelope = EventEnvelope;

const envelopeShape = z.object({
  id: z.uuid(),
  type: z.enum(Object.keys(eventCatalogue) as [EventType, ...EventType[]]),
  occurredAt: z.iso.datetime({ offset: true }),
  source: z.enum(SERVICE_NAMES),
  subject: z.string().min(1),
  data: z.unknown(),
  traceId: z.string().nullable(),
  spanId: z.string().optional(),
});

export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

/** Builds an envelope, checking the payload against the catalogue and the source against its owner. */
export function createEvent<T extends EventType>(
  type: T,
  input: {
    subject: string;
    data: EventPayload<T>;
    source?: ServiceName;
    traceId?: string | null;
    spanId?: string;
    occurredAt?: Date;
  },
): EventEnvelope<T> {
  const entry = eventCatalogue[type];
  const source = input.source ?? entry.source;
  if (source !== entry.source) {
    throw new InvalidEventError(`${type} is published by ${entry.source}, not ${source}`);
  }
  const data = entry.schema.parse(input.data) as EventPayload<T>;
  return {
    id: randomUUID(),
    type,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    source,
    subject: input.subject,
    data,
    traceId: input.traceId ?? null,
    ...(input.spanId ? { spanId: input.spanId } : {}),
  };
}

/** Validates an envelope received from a queue (never trust the wire). */
export function parseEvent(raw: unknown): EventEnvelope {
  const envelope = envelopeShape.safeParse(raw);
  if (!envelope.success) throw new InvalidEventError(`malformed event envelope: ${envelope.error.message}`);
  return withPayload(envelope.data.type, envelope.data);
}

/** The envelope with its payload checked against its type's schema (generic in the type, so the result is that type's). */
function withPayload<T extends EventType>(
  type: T,
  envelope: Omit<z.infer<typeof envelopeShape>, 'type'>,
): EventEnvelope<T> {
  const payload = eventCatalogue[type].schema.safeParse(envelope.data);
  if (!payload.success) {
    throw new InvalidEventError(`payload of ${type} does not match its schema: ${payload.error.message}`);
  }
  return { ...envelope, type, data: payload.data as EventPayload<T> };
}
