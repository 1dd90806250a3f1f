import type { Terms } from './enum-terms';

/**
 * What each history code (services/application/src/history/history-codes.ts) reads as on the
 * timeline. `typed: true` where the entry's reason is what a person typed (the officer's reason
 * for a rejection...), which the timeline shows under the label.
 */
export const HISTORY_CODE = {
  OPENED: ['创建申请', 'Application opened'],
  FORM_EDITED: ['修改申请表', 'Form edited'],
  SUBMIT_TO_EMPLOYER: ['提交单位审核', 'Sent to the employer'],
  RETURN_TO_APPLICANT: ['单位退回修改', 'Returned by the employer'],
  APPROVE_AND_SUBMIT: ['单位审核通过并提交受理', 'Approved and submitted by the employer'],
  ACCEPT: ['受理点受理，出具收件凭证', 'Accepted by the centre (receipt issued)'],
  REQUEST_MATERIALS: ['告知补正材料', 'Materials requested'],
  REJECT: ['审核不通过', 'Rejected'],
  WITHDRAW: ['撤回申请', 'Withdrawn'],
  REVOKE: ['应单位申请撤销', 'Revoked at the employer’s request'],
  RESCORE: ['重新积分核定', 'Scored again'],
  APPROVE_ON_APPEAL: ['复核改正后积分核定通过', 'Approved on appeal'],
  REOPEN_ON_APPEAL: ['复核成立，重新核查', 'Reopened on appeal: checked again'],
  VERIFICATION_PASSED: ['档案及各项核查通过，进入积分核定', 'Checks passed: scoring'],
  VERIFICATION_FAILED: ['核查未通过', 'Checks failed'],
  SCORED_ELIGIBLE: ['积分核定通过', 'Scored: reaches the standard'],
  SCORED_NOT_ELIGIBLE: ['积分未达到标准分值', 'Scored: below the standard'],
  RELEASED_BY_JOB_CHANGE: ['单位解除关联（工作变动）', 'Released by the employer (job change)'],
  RENEWAL_CONFIRMED_ONLINE: ['网上审核通过，积分确认', 'Renewal confirmed online'],
  POINTS_LAPSED: ['居住证过期未续办，积分失效', 'Points lapsed (permit expired)'],
  POINTS_SUPERSEDED: ['积分由续办或变更申请接续', 'Points continued by a renewal or change'],
  PERMIT_ENDORSED: ['居住证签注', 'Permit endorsed'],
  OFFICER_CLAIMED: ['经办人员认领', 'Claimed by an officer'],
  OFFICER_ASSIGNED: ['分派经办人员', 'Assigned to an officer'],
  APPEAL_FILED: ['申请复核', 'Appeal filed'],
  SCORE_CORRECTED: ['复核改正分值', 'Score corrected on appeal'],
  APPEAL_DECIDED: ['复核维持原核定', 'Appeal decided: no change'],
  RENEWAL_AT_WINDOW: ['单位或信息有变化，需窗口受理', 'Changed details: reviewed at the window'],
  RENEWAL_FACTS_REQUESTED: ['网上审核：核查社保、个税、居住证等登记信息', 'Online review: registries asked'],
  RENEWAL_FACTS_CHANGED: [
    '登记信息有变化（单位、婚姻或同住人），需窗口受理',
    'Registry facts changed: reviewed at the window',
  ],
  ONLINE_REVIEW_FAILED: ['网上审核未通过，请至受理点递交材料', 'Online review failed: bring the materials'],
  SCORING_FAILED: ['积分核定未能进行，待核实', 'Scoring could not run: being checked'],
  AMENDED: ['信息更正', 'Details amended'],
  DEVELOPMENT_SEED: ['开发环境示例数据', 'Development seed (sample data)'],
  DEADLINE_RECOMPUTED: ['按公布的节假日安排重新计算期限', 'Deadline recomputed with the published holidays'],
  PERMIT_CANCELLED: ['居住证已注销，积分即时失效', 'Permit cancelled: points void'],
  RECORD_PERMIT_CANCELLED: [
    '受理点登记居住证注销，积分即时失效',
    'Permit cancellation recorded: points void',
  ],
  CORRECT_POINTS: ['市人力资源社会保障局纠正积分', 'Points corrected by HRSS'],
  EXPIRED_WAITING: ['逾期未处理，申请终止', 'Expired after waiting too long'],
} as const satisfies Terms;

/** Codes whose reason is a person's own words (shown under the label, as typed). */
export const HISTORY_CODE_WITH_TYPED_REASON: readonly string[] = [
  'RETURN_TO_APPLICANT',
  'REQUEST_MATERIALS',
  'REJECT',
  'REVOKE',
  'RESCORE',
  'WITHDRAW',
  'CORRECT_POINTS',
  'RECORD_PERMIT_CANCELLED',
];

/** The application form's sections (ApplicationFormInput fields) as the form labels them. */
export const FORM_SECTION = {
  personal: ['个人信息', 'Personal details'],
  residencePermit: ['居住证', 'Residence permit'],
  employment: ['就业信息', 'Employment'],
  educationHistory: ['教育背景', 'Education'],
  qualifications: ['专业技术职称和技能等级', 'Professional titles and vocational levels'],
  socialInsurance: ['本市职工社会保险缴费（申报）', 'Shanghai social insurance (declared)'],
  bonusClaims: ['加分指标（申报）', 'Bonus claims'],
  coResidents: ['同住人', 'Co-residents'],
  archiveLocation: ['人事档案存放', 'Personnel archive'],
  declarations: ['本人承诺', 'Declarations'],
} as const satisfies Terms;
