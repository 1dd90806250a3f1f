import { z } from 'zod';
import type { ServiceName } from '@points/config';
import { scoreProfileInputSchema } from '@points/scoring-engine';

const uuid = z.uuid();
const isoDate = z.iso.date();
const district = z.string().min(1);
/**
 * Personal data inside an event (resident ID, mobile) travels encrypted with the platform's PII
 * keys (`PiiCipher.encrypt(value, PII_EVENT_AAD.x)`): outbox rows and Redis hold no plaintext.
 */
// v1 AES-256-GCM, s1 SM4-CTR + HMAC-SM3 (PII_CIPHER; libs/crypto).
const piiToken = z.string().regex(/^[vs]\d+\./, 'a PiiCipher token');
const role = z.enum(['EMPLOYER_HR', 'APPLICANT']);
const applicationKind = z.enum(['NEW', 'RENEWAL', 'CHANGE']);
/** 同住人 as the form names them; a child of 16+ gives the high-school enrolment proof's reference. */
const coResident = z.object({
  relation: z.enum(['SPOUSE', 'CHILD']),
  name: z.string().min(1),
  birthDate: isoDate,
  highSchoolEnrolmentProof: z.string().nullable(),
});

/** Associated data for PII tokens in event payloads: decrypt with the same label. */
export const PII_EVENT_AAD = {
  mobile: 'event.mobile',
  residentId: 'event.resident-id',
} as const;

/** What the window's acceptance hands to verification: the claims and who to ask (also a reopening's). */
const acceptedSchema = z.object({
  applicationId: uuid,
  kind: applicationKind,
  applicantId: uuid,
  residentId: piiToken,
  employerId: uuid,
  employerCreditCode: z.string().length(18),
  district,
  receiptNo: z.string().min(1),
  acceptedOn: isoDate,
  /** The claims in the simulateScore input shape: which checks the case needs, never scored. */
  claimedProfile: z.record(z.string(), z.unknown()),
  /** Each diploma claimed (专升本: both), for the education verification. */
  educationHistory: z.array(
    z.object({
      level: z.string().min(1),
      school: z.string().min(1),
      major: z.string().nullable(),
      graduationDate: isoDate,
      fullTime: z.boolean(),
      overseas: z.boolean(),
      certificateNo: z.string().nullable(),
    }),
  ),
  /** Who holds the personnel archive (a district centre or a job agency). */
  archiveHolder: z.string().min(1),
  /** The permit as typed on the form: only a claim, checked against the residence registry. */
  residencePermit: z
    .object({ number: z.string(), validFrom: isoDate, validTo: isoDate })
    .nullable()
    .optional(),
  /**
   * The co-residents to print on the notice (同住人), each checked against the civil registers.
   * `added`: not on the approval this application continues (a new child means 调档, seed 000).
   */
  coResidents: z.array(coResident.extend({ added: z.boolean() })).optional(),
});

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
      employerName: z.string().min(1),
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
  /**
   * An employer's standing changed (registered, reviewed, details changed, district moved,
   * sanctioned). The application service keeps a projection: only an APPROVED, unsuspended
   * employer may file, and only in its district.
   */
  'employer.status-changed': {
    source: 'employer-registration',
    consumers: ['application'],
    schema: z.object({
      employerId: uuid,
      name: z.string().min(1),
      creditCode: z.string().length(18),
      district,
      status: z.enum(['PENDING_REVIEW', 'APPROVED', 'REJECTED']),
      suspendedUntil: isoDate.nullable(),
      /** What kind of establishment it is (第二条: staff of an out-of-town branch may not apply). */
      establishment: z
        .enum(['SHANGHAI_REGISTERED', 'OUT_OF_TOWN_REPRESENTATIVE_OFFICE', 'OUT_OF_TOWN_BRANCH'])
        .nullable()
        .optional(),
    }),
  },
  /**
   * How to reach an account holder by SMS. The notification service keeps a directory from these
   * (an HR contact per employer, an applicant by applicantId); `active: false` removes the entry.
   * For applicants, accountId is the applicantId.
   */
  'account.contact-changed': {
    source: 'employer-registration',
    consumers: ['notification'],
    schema: z.object({
      accountId: uuid,
      role,
      employerId: uuid.nullable(),
      district: district.nullable(),
      mobile: piiToken.nullable(),
      active: z.boolean(),
    }),
  },
  /**
   * A staff account (officer, supervisor, city verifier, HRSS) was created or changed. The
   * application service keeps the district staff, so work is assigned only to a real officer.
   */
  'staff.account-changed': {
    source: 'employer-registration',
    consumers: ['application'],
    schema: z.object({
      accountId: uuid,
      role: z.enum(['CENTRE_OFFICER', 'CENTRE_SUPERVISOR', 'CITY_VERIFIER', 'HRSS_ADMIN']),
      district: district.nullable(),
      active: z.boolean(),
    }),
  },
  /**
   * An applicant account was opened, released by its employer, or taken over by a new one (job
   * change). The application service keeps who may file for whom; `employerId` null: released.
   */
  'applicant.employment-changed': {
    source: 'employer-registration',
    consumers: ['application'],
    schema: z.object({
      applicantId: uuid,
      name: z.string().min(1),
      residentId: piiToken,
      employerId: uuid.nullable(),
      previousEmployerId: uuid.nullable(),
      district: district.nullable(),
      /** Set while the individual is banned after a serious forgery case (3 years). */
      bannedUntil: isoDate.nullable(),
    }),
  },
  'application.accepted': {
    source: 'application',
    consumers: ['archive-verification', 'notification'],
    schema: acceptedSchema,
  },
  /**
   * 复核 upheld on an unscored rejection (第二十一条): the application is back in ARCHIVE_REVIEW and
   * its claims are checked again. archive-verification opens a case of purpose APPEAL that asks
   * the registries anew and answers with `verification.case-completed`, as an acceptance's case
   * does. The payload is the acceptance's (the original receipt and acceptance day) with the appeal.
   */
  'application.reopened-on-appeal': {
    source: 'application',
    consumers: ['archive-verification'],
    schema: acceptedSchema.extend({ appealId: uuid }),
  },
  'application.materials-required': {
    source: 'application',
    consumers: ['notification'],
    schema: z.object({
      applicationId: uuid,
      applicantId: uuid,
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
      // The verified profile: the scoring engine's contract (its values are checked when scored).
      verifiedProfile: scoreProfileInputSchema.nullable(),
      findings: z.array(z.object({ code: z.string(), note: z.string() })),
      /** The permit as the residence registry holds it (null: no valid permit verified). */
      residencePermit: z
        .object({
          number: z.string().nullable(),
          issuedOn: isoDate.nullable(),
          endorsedOn: isoDate.nullable(),
          validFrom: isoDate.nullable(),
          validUntil: isoDate.nullable(),
        })
        .nullable()
        .optional(),
      /** Each co-resident claimed, verified or not (with the reason): only verified ones are printed. */
      coResidents: z
        .array(coResident.extend({ verified: z.boolean(), reason: z.string().nullable() }))
        .optional(),
    }),
  },
  /**
   * An unchanged RENEWAL with the same employer, submitted by HR: its online review (网审) asks the
   * registries, not the form. archive-verification opens a case of purpose RENEWAL_REVIEW (social
   * insurance and tax of the last 12 months, the permit's endorsement and expiry, the title's
   * position, the marriage and co-residents the approval it continues rests on) and answers with
   * `verification.renewal-facts-verified`. Lost on the way: the outbox relay re-drives it.
   */
  'application.renewal-review-requested': {
    source: 'application',
    consumers: ['archive-verification'],
    schema: z.object({
      applicationId: uuid,
      previousApplicationId: uuid,
      applicantId: uuid,
      residentId: piiToken,
      employerId: uuid,
      employerCreditCode: z.string().length(18),
      district,
      requestedOn: isoDate,
      archiveHolder: z.string().min(1),
      /**
       * What the approval being renewed rests on (its verified profile's claims that a registry
       * re-checks): the qualification and the spouse's marriage. Never scored.
       */
      claimedProfile: z.record(z.string(), z.unknown()),
      /** The permit as typed on the renewal's form: only a claim. */
      residencePermit: z
        .object({ number: z.string(), validFrom: isoDate, validTo: isoDate })
        .nullable()
        .optional(),
      /** The co-residents the approval printed (verified then): each is checked again. */
      coResidents: z.array(coResident),
    }),
  },
  /**
   * The registry facts of a renewal's online review (the case of purpose RENEWAL_REVIEW is
   * complete): the verified profile in the scoring engine's contract, on which the application
   * service runs `checkRenewal`. FAILED: a registry check failed (the findings say which).
   */
  'verification.renewal-facts-verified': {
    source: 'archive-verification',
    consumers: ['application'],
    schema: z.object({
      caseId: uuid,
      applicationId: uuid,
      outcome: z.enum(['VERIFIED', 'FAILED']),
      verifiedProfile: scoreProfileInputSchema,
      findings: z.array(z.object({ code: z.string(), note: z.string() })),
      residencePermit: z
        .object({
          number: z.string().nullable(),
          issuedOn: isoDate.nullable(),
          endorsedOn: isoDate.nullable(),
          validFrom: isoDate.nullable(),
          validUntil: isoDate.nullable(),
        })
        .nullable(),
      coResidents: z.array(coResident.extend({ verified: z.boolean(), reason: z.string().nullable() })),
    }),
  },
  /**
   * A verification found forged or false material. The employer-registration service records
   * the employer's sanction case and the individual's 3-year ban; the deduction itself travels in
   * the verified profile (falseMaterialDates).
   */
  'verification.forgery-found': {
    source: 'archive-verification',
    consumers: ['employer-registration'],
    schema: z.object({
      caseId: uuid,
      applicationId: uuid,
      applicantId: uuid,
      employerId: uuid,
      district,
      foundOn: isoDate,
      note: z.string().min(1),
    }),
  },
  'application.scoring-requested': {
    source: 'application',
    consumers: ['scoring'],
    schema: z.object({
      applicationId: uuid,
      kind: applicationKind,
      // Who may read the assessment: the applicant, the employer, the district centre, HRSS.
      applicantId: uuid,
      employerId: uuid,
      district,
      assessmentDate: isoDate,
      verifiedProfile: scoreProfileInputSchema,
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
      /** 第二条 / 第十三条: may the holder apply at all; the application approves only when both hold. */
      canApply: z.boolean(),
      /** The conditions that did not hold (codes and Chinese notes, no personal data beyond dates). */
      unmetConditions: z.array(
        z.object({ condition: z.string().min(1), code: z.string().min(1), note: z.string().min(1) }),
      ),
      ruleSetVersion: z.string(),
    }),
  },
  /**
   * The verified profile could not be scored (it breaks the profile rules, or no rule set is in
   * force on its date). The application stays in SCORING with the problems in its history, for
   * HRSS to correct upstream; answering "not eligible" would reject a person for a data defect.
   */
  'score.assessment-failed': {
    source: 'scoring',
    consumers: ['application'],
    schema: z.object({
      applicationId: uuid,
      requestEventId: uuid,
      problems: z.array(z.object({ field: z.string().min(1), rule: z.string().min(1) })).min(1),
    }),
  },
  /**
   * 复核 upheld (第二十一条): the corrected total of an application. Scoring keeps it beside the
   * assessment it corrects (which stays as it was decided), so the score shown and the decision agree.
   */
  'application.score-corrected': {
    source: 'application',
    consumers: ['scoring'],
    schema: z.object({
      applicationId: uuid,
      assessmentId: uuid.nullable(),
      appealId: uuid,
      indicator: z.string().min(1),
      delta: z.number().int(),
      correctedTotal: z.number().int(),
      decidedBy: z.string().min(1),
    }),
  },
  /**
   * The points of an application became valid (APPROVED, until `validUntil`) or void from today
   * (`validUntil` null: lapsed, or continued by a renewal or CHANGE). employer-registration lets a
   * holder whose points are no longer valid switch the employer code himself (seed 002).
   */
  'application.points-validity-changed': {
    source: 'application',
    consumers: ['employer-registration'],
    schema: z.object({
      applicationId: uuid,
      applicantId: uuid,
      validUntil: isoDate.nullable(),
    }),
  },
  /**
   * 第二十条: the residence-permit registry says a permit was cancelled (注销); the registry adapter
   * (archive-verification's registries) publishes it. The application service voids the holder's
   * points at once.
   */
  'residence-permit.cancelled': {
    source: 'archive-verification',
    consumers: ['application'],
    schema: z.object({
      residentId: piiToken,
      cancelledOn: isoDate,
      reason: z.string().min(1),
    }),
  },
  /**
   * An approved application's points are void from `voidedOn`: the permit was cancelled
   * (第二十条), or HRSS corrected points obtained irregularly below the standard score (第二十一条).
   * The holder and the employer are told by SMS.
   */
  'application.points-voided': {
    source: 'application',
    consumers: ['notification'],
    schema: z.object({
      applicationId: uuid,
      applicantId: uuid,
      employerId: uuid,
      district,
      voidedOn: isoDate,
      cause: z.enum(['PERMIT_CANCELLED', 'CORRECTED']),
      reason: z.string().min(1),
    }),
  },
  /**
   * SUBMITTED or MATERIALS_REQUIRED with nothing happening for too long: the application expired
   * (the daily overdue job). The holder and the employer are told by SMS.
   */
  'application.expired': {
    source: 'application',
    consumers: ['notification'],
    schema: z.object({
      applicationId: uuid,
      applicantId: uuid,
      employerId: uuid,
      district,
      waitingSince: isoDate,
      expiredOn: isoDate,
    }),
  },
  'application.decided': {
    source: 'application',
    consumers: ['notification'],
    schema: z.object({
      applicationId: uuid,
      kind: applicationKind,
      applicantId: uuid,
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
    schema: z.object({
      applicationId: uuid,
      applicantId: uuid,
      employerId: uuid,
      district,
      permitExpiresOn: isoDate,
    }),
  },
  'renewal.window-closing': {
    source: 'application',
    consumers: ['notification'],
    schema: z.object({
      applicationId: uuid,
      applicantId: uuid,
      employerId: uuid,
      district,
      windowClosesOn: isoDate,
    }),
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
