import { z } from 'zod';
import { AwardLevel, EducationLevel, QualificationLevel } from '@points/scoring-engine';

/**
 * The applicant's claims as the application sends them (the simulateScore input shape). They
 * decide which checks a case needs and what a finding compares against; they are never scored.
 * Read leniently: a field the application left out or wrote oddly is "not claimed".
 */
export interface Claims {
  education: EducationLevel;
  qualification: QualificationLevel;
  awards: AwardLevel[];
  spouseHukouMarriageDate: string | null;
  averageAnnualTaxCny: number;
  averageAnnualLocalHires: number;
  /** Bonus claims no registry here can check (see the verified profile builder). */
  unverifiable: string[];
}

const isoDate = z.iso.date();
const UNVERIFIABLE_FLAGS = [
  'entrepreneur',
  'innovationIntermediary',
  'shortageMajor',
  'freshGraduate',
] as const;
const UNVERIFIABLE_YEARS = ['publicServiceYears', 'remoteSuburbYears'] as const;

export function parseClaims(raw: Record<string, unknown>): Claims {
  const education = z.enum(EducationLevel).safeParse(raw.education);
  const qualification = z.enum(QualificationLevel).safeParse(raw.qualification);
  const awards = z.array(z.enum(AwardLevel)).safeParse(raw.awards);
  const marriage = isoDate.safeParse(raw.spouseHukouMarriageDate);
  const amount = (value: unknown): number => {
    const parsed = z.number().nonnegative().safeParse(value);
    return parsed.success ? parsed.data : 0;
  };
  return {
    education: education.success ? education.data : EducationLevel.NONE,
    qualification: qualification.success ? qualification.data : QualificationLevel.NONE,
    awards: awards.success ? [...new Set(awards.data)] : [],
    spouseHukouMarriageDate: marriage.success ? marriage.data : null,
    averageAnnualTaxCny: amount(raw.averageAnnualTaxCny),
    averageAnnualLocalHires: amount(raw.averageAnnualLocalHires),
    unverifiable: [
      ...UNVERIFIABLE_FLAGS.filter((flag) => raw[flag] === true),
      ...UNVERIFIABLE_YEARS.filter((field) => amount(raw[field]) > 0),
    ],
  };
}

/** Levels from low to high, for "the higher one" and for contradictions. */
export const EDUCATION_ORDER: readonly EducationLevel[] = [
  EducationLevel.NONE,
  EducationLevel.JUNIOR_COLLEGE,
  EducationLevel.BACHELOR,
  EducationLevel.BACHELOR_WITH_DEGREE,
  EducationLevel.MASTER,
  EducationLevel.DOCTOR,
];
export const QUALIFICATION_ORDER: readonly QualificationLevel[] = [
  QualificationLevel.NONE,
  QualificationLevel.SKILL_5,
  QualificationLevel.SKILL_4,
  QualificationLevel.SKILL_3,
  QualificationLevel.SKILL_2,
  QualificationLevel.MID_TITLE,
  QualificationLevel.SKILL_1,
  QualificationLevel.SENIOR_TITLE,
];

export function isEducationLevel(value: unknown): value is EducationLevel {
  return typeof value === 'string' && (EDUCATION_ORDER as readonly string[]).includes(value);
}
export function isQualificationLevel(value: unknown): value is QualificationLevel {
  return typeof value === 'string' && (QUALIFICATION_ORDER as readonly string[]).includes(value);
}

export function higherEducation(a: EducationLevel, b: EducationLevel): EducationLevel {
  return EDUCATION_ORDER.indexOf(a) >= EDUCATION_ORDER.indexOf(b) ? a : b;
}
export function higherQualification(a: QualificationLevel, b: QualificationLevel): QualificationLevel {
  return QUALIFICATION_ORDER.indexOf(a) >= QUALIFICATION_ORDER.indexOf(b) ? a : b;
}

// SH-2017 base points, only to tell which route an application scores by (scoring.md: only the
// higher of education and qualification counts; a tie goes to education).
const EDUCATION_POINTS: Record<EducationLevel, number> = {
  NONE: 0,
  JUNIOR_COLLEGE: 50,
  BACHELOR: 60,
  BACHELOR_WITH_DEGREE: 90,
  MASTER: 100,
  DOCTOR: 110,
};
const QUALIFICATION_POINTS: Record<QualificationLevel, number> = {
  NONE: 0,
  SKILL_5: 15,
  SKILL_4: 30,
  SKILL_3: 60,
  SKILL_2: 100,
  MID_TITLE: 100,
  SKILL_1: 140,
  SENIOR_TITLE: 140,
};

/** Which base indicator the claims score by: decides whether a failed diploma check fails the case. */
export function scoringRouteOf(claims: Claims): 'EDUCATION' | 'QUALIFICATION' | 'NONE' {
  const education = EDUCATION_POINTS[claims.education];
  const qualification = QUALIFICATION_POINTS[claims.qualification];
  if (education === 0 && qualification === 0) return 'NONE';
  return education >= qualification ? 'EDUCATION' : 'QUALIFICATION';
}
