import {
  EducationLevel,
  QualificationLevel,
  type ContributionPeriod,
  type ContributionPeriodInput,
  type ScoreProfile,
  type ScoreProfileInput,
} from './score-profile.types';

/** Applies the contract's defaults (scoring.md `ScoreProfileInput`); copies, never mutates the input. */
export function normaliseProfile(input: ScoreProfileInput): ScoreProfile {
  return {
    assessmentDate: input.assessmentDate,
    birthDate: input.birthDate,
    education: input.education ?? EducationLevel.NONE,
    qualification: input.qualification ?? QualificationLevel.NONE,
    qualificationMatchesPosition: input.qualificationMatchesPosition ?? true,
    socialInsurance: (input.socialInsurance ?? []).map(normaliseContributionPeriod),
    entrepreneur: input.entrepreneur ?? false,
    innovationIntermediary: input.innovationIntermediary ?? false,
    shortageMajor: input.shortageMajor ?? false,
    averageAnnualTaxCny: input.averageAnnualTaxCny ?? 0,
    averageAnnualLocalHires: input.averageAnnualLocalHires ?? 0,
    publicServiceYears: input.publicServiceYears ?? 0,
    remoteSuburbYears: input.remoteSuburbYears ?? 0,
    freshGraduate: input.freshGraduate ?? false,
    awards: [...(input.awards ?? [])],
    spouseHukouMarriageDate: input.spouseHukouMarriageDate ?? null,
    falseMaterialDates: [...(input.falseMaterialDates ?? [])],
    administrativeDetentionDates: [...(input.administrativeDetentionDates ?? [])],
    criminalRecordDates: [...(input.criminalRecordDates ?? [])],
    familyPlanningViolation: input.familyPlanningViolation ?? false,
    seriousCriminalRecord: input.seriousCriminalRecord ?? false,
    residencePermitIssuedOn: input.residencePermitIssuedOn ?? null,
    residencePermitValidUntil: input.residencePermitValidUntil ?? null,
    employerKind: input.employerKind ?? null,
    employmentStartDate: input.employmentStartDate ?? null,
    employmentEndDate: input.employmentEndDate ?? null,
  };
}

export function normaliseContributionPeriod(input: ContributionPeriodInput): ContributionPeriod {
  return {
    from: input.from,
    to: input.to,
    base: input.base,
    backPaid: input.backPaid ?? false,
    payerMatchesContract: input.payerMatchesContract ?? true,
    baseMatchesTax: input.baseMatchesTax ?? true,
    incomeTaxBase: input.incomeTaxBase ?? null,
  };
}
