// What a counted fact rests on (issue 14: "each decision records, per counted item, its evidence:
// the registry answer or the person's check"). The verified profile carries it per indicator and
// per apply condition (archive-verification fills it); the scoring service stores it on each item
// of the decision. Never personal data: a registry name, a task or request id, a staff account.
import { z } from 'zod';
import { ApplyCondition, ScoreIndicator } from './score-result.types';

export enum EvidenceKind {
  /** A registry answered (social insurance, tax, education, permit, …). */
  REGISTRY = 'REGISTRY',
  /** A person looked at the material and confirmed it (a manual task of the centre or an office). */
  MANUAL_CHECK = 'MANUAL_CHECK',
}

const text = z.string().trim().min(1).max(200);

export const evidenceSchema = z
  .strictObject({
    kind: z.enum(EvidenceKind),
    /** The registry (e.g. "SOCIAL_INSURANCE", "RESIDENCE_PERMIT") or the manual task's kind. */
    source: text,
    /** The registry request or the verification task it came from, to trace the answer. */
    reference: text.optional(),
    /** MANUAL_CHECK: the staff account (JWT subject) that confirmed it. Required for a manual check. */
    checkedBy: text.optional(),
    /** When the registry answered or the person confirmed, ISO 8601 with offset. */
    checkedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((evidence) => evidence.kind !== EvidenceKind.MANUAL_CHECK || evidence.checkedBy !== undefined, {
    path: ['checkedBy'],
    message: 'a MANUAL_CHECK names the person who checked (checkedBy)',
  });

export type Evidence = z.infer<typeof evidenceSchema>;

/** What may carry evidence: a score indicator, or an apply condition. */
export const evidenceSubjectSchema = z.enum([
  ...Object.values(ScoreIndicator),
  ...Object.values(ApplyCondition),
] as [string, ...string[]]);
export type EvidenceSubject = ScoreIndicator | ApplyCondition;

/** `verifiedProfile.evidence`: per subject, one or more sources (e.g. SOCIAL_INSURANCE_BASE: SI and tax). */
export const profileEvidenceSchema = z.partialRecord(
  evidenceSubjectSchema,
  z.array(evidenceSchema).min(1).max(20),
);
export type ProfileEvidence = Partial<Record<EvidenceSubject, Evidence[]>>;
