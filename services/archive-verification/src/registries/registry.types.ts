import type { AwardLevel, EducationLevel, QualificationLevel } from '@points/scoring-engine';

/**
 * The outside registries the checks ask, one adapter interface per kind. Each kind has two
 * implementations: the built-in simulator (tables in this schema) and a signed JSON-over-HTTPS
 * client for the real registry. Adapters return facts only; judging them against the claims is
 * the task evaluation's job, so both implementations are judged the same way.
 */
export const REGISTRY_KINDS = [
  'EDUCATION',
  'QUALIFICATION',
  'SOCIAL_INSURANCE',
  'TAX',
  'CIVIL_RECORDS',
  'ARCHIVE_HOLDER',
  'RESIDENCE_PERMIT',
] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** The registry could not answer now (down, slow, refused): the attempt is retried. */
export class RegistryUnavailableError extends Error {
  constructor(
    readonly registry: RegistryKind,
    message: string,
  ) {
    super(`${registry} registry unavailable: ${message}`);
    this.name = 'RegistryUnavailableError';
  }
}

/** 学信网-style record of one diploma. */
export interface EducationRecord {
  level: EducationLevel;
  school: string;
  major: string | null;
  graduationDate: string;
  fullTime: boolean;
  certificateNo: string | null;
}

export interface QualificationRecord {
  level: QualificationLevel;
  certificateNo: string | null;
  issuedOn: string;
  /** The engagement registered for the current position matches the title/skill (岗位聘任). */
  matchesPosition: boolean;
}

/** One month of Shanghai employee social insurance (职工社会保险). */
export interface SocialInsuranceMonth {
  month: string; // YYYY-MM
  base: number;
  payerCreditCode: string;
  /** 补缴: paid afterwards. */
  backPaid: boolean;
}

/** One month of individual income tax withheld by one payer (个人所得税). */
export interface TaxMonth {
  month: string; // YYYY-MM
  taxBase: number;
  payerCreditCode: string;
}

export const CIVIL_RECORD_KINDS = [
  'HUKOU',
  'MARRIAGE',
  'CHILD',
  'AWARD',
  'INVESTMENT',
  'CRIMINAL',
  'DETENTION',
  'FAMILY_PLANNING',
  'FALSE_MATERIAL',
] as const;
export type CivilRecordKind = (typeof CIVIL_RECORD_KINDS)[number];

/**
 * A civil record. `details` by kind: HUKOU {holder: 'SPOUSE'|'SELF', shanghai: boolean};
 * MARRIAGE {spouseName?}; CHILD {name, fullTimeHighSchool: boolean} dated on the birth date
 * (the household register, and for 16+ the 学籍 register's full-time high-school enrolment);
 * AWARD {level: AwardLevel}; INVESTMENT {averageAnnualTaxCny, averageAnnualLocalHires};
 * CRIMINAL {serious: boolean}; the others none.
 */
export interface CivilRecord {
  kind: CivilRecordKind;
  date: string;
  details: Record<string, unknown>;
}

export type ArchiveMode = 'TRANSFER' | 'CHECK_LETTER';

/** The holder's answer to an archive request (调档函 / 核档函). */
export interface ArchiveAnswer {
  /**
   * REQUESTED: the request is with the holder; the archive (or the letter) comes back by post
   * and an officer records it. ANSWERED: the holder answered online at once (e.g. another
   * Shanghai centre on the same system). NOT_HELD: the holder has no archive of this person.
   */
  status: 'REQUESTED' | 'ANSWERED' | 'NOT_HELD';
  reference: string | null;
}

/**
 * The residence permit as the public-security residence registry (居住证管理系统) holds it: the
 * latest endorsement (签注) and the expiry it gave, and whether the permit was cancelled (注销).
 */
export interface ResidencePermitRecord {
  number: string;
  issuedOn: string;
  endorsedOn: string | null;
  validUntil: string;
  cancelledOn: string | null;
}

export interface ResidencePermitRegistry {
  /** The person's current permit, or null when none is on record. */
  findPermit(residentId: string): Promise<ResidencePermitRecord | null>;
}

export interface EducationRegistry {
  findDiplomas(residentId: string): Promise<EducationRecord[]>;
}
export interface QualificationRegistry {
  findCertificates(residentId: string): Promise<QualificationRecord[]>;
}
export interface SocialInsuranceRegistry {
  findMonths(residentId: string, from: string, to: string): Promise<SocialInsuranceMonth[]>;
}
export interface TaxRegistry {
  findMonths(residentId: string, from: string, to: string): Promise<TaxMonth[]>;
}
export interface CivilRecordsRegistry {
  findRecords(residentId: string, kinds: readonly CivilRecordKind[]): Promise<CivilRecord[]>;
}
export interface ArchiveHolderRegistry {
  requestArchive(residentId: string, holder: string, mode: ArchiveMode): Promise<ArchiveAnswer>;
}

export interface Registries {
  education: EducationRegistry;
  qualification: QualificationRegistry;
  socialInsurance: SocialInsuranceRegistry;
  tax: TaxRegistry;
  civilRecords: CivilRecordsRegistry;
  archiveHolder: ArchiveHolderRegistry;
  residencePermit: ResidencePermitRegistry;
}

export const REGISTRIES = Symbol('REGISTRIES');

export type { AwardLevel };
