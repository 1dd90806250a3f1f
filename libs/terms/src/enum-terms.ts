// The official Chinese terms (the policy texts' words where they have them: 学历, 职称, 技能等级...)
// with their English, keyed by the API's enum values. One table for the console
// (web/src/i18n/enums.ts, which checks each against the generated schema types) and the services'
// printed documents (services/application/src/notice/chinese-terms.ts, against the enums).

/** [Chinese, English] per enum value. */
export type Terms = Readonly<Record<string, readonly [zh: string, en: string]>>;

export const APPLICATION_STATE = {
  DRAFT: ['草稿', 'Draft'],
  EMPLOYER_REVIEW: ['单位审核中', 'With the employer'],
  SUBMITTED: ['等待受理', 'Awaiting acceptance'],
  MATERIALS_REQUIRED: ['材料待补正', 'Materials required'],
  ARCHIVE_REVIEW: ['审核中', 'Under review'],
  SCORING: ['积分评定中', 'Being scored'],
  APPROVED: ['审核通过', 'Approved'],
  REJECTED: ['审核不通过', 'Rejected'],
  WITHDRAWN: ['已撤回', 'Withdrawn'],
} as const satisfies Terms;

export const APPLICATION_KIND = {
  NEW: ['首次申请', 'First application'],
  RENEWAL: ['续办', 'Renewal'],
  CHANGE: ['变更', 'Change'],
} as const satisfies Terms;

export const DIPLOMA_LEVEL = {
  NONE: ['无', 'None'],
  JUNIOR_COLLEGE: ['大专(高职)学历', 'Junior college'],
  BACHELOR: ['大学本科学历', "Bachelor's (no degree)"],
  BACHELOR_WITH_DEGREE: ['大学本科学历和学士学位', "Bachelor's with degree"],
  MASTER: ['硕士研究生学历学位', "Master's"],
  DOCTOR: ['博士研究生学历学位', 'Doctorate'],
} as const satisfies Terms;

export const QUALIFICATION_LEVEL = {
  NONE: ['无', 'None'],
  SKILL_5: ['技能类国家职业资格五级', 'Vocational level 5'],
  SKILL_4: ['技能类国家职业资格四级', 'Vocational level 4'],
  SKILL_3: ['技能类国家职业资格三级', 'Vocational level 3'],
  SKILL_2: ['技能类国家职业资格二级', 'Vocational level 2'],
  MID_TITLE: ['中级专业技术职务任职资格', 'Intermediate professional title'],
  SKILL_1: ['技能类国家职业资格一级', 'Vocational level 1'],
  SENIOR_TITLE: ['高级专业技术职务任职资格', 'Senior professional title'],
} as const satisfies Terms;

export const SCORE_INDICATOR = {
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
} as const satisfies Terms;

export const EMPLOYER_STATUS = {
  PENDING_REVIEW: ['待审核', 'Pending review'],
  APPROVED: ['审核通过', 'Approved'],
  REJECTED: ['审核不通过', 'Rejected'],
} as const satisfies Terms;

export const ORGANISATION_TYPE = {
  ENTERPRISE: ['企业', 'Enterprise'],
  PUBLIC_INSTITUTION: ['事业单位', 'Public institution'],
  SOCIAL_ORGANISATION: ['社会团体', 'Social organisation'],
  PRIVATE_NON_ENTERPRISE: ['民办非企业单位', 'Private non-enterprise unit'],
  HR_SERVICE_AGENCY: ['人力资源中介服务机构', 'HR service agency'],
} as const satisfies Terms;

export const ESTABLISHMENT = {
  SHANGHAI_REGISTERED: ['本市注册', 'Registered in Shanghai'],
  OUT_OF_TOWN_REPRESENTATIVE_OFFICE: ['外省市驻沪代表处', 'Out-of-town representative office'],
  OUT_OF_TOWN_BRANCH: ['外省市驻沪分支机构', 'Out-of-town branch'],
} as const satisfies Terms;

export const LICENCE_KIND = {
  HR_SERVICE_LICENCE: ['人力资源服务许可证', 'HR service licence'],
  LABOUR_DISPATCH_LICENCE: ['劳务派遣经营许可证', 'Labour dispatch licence'],
} as const satisfies Terms;

export const MARITAL_STATUS = {
  SINGLE: ['未婚', 'Single'],
  MARRIED: ['已婚', 'Married'],
  DIVORCED: ['离异', 'Divorced'],
  WIDOWED: ['丧偶', 'Widowed'],
} as const satisfies Terms;

export const CO_RESIDENT_RELATION = {
  SPOUSE: ['配偶', 'Spouse'],
  CHILD: ['子女', 'Child'],
} as const satisfies Terms;

export const ARCHIVE_HOLDER_KIND = {
  DISTRICT_TALENT_CENTRE: ['区人才服务中心', 'District talent centre'],
  JOB_AGENCY: ['职业介绍所', 'Job agency'],
  OTHER: ['其他档案保管机构', 'Other archive holder'],
} as const satisfies Terms;

export const AWARD_LEVEL = {
  MUNICIPAL_SPECIAL: ['市级专项表彰奖励', 'Municipal special award'],
  MUNICIPAL_COMPREHENSIVE: ['市级综合表彰奖励', 'Municipal comprehensive award'],
  NATIONAL: ['国家级表彰奖励', 'National award'],
} as const satisfies Terms;

export const ACCOUNT_ROLE = {
  EMPLOYER_HR: ['单位人事专员', 'Employer HR'],
  APPLICANT: ['申请人', 'Applicant'],
  CENTRE_OFFICER: ['受理点经办人员', 'Centre officer'],
  CENTRE_SUPERVISOR: ['受理点负责人', 'Centre supervisor'],
  CITY_VERIFIER: ['市级核验人员', 'City verifier'],
  HRSS_ADMIN: ['市人社局管理员', 'HRSS administrator'],
} as const satisfies Terms;

export const SANCTION_STATUS = {
  PENDING_DECISION: ['待决定', 'Pending decision'],
  DECIDED: ['已决定', 'Decided'],
} as const satisfies Terms;

export const APPEAL_STATE = {
  REQUESTED: ['已申请复核', 'Requested'],
  REVIEWED: ['已初审', 'Reviewed'],
  UPHELD: ['复核成立', 'Upheld'],
  DISMISSED: ['复核不成立', 'Dismissed'],
} as const satisfies Terms;

export const MONTH_EXCLUSION = {
  BACK_PAID: ['补缴', 'Back-paid'],
  PAYER_NOT_CONTRACT_EMPLOYER: ['缴费单位与合同单位不一致', 'Payer is not the contract employer'],
  BASE_NOT_TAX_BASE: ['缴费基数与个税基数不对应', 'Base does not match the tax base'],
  NOT_BEFORE_ASSESSMENT_MONTH: ['不早于评定月份', 'Not before the assessment month'],
} as const satisfies Terms;

export const SEX = {
  MALE: ['男', 'Male'],
  FEMALE: ['女', 'Female'],
} as const satisfies Terms;
