// The input of an assessment, mirroring `ScoreProfileInput` of the public simulation contract
// (docs: shared/spec/scoring.md). Enum and field names are fixed: tools outside this repo use them.
import type { IsoDate, YearMonth } from './dates.util';
import type { ProfileEvidence } from './evidence.schema';

/** 教育背景 (education background). */
export enum EducationLevel {
  NONE = 'NONE',
  /** 大专(高职) */
  JUNIOR_COLLEGE = 'JUNIOR_COLLEGE',
  /** 大学本科学历, without the bachelor's degree */
  BACHELOR = 'BACHELOR',
  /** 大学本科学历和学士学位 */
  BACHELOR_WITH_DEGREE = 'BACHELOR_WITH_DEGREE',
  MASTER = 'MASTER',
  DOCTOR = 'DOCTOR',
}

/** 专业技术职称和技能等级: skill levels (技能类国家职业资格) and professional titles (职称). */
export enum QualificationLevel {
  NONE = 'NONE',
  SKILL_5 = 'SKILL_5',
  SKILL_4 = 'SKILL_4',
  SKILL_3 = 'SKILL_3',
  SKILL_2 = 'SKILL_2',
  /** 中级职称, or a professional qualification equivalent to it */
  MID_TITLE = 'MID_TITLE',
  SKILL_1 = 'SKILL_1',
  /** 高级职称 */
  SENIOR_TITLE = 'SENIOR_TITLE',
}

/** 表彰奖励 */
export enum AwardLevel {
  /** 市级机关专项性表彰奖励 */
  MUNICIPAL_SPECIAL = 'MUNICIPAL_SPECIAL',
  /** 市级机关综合性表彰奖励 */
  MUNICIPAL_COMPREHENSIVE = 'MUNICIPAL_COMPREHENSIVE',
  /** 省部级及以上政府表彰奖励 */
  NATIONAL = 'NATIONAL',
}

/**
 * The kind of establishment of the labour-contract employer (policy page 004: 本市单位在外省市设立的
 * 分支机构的工作人员,不属于积分申请对象; 外省市…在沪设立的办事机构等派出机构,不属受理范围). Same names as
 * employer-registration's `EstablishmentKind`.
 */
export enum EmployerKind {
  /** Registered in Shanghai (工商注册地/社团或民非登记地 in a Shanghai district). */
  SHANGHAI_REGISTERED = 'SHANGHAI_REGISTERED',
  /** 外省市政府、企事业单位在沪设立的办事机构等派出机构 */
  OUT_OF_TOWN_REPRESENTATIVE_OFFICE = 'OUT_OF_TOWN_REPRESENTATIVE_OFFICE',
  /** 本市单位在外省市设立的分支机构 */
  OUT_OF_TOWN_BRANCH = 'OUT_OF_TOWN_BRANCH',
}

/** One contribution record of 职工社会保险, both months inclusive. */
export interface ContributionPeriodInput {
  from: YearMonth;
  to: YearMonth;
  /** Monthly contribution base (缴费基数), CNY. */
  base: number;
  /** 补缴: paid afterwards for months that were not paid on time. */
  backPaid?: boolean | null;
  /** The paying employer is the labour-contract employer. */
  payerMatchesContract?: boolean | null;
  /** The base corresponds to the income-tax base (与个人所得税缴费基数合理对应). */
  baseMatchesTax?: boolean | null;
  /**
   * The monthly income the individual income tax was withheld on (个人所得税申报收入), CNY. When
   * given, the engine itself decides 合理对应 with the rule set's tolerance and contribution ceiling
   * (a month is then a mismatch if `baseMatchesTax` is false or the comparison fails).
   */
  incomeTaxBase?: number | null;
}

export interface ContributionPeriod {
  from: YearMonth;
  to: YearMonth;
  base: number;
  backPaid: boolean;
  payerMatchesContract: boolean;
  baseMatchesTax: boolean;
  /** Null: not given; `baseMatchesTax` alone decides. */
  incomeTaxBase: number | null;
}

/** What a caller sends: everything but the two dates may be left out (or null) and gets its default. */
export interface ScoreProfileInput {
  assessmentDate: IsoDate;
  birthDate: IsoDate;
  education?: EducationLevel | null;
  qualification?: QualificationLevel | null;
  qualificationMatchesPosition?: boolean | null;
  socialInsurance?: readonly ContributionPeriodInput[] | null;
  entrepreneur?: boolean | null;
  innovationIntermediary?: boolean | null;
  shortageMajor?: boolean | null;
  averageAnnualTaxCny?: number | null;
  averageAnnualLocalHires?: number | null;
  publicServiceYears?: number | null;
  remoteSuburbYears?: number | null;
  freshGraduate?: boolean | null;
  awards?: readonly AwardLevel[] | null;
  /** Null or absent: the spouse has no Shanghai hukou. */
  spouseHukouMarriageDate?: IsoDate | null;
  falseMaterialDates?: readonly IsoDate[] | null;
  administrativeDetentionDates?: readonly IsoDate[] | null;
  criminalRecordDates?: readonly IsoDate[] | null;
  familyPlanningViolation?: boolean | null;
  seriousCriminalRecord?: boolean | null;
  // ── 第二条 / 第十三条: may the holder apply at all (canApply), beside the score ──
  /** 《上海市居住证》 valid from (issue date, or the latest endorsement's start), "YYYY-MM-DD". */
  residencePermitIssuedOn?: IsoDate | null;
  /** 《上海市居住证》 valid until (inclusive), "YYYY-MM-DD". Null: no permit shown. */
  residencePermitValidUntil?: IsoDate | null;
  /** The labour-contract employer's kind. Null: not shown. */
  employerKind?: EmployerKind | null;
  /** First day of the labour (聘用) contract with the filing employer. Null: not shown. */
  employmentStartDate?: IsoDate | null;
  /** Last day of that contract; null while it lasts. */
  employmentEndDate?: IsoDate | null;
  /**
   * Verified profiles only (not part of the public simulation input): what each indicator's and
   * condition's facts rest on, `profileEvidenceSchema`. The engine ignores it; the decision stores it.
   */
  evidence?: ProfileEvidence | null;
}

/** A profile with every default applied: what `assess` and `checkRenewal` work on. */
export interface ScoreProfile {
  assessmentDate: IsoDate;
  birthDate: IsoDate;
  education: EducationLevel;
  qualification: QualificationLevel;
  qualificationMatchesPosition: boolean;
  socialInsurance: readonly ContributionPeriod[];
  entrepreneur: boolean;
  innovationIntermediary: boolean;
  shortageMajor: boolean;
  averageAnnualTaxCny: number;
  averageAnnualLocalHires: number;
  publicServiceYears: number;
  remoteSuburbYears: number;
  freshGraduate: boolean;
  awards: readonly AwardLevel[];
  spouseHukouMarriageDate: IsoDate | null;
  falseMaterialDates: readonly IsoDate[];
  administrativeDetentionDates: readonly IsoDate[];
  criminalRecordDates: readonly IsoDate[];
  familyPlanningViolation: boolean;
  seriousCriminalRecord: boolean;
  residencePermitIssuedOn: IsoDate | null;
  residencePermitValidUntil: IsoDate | null;
  employerKind: EmployerKind | null;
  employmentStartDate: IsoDate | null;
  employmentEndDate: IsoDate | null;
}
