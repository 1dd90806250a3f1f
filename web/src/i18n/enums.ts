// Every enum the API returns, as the official Chinese term (the policy text's words where it has
// them: 学历, 职称, 技能等级...) and in English. Records over the generated union types, so a new
// enum value in the schema fails the type check until it has its label.
import type {
  AccountRole,
  ApplicationKind,
  ApplicationState,
  AppealIndicator,
  AppealState,
  ArchiveHolderKind,
  AwardLevel,
  CoResidentRelation,
  DiplomaLevel,
  EmployerStatus,
  EstablishmentKind,
  LicenceKind,
  MaritalStatus,
  MonthExclusionReason,
  OrganisationType,
  QualificationLevel,
  SanctionStatus,
  ScoreIndicator,
  VerificationTaskKind,
  VerificationTaskStatus,
} from '../gql/graphql';
import type { Language } from './language';

type Labels<T extends string> = Record<T, readonly [zh: string, en: string]>;

const APPLICATION_STATE: Labels<ApplicationState> = {
  DRAFT: ['草稿', 'Draft'],
  EMPLOYER_REVIEW: ['单位审核中', 'With the employer'],
  SUBMITTED: ['等待受理', 'Awaiting acceptance'],
  MATERIALS_REQUIRED: ['材料待补正', 'Materials required'],
  ARCHIVE_REVIEW: ['审核中', 'Under review'],
  SCORING: ['积分评定中', 'Being scored'],
  APPROVED: ['审核通过', 'Approved'],
  REJECTED: ['审核不通过', 'Rejected'],
  WITHDRAWN: ['已撤回', 'Withdrawn'],
};

const APPLICATION_KIND: Labels<ApplicationKind> = {
  NEW: ['首次申请', 'First application'],
  RENEWAL: ['续办', 'Renewal'],
  CHANGE: ['变更', 'Change'],
};

const DIPLOMA_LEVEL: Labels<DiplomaLevel> = {
  NONE: ['无', 'None'],
  JUNIOR_COLLEGE: ['大专(高职)学历', 'Junior college'],
  BACHELOR: ['大学本科学历', "Bachelor's (no degree)"],
  BACHELOR_WITH_DEGREE: ['大学本科学历和学士学位', "Bachelor's with degree"],
  MASTER: ['硕士研究生学历学位', "Master's"],
  DOCTOR: ['博士研究生学历学位', 'Doctorate'],
};

const QUALIFICATION_LEVEL: Labels<QualificationLevel> = {
  NONE: ['无', 'None'],
  SKILL_5: ['技能类国家职业资格五级', 'Vocational level 5'],
  SKILL_4: ['技能类国家职业资格四级', 'Vocational level 4'],
  SKILL_3: ['技能类国家职业资格三级', 'Vocational level 3'],
  SKILL_2: ['技能类国家职业资格二级', 'Vocational level 2'],
  MID_TITLE: ['中级专业技术职务任职资格', 'Intermediate professional title'],
  SKILL_1: ['技能类国家职业资格一级', 'Vocational level 1'],
  SENIOR_TITLE: ['高级专业技术职务任职资格', 'Senior professional title'],
};

const SCORE_INDICATOR: Labels<ScoreIndicator> = {
  AGE: ['年龄', 'Age'],
  EDUCATION: ['教育背景', 'Education'],
  QUALIFICATION: ['专业技术职称和技能等级', 'Professional title / vocational level'],
  SOCIAL_INSURANCE_YEARS: ['在本市工作及缴纳职工社会保险年限', 'Years of social insurance in Shanghai'],
  ENTREPRENEUR: ['创业人才', 'Entrepreneur'],
  INNOVATION_INTERMEDIARY: ['创新创业中介服务人才', 'Innovation intermediary'],
  SHORTAGE_MAJOR: ['紧缺急需专业', 'Shortage major'],
  INVESTMENT_TAX: ['投资纳税或带动本地就业', 'Investment tax or local hires'],
  LOCAL_EMPLOYMENT: ['带动本地就业', 'Local hires'],
  SOCIAL_INSURANCE_BASE: ['缴纳职工社会保险费基数', 'Social insurance base'],
  PUBLIC_SERVICE: ['特定的公共服务领域', 'Public service sector'],
  REMOTE_SUBURB: ['远郊重点区域', 'Remote suburb'],
  FRESH_GRADUATE: ['全日制应届毕业生', 'Fresh full-time graduate'],
  AWARD: ['表彰奖励', 'Awards'],
  SPOUSE_HUKOU: ['夫妻一方是本市户籍', 'Spouse with Shanghai hukou'],
  FALSE_MATERIALS: ['提供虚假材料', 'False materials'],
  ADMINISTRATIVE_DETENTION: ['行政拘留', 'Administrative detention'],
  CRIMINAL_RECORD: ['刑事犯罪', 'Criminal record'],
  VETO: ['一票否决', 'Veto'],
};

const EMPLOYER_STATUS: Labels<EmployerStatus> = {
  PENDING_REVIEW: ['待审核', 'Pending review'],
  APPROVED: ['审核通过', 'Approved'],
  REJECTED: ['审核不通过', 'Rejected'],
};

const ORGANISATION_TYPE: Labels<OrganisationType> = {
  ENTERPRISE: ['企业', 'Enterprise'],
  PUBLIC_INSTITUTION: ['事业单位', 'Public institution'],
  SOCIAL_ORGANISATION: ['社会团体', 'Social organisation'],
  PRIVATE_NON_ENTERPRISE: ['民办非企业单位', 'Private non-enterprise unit'],
  HR_SERVICE_AGENCY: ['人力资源中介服务机构', 'HR service agency'],
};

const ESTABLISHMENT: Labels<EstablishmentKind> = {
  SHANGHAI_REGISTERED: ['本市注册', 'Registered in Shanghai'],
  OUT_OF_TOWN_REPRESENTATIVE_OFFICE: ['外省市驻沪代表处', 'Out-of-town representative office'],
  OUT_OF_TOWN_BRANCH: ['外省市驻沪分支机构', 'Out-of-town branch'],
};

const LICENCE_KIND: Labels<LicenceKind> = {
  HR_SERVICE_LICENCE: ['人力资源服务许可证', 'HR service licence'],
  LABOUR_DISPATCH_LICENCE: ['劳务派遣经营许可证', 'Labour dispatch licence'],
};

const MARITAL_STATUS: Labels<MaritalStatus> = {
  SINGLE: ['未婚', 'Single'],
  MARRIED: ['已婚', 'Married'],
  DIVORCED: ['离异', 'Divorced'],
  WIDOWED: ['丧偶', 'Widowed'],
};

const CO_RESIDENT_RELATION: Labels<CoResidentRelation> = {
  SPOUSE: ['配偶', 'Spouse'],
  CHILD: ['子女', 'Child'],
};

const ARCHIVE_HOLDER_KIND: Labels<ArchiveHolderKind> = {
  DISTRICT_TALENT_CENTRE: ['区人才服务中心', 'District talent centre'],
  JOB_AGENCY: ['职业介绍所', 'Job agency'],
  OTHER: ['其他档案保管机构', 'Other archive holder'],
};

const AWARD_LEVEL: Labels<AwardLevel> = {
  MUNICIPAL_SPECIAL: ['市级专项表彰奖励', 'Municipal special award'],
  MUNICIPAL_COMPREHENSIVE: ['市级综合表彰奖励', 'Municipal comprehensive award'],
  NATIONAL: ['国家级表彰奖励', 'National award'],
};

const ACCOUNT_ROLE: Labels<AccountRole> = {
  EMPLOYER_HR: ['单位人事专员', 'Employer HR'],
  APPLICANT: ['申请人', 'Applicant'],
  CENTRE_OFFICER: ['受理点经办人员', 'Centre officer'],
  CENTRE_SUPERVISOR: ['受理点负责人', 'Centre supervisor'],
  CITY_VERIFIER: ['市级核验人员', 'City verifier'],
  HRSS_ADMIN: ['市人社局管理员', 'HRSS administrator'],
};

const SANCTION_STATUS: Labels<SanctionStatus> = {
  PENDING_DECISION: ['待决定', 'Pending decision'],
  DECIDED: ['已决定', 'Decided'],
};

const APPEAL_STATE: Labels<AppealState> = {
  REQUESTED: ['已申请复核', 'Requested'],
  REVIEWED: ['已初审', 'Reviewed'],
  UPHELD: ['复核成立', 'Upheld'],
  DISMISSED: ['复核不成立', 'Dismissed'],
};

const MONTH_EXCLUSION: Labels<MonthExclusionReason> = {
  BACK_PAID: ['补缴', 'Back-paid'],
  PAYER_NOT_CONTRACT_EMPLOYER: ['缴费单位与合同单位不一致', 'Payer is not the contract employer'],
  BASE_NOT_TAX_BASE: ['缴费基数与个税基数不对应', 'Base does not match the tax base'],
  NOT_BEFORE_ASSESSMENT_MONTH: ['不早于评定月份', 'Not before the assessment month'],
};

const VERIFICATION_TASK_KIND: Labels<VerificationTaskKind> = {
  ARCHIVE_RETRIEVAL: ['人事档案调阅', 'Personnel archive'],
  EDUCATION: ['学历学位认证', 'Education'],
  QUALIFICATION: ['职称（职业资格）核验', 'Title / qualification'],
  SOCIAL_INSURANCE: ['社会保险核验', 'Social insurance'],
  TAX: ['个人所得税核验', 'Income tax'],
  HUKOU: ['户籍核验', 'Hukou'],
  MARRIAGE: ['婚姻核验', 'Marriage'],
  AWARD: ['表彰奖励核验', 'Awards'],
  INVESTMENT: ['投资纳税核验', 'Investment and tax'],
  CRIMINAL: ['刑事犯罪记录核验', 'Criminal record'],
  DETENTION: ['治安拘留记录核验', 'Detention record'],
  FAMILY_PLANNING: ['计划生育核验', 'Family planning'],
};

const VERIFICATION_TASK_STATUS: Labels<VerificationTaskStatus> = {
  PENDING: ['待核验', 'Pending'],
  IN_PROGRESS: ['核验中', 'In progress'],
  PASSED: ['核验通过', 'Passed'],
  FAILED: ['核验不通过', 'Failed'],
  NEEDS_MANUAL: ['需人工核验', 'Needs a person'],
};

export const ENUM_LABELS = {
  AccountRole: ACCOUNT_ROLE,
  AppealIndicator: SCORE_INDICATOR satisfies Labels<AppealIndicator>,
  AppealState: APPEAL_STATE,
  ApplicationKind: APPLICATION_KIND,
  ApplicationState: APPLICATION_STATE,
  ArchiveHolderKind: ARCHIVE_HOLDER_KIND,
  AwardLevel: AWARD_LEVEL,
  CoResidentRelation: CO_RESIDENT_RELATION,
  DiplomaLevel: DIPLOMA_LEVEL,
  EmployerStatus: EMPLOYER_STATUS,
  EstablishmentKind: ESTABLISHMENT,
  LicenceKind: LICENCE_KIND,
  MaritalStatus: MARITAL_STATUS,
  MonthExclusionReason: MONTH_EXCLUSION,
  OrganisationType: ORGANISATION_TYPE,
  QualificationLevel: QUALIFICATION_LEVEL,
  SanctionStatus: SANCTION_STATUS,
  ScoreIndicator: SCORE_INDICATOR,
  VerificationTaskKind: VERIFICATION_TASK_KIND,
  VerificationTaskStatus: VERIFICATION_TASK_STATUS,
} as const;

export type EnumName = keyof typeof ENUM_LABELS;

/** The label of an enum value; an unknown value (a newer server) is shown as it came. */
export function enumLabel<E extends EnumName>(
  name: E,
  value: string | null | undefined,
  language: Language,
): string {
  if (!value) return '—';
  const labels = ENUM_LABELS[name] as Record<string, readonly [string, string]>;
  const label = labels[value];
  return label ? label[language === 'zh' ? 0 : 1] : value;
}

/** Select options for an enum, in the schema's order. */
export function enumOptions<E extends EnumName>(
  name: E,
  language: Language,
): Array<{ value: keyof (typeof ENUM_LABELS)[E] & string; label: string }> {
  return Object.entries(ENUM_LABELS[name] as Record<string, readonly [string, string]>).map(
    ([value, label]) => ({
      value: value as keyof (typeof ENUM_LABELS)[E] & string,
      label: label[language === 'zh' ? 0 : 1],
    }),
  );
}
