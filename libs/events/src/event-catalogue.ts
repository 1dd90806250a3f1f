import { z } from 'zod';
import type { ServiceName } from '@points/config';

const uuid = z.uuid();
const isoDate = z.iso.date();
const district = z.string().min(1);

/**
 * The typed catalogue of every cross-service event: who publishes it, who consumes it, and the
 * payload schema. The outbox relay routes by `consumers`; consumers validate with `schema`.
 * Adding a consumer here is all it takes for the relay to deliver to its `<service>.events` queue.
 */
export const eventCatalogue = {
  'employer.registration-reviewed': {
    source: 'employer-registration',
    consumers: ['notification'],
    schema: z.object({
      employerId: uuid,
      district,
      decision: z.enum(['APPROVED', 'REJECTED']),
      reason: z.string().nullable(),
    }),
  },
  'employer.password-reset': {
    source: 'employer-registration',
    consumers: ['notification'],
    schema: z.object({ accountId: uuid, district, resetBy: uuid }),
  },
  'application.accepted': {
    source: 'application',
    consumers: ['archive-verification', 'notification'],
    schema: z.object({
      applicationId: uuid,
      employerId: uuid,
      district,
      receiptNo: z.string().min(1),
      acceptedOn: isoDate,
    }),
  },
  'application.materials-required': {
    source: 'application',
    consumers: ['notification'],
    schema: z.object({
      applicationId: uuid,
      employerId: uuid,
      district,
      missing: z.array(z.string().min(1)).min(1),
    }),
  },
  'verification.case-completed': {
    source: 'archive-verification',
    consumers: ['application'],
    schema: z.object({
      caseId: uuid,
      applicationId: uuid,
      outcome: z.enum(['VERIFIED', 'FAILED']),
      // The verified profile in the simulateScore input shape; validated by the scoring engine.
      verifiedProfile: z.record(z.string(), z.unknown()).nullable(),
      findings: z.array(z.object({ code: z.string(), note: z.string() })),
    }),
  },
  'application.scoring-requested': {
    source: 'application',
    consumers: ['scoring'],
    schema: z.object({
      applicationId: uuid,
      assessmentDate: isoDate,
      verifiedProfile: z.record(z.string(), z.unknown()),
    }),
  },
  'score.assessed': {
    source: 'scoring',
    consumers: ['application'],
    schema: z.object({
      assessmentId: uuid,
      applicationId: uuid,
      total: z.number().int(),
      eligible: z.boolean(),
      ruleSetVersion: z.string(),
    }),
  },
  'application.decided': {
    source: 'application',
    consumers: ['notification'],
    schema: z.object({
      applicationId: uuid,
      employerId: uuid,
      district,
      decision: z.enum(['APPROVED', 'REJECTED']),
      validUntil: isoDate.nullable(),
      reason: z.string().nullable(),
    }),
  },
  'renewal.due': {
    source: 'application',
    consumers: ['notification'],
    schema: z.object({ applicationId: uuid, permitExpiresOn: isoDate }),
  },
  'renewal.window-closing': {
    source: 'application',
    consumers: ['notification'],
    schema: z.object({ applicationId: uuid, windowClosesOn: isoDate }),
  },
} as const satisfies Record<
  string,
  { source: ServiceName; consumers: readonly ServiceName[]; schema: z.ZodType }
>;

export type EventType = keyof typeof eventCatalogue;
export type EventPayload<T extends EventType> = z.infer<(typeof eventCatalogue)[T]['schema']>;

/** Event types a service consumes (its `<service>.events` queue receives exactly these). */
export function eventsConsumedBy(service: ServiceName): EventType[] {
  return (Object.keys(eventCatalogue) as EventType[]).filter((type) =>
    (eventCatalogue[type].consumers as readonly ServiceName[]).includes(service),
  );
}
