// The verified profile as one typed contract: the shape of `ScoreProfileInput` as a zod schema,
// used by the event catalogue (verification.case-completed, application.scoring-requested) so the
// profile is checked where it is published and parsed where it is consumed, and typed in between.
// The shape only: dates are strings and numbers numbers here; whether a date is real, a month
// not before another or a number in range is `validateProfile`'s to say, field by field.
import { z } from 'zod';
import { profileEvidenceSchema } from './evidence.schema';
import {
  AwardLevel,
  EducationLevel,
  EmployerKind,
  QualificationLevel,
  type ContributionPeriodInput,
  type ScoreProfileInput,
} from './score-profile.types';

const flag = z.boolean().nullish();
const amount = z.number().nullish();
const dates = z.array(z.string()).readonly().nullish();

export const contributionPeriodInputSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  base: z.number(),
  backPaid: flag,
  payerMatchesContract: flag,
  baseMatchesTax: flag,
  incomeTaxBase: amount,
});

/** Unknown keys are refused: a misspelt claim silently dropped would silently lower a decision. */
export const scoreProfileInputSchema = z.strictObject({
  assessmentDate: z.string(),
  birthDate: z.string(),
  education: z.enum(EducationLevel).nullish(),
  qualification: z.enum(QualificationLevel).nullish(),
  qualificationMatchesPosition: flag,
  socialInsurance: z.array(contributionPeriodInputSchema).readonly().nullish(),
  entrepreneur: flag,
  innovationIntermediary: flag,
  shortageMajor: flag,
  averageAnnualTaxCny: amount,
  averageAnnualLocalHires: amount,
  publicServiceYears: amount,
  remoteSuburbYears: amount,
  freshGraduate: flag,
  awards: z.array(z.enum(AwardLevel)).readonly().nullish(),
  spouseHukouMarriageDate: z.string().nullish(),
  falseMaterialDates: dates,
  administrativeDetentionDates: dates,
  criminalRecordDates: dates,
  familyPlanningViolation: flag,
  seriousCriminalRecord: flag,
  residencePermitIssuedOn: z.string().nullish(),
  residencePermitValidUntil: z.string().nullish(),
  employerKind: z.enum(EmployerKind).nullish(),
  employmentStartDate: z.string().nullish(),
  employmentEndDate: z.string().nullish(),
  evidence: profileEvidenceSchema.nullish(),
});

// The schema and the interfaces are one contract: the build fails if a field is added to one and
// not the other (the same keys), or typed differently (each assignable to the other).
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false;
const profileMatches: Same<z.infer<typeof scoreProfileInputSchema>, ScoreProfileInput> = true;
const periodMatches: Same<z.infer<typeof contributionPeriodInputSchema>, ContributionPeriodInput> = true;
void profileMatches;
void periodMatches;
