import { z } from 'zod';
import { AwardLevel, EducationLevel, QualificationLevel } from '@points/scoring-engine';
import {
  CIVIL_RECORD_KINDS,
  RegistryUnavailableError,
  type Registries,
  type RegistryKind,
} from '../registry.types';
import {
  REGISTRY_KEY_ID_HEADER,
  REGISTRY_SIGNATURE_HEADER,
  REGISTRY_TIMESTAMP_HEADER,
  signRegistryRequest,
} from './request-signing.util';

export interface HttpRegistryOptions {
  baseUrl: string;
  keyId: string;
  secret: string;
  /** Per request; the job's own attempt timeout is the outer bound. */
  timeoutMs: number;
  now?: () => number;
}

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const date = z.iso.date();
const responses = {
  diplomas: z.object({
    diplomas: z.array(
      z.object({
        level: z.enum(EducationLevel),
        school: z.string(),
        major: z.string().nullable().default(null),
        graduationDate: date,
        fullTime: z.boolean(),
        certificateNo: z.string().nullable().default(null),
      }),
    ),
  }),
  certificates: z.object({
    certificates: z.array(
      z.object({
        level: z.enum(QualificationLevel),
        certificateNo: z.string().nullable().default(null),
        issuedOn: date,
        matchesPosition: z.boolean(),
      }),
    ),
  }),
  socialInsurance: z.object({
    months: z.array(
      z.object({ month, base: z.number().nonnegative(), payerCreditCode: z.string(), backPaid: z.boolean() }),
    ),
  }),
  tax: z.object({
    months: z.array(z.object({ month, taxBase: z.number().nonnegative(), payerCreditCode: z.string() })),
  }),
  civil: z.object({
    records: z.array(
      z.object({ kind: z.enum(CIVIL_RECORD_KINDS), date, details: z.record(z.string(), z.unknown()) }),
    ),
  }),
  permit: z.object({
    permit: z
      .object({
        number: z.string().min(1),
        issuedOn: date,
        endorsedOn: date.nullable().default(null),
        validUntil: date,
        cancelledOn: date.nullable().default(null),
      })
      .nullable(),
  }),
  archive: z.object({
    status: z.enum(['REQUESTED', 'ANSWERED', 'NOT_HELD']),
    reference: z.string().nullable().default(null),
  }),
};

/**
 * The real registries: JSON over HTTPS, each request signed (HMAC-SHA256, key id header), with
 * a timeout. Anything but a 2xx with a well-formed answer is "unavailable": the job retries.
 */
export function createHttpRegistries(options: HttpRegistryOptions): Registries {
  const now = options.now ?? Date.now;
  const post = async <S extends z.ZodType>(
    registry: RegistryKind,
    path: string,
    payload: Record<string, unknown>,
    schema: S,
  ): Promise<z.infer<S>> => {
    const url = new URL(
      path.replace(/^\//, ''),
      options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
    );
    const body = JSON.stringify(payload);
    const timestamp = String(now());
    const signature = signRegistryRequest({
      method: 'POST',
      path: url.pathname,
      timestamp,
      body,
      secret: options.secret,
    });
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [REGISTRY_KEY_ID_HEADER]: options.keyId,
          [REGISTRY_TIMESTAMP_HEADER]: timestamp,
          [REGISTRY_SIGNATURE_HEADER]: signature,
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new RegistryUnavailableError(
        registry,
        timedOut ? `no answer within ${options.timeoutMs} ms` : `request failed (${String(error)})`,
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new RegistryUnavailableError(registry, `HTTP ${response.status}`);
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new RegistryUnavailableError(registry, 'the answer is not JSON');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new RegistryUnavailableError(registry, 'the answer does not have the agreed shape');
    return parsed.data;
  };

  return {
    education: {
      findDiplomas: async (residentId) =>
        (await post('EDUCATION', '/education/diplomas', { residentId }, responses.diplomas)).diplomas,
    },
    qualification: {
      findCertificates: async (residentId) =>
        (await post('QUALIFICATION', '/qualification/certificates', { residentId }, responses.certificates))
          .certificates,
    },
    socialInsurance: {
      findMonths: async (residentId, from, to) =>
        (
          await post(
            'SOCIAL_INSURANCE',
            '/social-insurance/months',
            { residentId, from, to },
            responses.socialInsurance,
          )
        ).months,
    },
    tax: {
      findMonths: async (residentId, from, to) =>
        (await post('TAX', '/tax/months', { residentId, from, to }, responses.tax)).months,
    },
    civilRecords: {
      findRecords: async (residentId, kinds) =>
        (await post('CIVIL_RECORDS', '/civil-records/search', { residentId, kinds }, responses.civil))
          .records,
    },
    archiveHolder: {
      requestArchive: (residentId, holder, mode) =>
        post('ARCHIVE_HOLDER', '/archive/requests', { residentId, holder, mode }, responses.archive),
    },
    residencePermit: {
      findPermit: async (residentId) =>
        (await post('RESIDENCE_PERMIT', '/residence-permit/current', { residentId }, responses.permit))
          .permit,
    },
  };
}

export type { AwardLevel };
