// What a counted fact rests on (issue 14: "each decision records, per counted item, its evidence:
// the registry answer or the person's check"). archive-verification puts one entry per fact of the
// verified profile (`field`: the profile field it backs); the scoring service stores on each item
// of the decision the entries of the fields that item is computed from (`EVIDENCE_FIELD_SUBJECTS`).
// Never personal data: a registry name, what was checked, a staff account, a date.
import { z } from 'zod';
import { isIsoDate } from './dates.util';
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
    /** The verified-profile field it backs, e.g. "education", "socialInsurance", "residencePermitValidUntil". */
    field: z.string().min(1).max(100),
    kind: z.enum(EvidenceKind),
    /** The registry, or for a person's check what they checked. */
    source: text,
    /** MANUAL_CHECK: the staff account (JWT subject) that confirmed it; null for a registry answer. */
    checkedBy: text.nullish(),
    /** The day of the check, YYYY-MM-DD. */
    checkedOn: z.string().refine(isIsoDate, 'must be a real date "YYYY-MM-DD"').nullish(),
  })
  .refine((evidence) => evidence.kind !== EvidenceKind.MANUAL_CHECK || Boolean(evidence.checkedBy), {
    path: ['checkedBy'],
    message: 'a MANUAL_CHECK names the person who checked (checkedBy)',
  });

export type Evidence = z.infer<typeof evidenceSchema>;

/** `verifiedProfile.evidence`: one entry per fact (a field may have several, e.g. social insurance and tax). */
export const profileEvidenceSchema = z.array(evidenceSchema).max(500);
export type ProfileEvidence = Evidence[];

export type EvidenceSubject = ScoreIndicator | ApplyCondition;

/** Which items and conditions each verified-profile field feeds. */
export const EVIDENCE_FIELD_SUBJECTS: Readonly<Record<string, readonly EvidenceSubject[]>> = {
  birthDate: [ScoreIndicator.AGE],
  education: [ScoreIndicator.EDUCATION],
  qualification: [ScoreIndicator.QUALIFICATION],
  qualificationMatchesPosition: [ScoreIndicator.QUALIFICATION],
  socialInsurance: [
    ScoreIndicator.QUALIFICATION,
    ScoreIndicator.SOCIAL_INSURANCE_YEARS,
    ScoreIndicator.SOCIAL_INSURANCE_BASE,
    ApplyCondition.SOCIAL_INSURANCE_MONTHS,
  ],
  entrepreneur: [ScoreIndicator.ENTREPRENEUR],
  innovationIntermediary: [ScoreIndicator.INNOVATION_INTERMEDIARY],
  shortageMajor: [ScoreIndicator.SHORTAGE_MAJOR],
  averageAnnualTaxCny: [ScoreIndicator.INVESTMENT_TAX],
  averageAnnualLocalHires: [ScoreIndicator.LOCAL_EMPLOYMENT],
  publicServiceYears: [ScoreIndicator.PUBLIC_SERVICE],
  remoteSuburbYears: [ScoreIndicator.REMOTE_SUBURB],
  freshGraduate: [ScoreIndicator.FRESH_GRADUATE],
  awards: [ScoreIndicator.AWARD],
  spouseHukouMarriageDate: [ScoreIndicator.SPOUSE_HUKOU],
  falseMaterialDates: [ScoreIndicator.FALSE_MATERIALS],
  administrativeDetentionDates: [ScoreIndicator.ADMINISTRATIVE_DETENTION],
  criminalRecordDates: [ScoreIndicator.CRIMINAL_RECORD],
  familyPlanningViolation: [ScoreIndicator.VETO],
  seriousCriminalRecord: [ScoreIndicator.VETO],
  residencePermitIssuedOn: [ApplyCondition.RESIDENCE_PERMIT_VALID],
  residencePermitValidUntil: [ApplyCondition.RESIDENCE_PERMIT_VALID],
  employerKind: [ApplyCondition.EMPLOYER_MAY_FILE],
  employmentStartDate: [ApplyCondition.EMPLOYED_IN_APPLICATION_MONTH],
  employmentEndDate: [ApplyCondition.EMPLOYED_IN_APPLICATION_MONTH],
};

/** The entries behind one item or condition, in the order given; empty when the profile gives none. */
export function evidenceFor(
  evidence: readonly Evidence[] | null | undefined,
  subject: EvidenceSubject,
): Evidence[] {
  if (!evidence) return [];
  return evidence.filter((entry) => EVIDENCE_FIELD_SUBJECTS[entry.field]?.includes(subject) ?? false);
}
