// The claims of a form in the engine's ScoreProfileInput shape (the simulateScore contract), and
// the checks a form must pass before it is stored or submitted. Pure: `today` is an argument.
import { isIsoDate } from '@points/calendar';
import {
  assess,
  normaliseProfile,
  SH_2017_RULE_SET,
  validateProfile,
  type ScoreProfileInput,
} from '@points/scoring-engine';
import { validateMobile } from '@points/validation';
import {
  ClaimedQualificationLevel,
  CoResidentRelation,
  DiplomaLevel,
  type ApplicationFormData,
  type SimulatedScore,
} from './application-form.model';

const EDUCATION_ORDER: DiplomaLevel[] = [
  DiplomaLevel.NONE,
  DiplomaLevel.JUNIOR_COLLEGE,
  DiplomaLevel.BACHELOR,
  DiplomaLevel.BACHELOR_WITH_DEGREE,
  DiplomaLevel.MASTER,
  DiplomaLevel.DOCTOR,
];
const QUALIFICATION_ORDER: ClaimedQualificationLevel[] = Object.values(ClaimedQualificationLevel);

export interface FormProblem {
  field: string;
  rule: string;
  message: string;
}

/** The claims as a ScoreProfileInput (the shape application.accepted carries as claimedProfile). */
export function claimedProfileOf(
  form: ApplicationFormData,
  birthDate: string,
  assessmentDate: string,
): ScoreProfileInput {
  const education = (form.educationHistory ?? []).reduce<DiplomaLevel>(
    (best, entry) =>
      EDUCATION_ORDER.indexOf(entry.level) > EDUCATION_ORDER.indexOf(best) ? entry.level : best,
    DiplomaLevel.NONE,
  );
  // The highest qualification counts; only one that matches the position scores (scoring.md).
  const qualifications = form.qualifications ?? [];
  const best = qualifications.reduce<(typeof qualifications)[number] | undefined>(
    (top, entry) =>
      !top || QUALIFICATION_ORDER.indexOf(entry.level) > QUALIFICATION_ORDER.indexOf(top.level) ? entry : top,
    undefined,
  );
  const bonus = form.bonusClaims;
  return {
    assessmentDate,
    birthDate,
    education,
    qualification: best?.level ?? ClaimedQualificationLevel.NONE,
    qualificationMatchesPosition: best?.matchesPosition ?? true,
    socialInsurance: (form.socialInsurance ?? []).map((p) => ({
      from: p.from,
      to: p.to,
      base: p.base,
      backPaid: p.backPaid ?? false,
      payerMatchesContract: p.payerMatchesContract ?? true,
      baseMatchesTax: p.baseMatchesTax ?? true,
    })),
    entrepreneur: bonus?.entrepreneur ?? false,
    innovationIntermediary: bonus?.innovationIntermediary ?? false,
    shortageMajor: bonus?.shortageMajor ?? false,
    averageAnnualTaxCny: bonus?.averageAnnualTaxCny ?? 0,
    averageAnnualLocalHires: bonus?.averageAnnualLocalHires ?? 0,
    publicServiceYears: bonus?.publicServiceYears ?? 0,
    remoteSuburbYears: bonus?.remoteSuburbYears ?? 0,
    freshGraduate: bonus?.freshGraduate ?? false,
    awards: bonus?.awards ?? [],
    spouseHukouMarriageDate: bonus?.spouseHukouMarriageDate ?? null,
    falseMaterialDates: [],
    administrativeDetentionDates: [],
    criminalRecordDates: [],
    // The declarations are the applicant's word; the verifications establish the facts.
    familyPlanningViolation: form.declarations ? !form.declarations.noFamilyPlanningViolation : false,
    seriousCriminalRecord: false,
  };
}

/** 模拟估分 of the claims with the SH-2017 rule set; problems instead of a total if they can't be scored. */
export function simulateClaims(form: ApplicationFormData, birthDate: string, today: string): SimulatedScore {
  const input = claimedProfileOf(form, birthDate, today);
  const errors = validateProfile(input, { today });
  if (errors.length > 0) {
    return {
      total: null,
      standard: SH_2017_RULE_SET.standard,
      eligible: false,
      ruleSetVersion: SH_2017_RULE_SET.version,
      items: [],
      problems: errors.map((e) => `${e.field.replace(/^profile/, 'form')}: ${e.message}`),
    };
  }
  const result = assess(normaliseProfile(input), SH_2017_RULE_SET);
  return {
    total: result.total,
    standard: result.standard,
    eligible: result.eligible,
    ruleSetVersion: result.ruleSetVersion,
    items: result.items.map((i) => ({
      indicator: i.indicator,
      points: i.points,
      counted: i.counted,
      note: i.note,
    })),
    problems: [],
  };
}

function date(problems: FormProblem[], field: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined && !isIsoDate(value)) {
    problems.push({ field, rule: 'real-date', message: `${field} must be a real date written YYYY-MM-DD.` });
  }
}

/** Age in full years on `on`. */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** Checks of what a person types into the form; the engine's own checks cover the claims' shape. */
export function formProblems(
  form: ApplicationFormData,
  mobile: string | null | undefined,
  birthDate: string,
  today: string,
): FormProblem[] {
  const problems: FormProblem[] = [];
  if (mobile !== null && mobile !== undefined && !validateMobile(mobile).ok) {
    problems.push({
      field: 'form.personal.mobile',
      rule: 'mobile',
      message: 'form.personal.mobile must be an 11-digit mainland mobile number starting 1[3-9].',
    });
  }
  const permit = form.residencePermit;
  if (permit) {
    date(problems, 'form.residencePermit.validFrom', permit.validFrom);
    date(problems, 'form.residencePermit.validTo', permit.validTo);
    if (isIsoDate(permit.validFrom) && isIsoDate(permit.validTo) && permit.validTo <= permit.validFrom) {
      problems.push({
        field: 'form.residencePermit.validTo',
        rule: 'after-valid-from',
        message: 'form.residencePermit.validTo must be after validFrom.',
      });
    }
  }
  const employment = form.employment;
  if (employment) {
    date(problems, 'form.employment.contractStart', employment.contractStart);
    date(problems, 'form.employment.contractEnd', employment.contractEnd);
    if (
      employment.contractEnd &&
      isIsoDate(employment.contractEnd) &&
      employment.contractEnd < employment.contractStart
    ) {
      problems.push({
        field: 'form.employment.contractEnd',
        rule: 'not-before-start',
        message: 'form.employment.contractEnd must not be before contractStart.',
      });
    }
  }
  (form.educationHistory ?? []).forEach((entry, i) =>
    date(problems, `form.educationHistory[${i}].graduationDate`, entry.graduationDate),
  );
  (form.qualifications ?? []).forEach((entry, i) =>
    date(problems, `form.qualifications[${i}].issuedOn`, entry.issuedOn),
  );
  (form.coResidents ?? []).forEach((person, i) => {
    const field = `form.coResidents[${i}]`;
    date(problems, `${field}.birthDate`, person.birthDate);
    if (!isIsoDate(person.birthDate)) return;
    if (person.birthDate > today) {
      problems.push({
        field: `${field}.birthDate`,
        rule: 'not-in-future',
        message: `${field}.birthDate must not be in the future.`,
      });
    }
    // A child of 16 or more lives with the holder only while at high school (在读高中).
    if (
      person.relation === CoResidentRelation.CHILD &&
      ageOn(person.birthDate, today) >= 16 &&
      !person.highSchoolEnrolmentProof?.trim()
    ) {
      problems.push({
        field: `${field}.highSchoolEnrolmentProof`,
        rule: 'required-from-16',
        message: `${field}.highSchoolEnrolmentProof is required for a child of 16 or more.`,
      });
    }
  });
  // The claims themselves, as the scoring engine checks a simulation (dates, overlaps, bases).
  for (const e of validateProfile(claimedProfileOf(form, birthDate, today), { today })) {
    problems.push({
      field: e.field.replace(/^profile/, 'form'),
      rule: e.rule,
      message: e.message.replace(/profile/g, 'form'),
    });
  }
  return problems;
}

/** What must be there before the form goes to the employer. */
export function incompleteParts(form: ApplicationFormData, hasMobile: boolean): FormProblem[] {
  const missing: FormProblem[] = [];
  const need = (ok: boolean, field: string, what: string): void => {
    if (!ok)
      missing.push({ field, rule: 'required', message: `${field} is required before submitting: ${what}.` });
  };
  need(hasMobile, 'form.personal.mobile', 'a mobile number for the SMS notices');
  need(Boolean(form.residencePermit), 'form.residencePermit', 'the residence permit');
  need(Boolean(form.employment), 'form.employment', 'the employment and labour contract');
  need(
    (form.socialInsurance ?? []).length > 0,
    'form.socialInsurance',
    'at least one social-insurance period',
  );
  need(Boolean(form.archiveLocation), 'form.archiveLocation', 'where the personnel archive is held');
  need(
    Boolean(form.declarations?.noFamilyPlanningViolation && form.declarations.noCriminalRecord),
    'form.declarations',
    'both declarations made',
  );
  return missing;
}
