import { z } from 'zod';
import {
  normaliseProfile,
  profileEvidenceSchema,
  validateProfile,
  type ScoreProfile,
  type ScoreProfileInput,
} from '@points/scoring-engine';
import {
  ScoreProfileException,
  ScoreProfileExceptionCode,
  type ProfileProblem,
} from './score-profile.exception';

const flag = z.boolean().nullish();
const amount = z.number().nullish();
const list = z.array(z.unknown()).nullish();
/** Any JSON value, and the key may be missing (zod 4 treats a bare z.unknown() key as required). */
const value = z.unknown().optional();

/**
 * The structure of a profile that did not come through GraphQL (the verified profile inside an
 * event): containers and flags must have the right JSON type, and unknown keys are refused (a
 * misspelt claim silently ignored would silently lower a decision). Values inside (dates, enums,
 * numbers' ranges) are the engine's `validateProfile`'s job, which names each field.
 */
const profileShape = z.strictObject({
  assessmentDate: value,
  birthDate: value,
  education: value,
  qualification: value,
  qualificationMatchesPosition: flag,
  socialInsurance: z
    .array(
      z.strictObject({
        from: value,
        to: value,
        base: value,
        backPaid: flag,
        payerMatchesContract: flag,
        baseMatchesTax: flag,
        incomeTaxBase: amount,
      }),
    )
    .nullish(),
  entrepreneur: flag,
  innovationIntermediary: flag,
  shortageMajor: flag,
  averageAnnualTaxCny: amount,
  averageAnnualLocalHires: amount,
  publicServiceYears: amount,
  remoteSuburbYears: amount,
  freshGraduate: flag,
  awards: list,
  spouseHukouMarriageDate: value,
  falseMaterialDates: list,
  administrativeDetentionDates: list,
  criminalRecordDates: list,
  familyPlanningViolation: flag,
  seriousCriminalRecord: flag,
  residencePermitIssuedOn: value,
  residencePermitValidUntil: value,
  employerKind: value,
  employmentStartDate: value,
  employmentEndDate: value,
  // Verified profiles only: what each fact rests on (checked with profileEvidenceSchema), and the
  // permit's number and endorsement, which archive-verification records and the engine does not use.
  evidence: profileEvidenceSchema.nullish(),
  residencePermitNumber: value,
  residencePermitEndorsedOn: value,
});

function fieldOf(path: readonly PropertyKey[]): string {
  let field = 'profile';
  for (const segment of path) field += typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`;
  return field;
}

/** Structural problems of an untyped profile, each naming its field; empty when the shape is right. */
export function profileShapeErrors(raw: unknown): ProfileProblem[] {
  const parsed = profileShape.safeParse(raw);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const field = fieldOf([...issue.path, issue.keys[0] ?? '?']);
      return { field, rule: 'unknown-field', message: `${field} is not a field of the profile.` };
    }
    const field = fieldOf(issue.path);
    return { field, rule: 'json-type', message: `${field}: ${issue.message}.` };
  });
}

/**
 * Every check the contract names (real dates, to ≥ from, no overlap, base ≥ 0, birth date not after
 * the assessment, assessment date from 2000 and at most a year ahead of `today`), then the
 * contract's defaults. Throws BAD_USER_INPUT naming the field.
 */
export function checkProfile(input: ScoreProfileInput, today: string): ScoreProfile {
  const errors = validateProfile(input, { today });
  if (errors.length > 0) throw new ScoreProfileException(ScoreProfileExceptionCode.INVALID_PROFILE, errors);
  return normaliseProfile(input);
}
