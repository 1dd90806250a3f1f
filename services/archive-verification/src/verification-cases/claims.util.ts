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
  /** Bonus claims no registry here can check: each becomes a CLAIM_CHECK task for a person. */
  unverifiable: UnverifiableClaimName[];
  /** The claimed value of each (true, or the years). */
  unverifiableValues: Partial<Record<UnverifiableClaimName, boolean | number>>;
}

export type UnverifiableClaimName = (typeof UNVERIFIABLE_FLAGS)[number] | (typeof UNVERIFIABLE_YEARS)[number];

/**
 * Who checks a claim no registry answers, and what they must see (004 加分指标; the conditions for
 * 创业人才 and 创新创业中介服务人才 are published by 市科委, the shortage-major catalogue by 市人社局).
 */
export const CLAIM_CHECKS: Readonly<Record<UnverifiableClaimName, { office: string; mustSee: string }>> = {
  entrepreneur: {
    office: '市科委 (Science and Technology Commission) via the district centre',
    mustSee:
      '创业人才认定: the commission’s confirmation that the holder meets the published entrepreneur conditions',
  },
  innovationIntermediary: {
    office: '市科委 (Science and Technology Commission) via the district centre',
    mustSee:
      '创新创业中介服务人才认定: the commission’s confirmation of the published intermediary conditions',
  },
  shortageMajor: {
    office: 'district talent service centre',
    mustSee:
      '所学专业在本市紧缺急需专业目录内且工作岗位与所学专业一致: the diploma’s major in the catalogue and the job description (岗位说明书) matching it',
  },
  publicServiceYears: {
    office: 'the competent bureau of the public-service field, via the district centre',
    mustSee:
      '特定公共服务领域就业证明: employment in the designated public-service field, each full year evidenced',
  },
  remoteSuburbYears: {
    office: 'the district centre of the remote suburb',
    mustSee:
      '远郊重点区域工作并居住证明: both work and residence in the designated remote area, each full year evidenced',
  },
  freshGraduate: {
    office: 'district talent service centre',
    mustSee: '全日制应届高校毕业生: the full-time diploma and graduation within the fresh-graduate period',
  },
};

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
    unverifiableValues: Object.fromEntries<boolean | number>([
      ...UNVERIFIABLE_FLAGS.filter((flag) => raw[flag] === true).map((flag): [string, boolean] => [
        flag,
        true,
      ]),
      ...UNVERIFIABLE_YEARS.filter((field) => amount(raw[field]) > 0).map((field): [string, number] => [
        field,
        Math.floor(amount(raw[field])),
      ]),
    ]),
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
