// Names used in the notes: the policy's Chinese term, then the English one.
import type { ScoredEducationLevel, ScoredQualificationLevel } from './rule-set';
import { AwardLevel } from './score-profile.types';
import { MonthExclusionReason } from './score-result.types';

export interface BilingualLabel {
  zh: string;
  en: string;
}

export const EDUCATION_LABELS: Readonly<Record<ScoredEducationLevel, BilingualLabel>> = {
  JUNIOR_COLLEGE: { zh: '大专(高职)学历', en: 'junior college' },
  BACHELOR: { zh: '大学本科学历', en: "bachelor's education without degree" },
  BACHELOR_WITH_DEGREE: { zh: '大学本科学历和学士学位', en: "bachelor's with degree" },
  MASTER: { zh: '硕士研究生学历学位', en: "master's" },
  DOCTOR: { zh: '博士研究生学历学位', en: 'doctorate' },
};

export const QUALIFICATION_LABELS: Readonly<Record<ScoredQualificationLevel, BilingualLabel>> = {
  SKILL_5: { zh: '技能类国家职业资格五级', en: 'skill level 5' },
  SKILL_4: { zh: '技能类国家职业资格四级', en: 'skill level 4' },
  SKILL_3: { zh: '技能类国家职业资格三级', en: 'skill level 3' },
  SKILL_2: { zh: '技能类国家职业资格二级', en: 'skill level 2' },
  MID_TITLE: { zh: '中级专业技术职务任职资格', en: 'mid-level title' },
  SKILL_1: { zh: '技能类国家职业资格一级', en: 'skill level 1' },
  SENIOR_TITLE: { zh: '高级专业技术职务任职资格', en: 'senior title' },
};

export const AWARD_LABELS: Readonly<Record<AwardLevel, BilingualLabel>> = {
  [AwardLevel.MUNICIPAL_SPECIAL]: { zh: '市级机关专项性表彰奖励', en: 'municipal special award' },
  [AwardLevel.MUNICIPAL_COMPREHENSIVE]: { zh: '市级机关综合性表彰奖励', en: 'municipal comprehensive award' },
  [AwardLevel.NATIONAL]: { zh: '省部级及以上政府表彰奖励', en: 'provincial/ministerial or higher award' },
};

export const MONTH_EXCLUSION_LABELS: Readonly<Record<MonthExclusionReason, BilingualLabel>> = {
  [MonthExclusionReason.BACK_PAID]: { zh: '补缴', en: 'back-paid' },
  [MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER]: {
    zh: '缴费单位与劳动合同单位不一致',
    en: 'paying employer is not the contract employer',
  },
  [MonthExclusionReason.BASE_NOT_TAX_BASE]: {
    zh: '社保缴费基数与个税基数不对应',
    en: 'contribution base does not match the income-tax base',
  },
  [MonthExclusionReason.NOT_BEFORE_ASSESSMENT_MONTH]: {
    zh: '评估当月及以后的月份',
    en: 'the assessment month or later',
  },
};

/** "1,200,000" or "9,845.6": thousands grouped by hand, no locale data involved. */
export function formatCny(amount: number): string {
  const text = String(Math.abs(amount));
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  return `${amount < 0 ? '-' : ''}${grouped}${dot < 0 ? '' : text.slice(dot)}`;
}
