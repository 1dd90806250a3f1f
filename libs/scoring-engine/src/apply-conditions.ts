// 第二条 (适用对象), 第十三条 and page 004 (申请积分的条件): whether the holder may apply at all, on the
// profile's own facts. Beside the score, never inside it: `eligible` keeps its contract meaning
// (total ≥ standard, no veto) and a decision approves only when `canApply` holds too. A fact the
// profile does not give is a condition not shown, so unmet: nothing is assumed.
import { ledgerCounts, type ContributionLedger } from './contribution-ledger';
import { compareIsoDates, daysInMonth, formatIsoDate, requireIsoDate } from './dates.util';
import { DEFAULT_ELIGIBILITY, type RuleSet } from './rule-set';
import { EmployerKind, type ScoreProfile } from './score-profile.types';
import { ApplyCondition, type UnmetCondition } from './score-result.types';

const EMPLOYER_KIND_LABELS: Readonly<Record<EmployerKind, { zh: string; en: string }>> = {
  [EmployerKind.SHANGHAI_REGISTERED]: { zh: '本市注册单位', en: 'an employer registered in Shanghai' },
  [EmployerKind.OUT_OF_TOWN_BRANCH]: {
    zh: '本市单位在外省市设立的分支机构',
    en: 'an out-of-town branch of a Shanghai employer',
  },
  [EmployerKind.OUT_OF_TOWN_REPRESENTATIVE_OFFICE]: {
    zh: '外省市在沪设立的办事机构等派出机构',
    en: "an out-of-town body's representative office in Shanghai",
  },
};

function permitCondition(profile: ScoreProfile): UnmetCondition | undefined {
  const { residencePermitIssuedOn: from, residencePermitValidUntil: to, assessmentDate } = profile;
  const condition = ApplyCondition.RESIDENCE_PERMIT_VALID;
  if (to === null) {
    return {
      condition,
      code: 'RESIDENCE_PERMIT_NOT_SHOWN',
      note: '未提供有效期内的《上海市居住证》，不能申请积分 (no valid Shanghai residence permit shown: cannot apply)',
    };
  }
  if (from !== null && compareIsoDates(from, assessmentDate) > 0) {
    return {
      condition,
      code: 'RESIDENCE_PERMIT_NOT_YET_VALID',
      note: `《上海市居住证》自 ${from} 起有效，${assessmentDate} 尚未生效，不能申请积分 (the residence permit is valid only from ${from}, after ${assessmentDate}: cannot apply)`,
    };
  }
  if (compareIsoDates(to, assessmentDate) < 0) {
    return {
      condition,
      code: 'RESIDENCE_PERMIT_EXPIRED',
      note: `《上海市居住证》有效期至 ${to}，${assessmentDate} 已过期，不能申请积分 (the residence permit expired on ${to}, before ${assessmentDate}: cannot apply)`,
    };
  }
  return undefined;
}

function socialInsuranceCondition(ruleSet: RuleSet, ledger: ContributionLedger): UnmetCondition | undefined {
  const needed = (ruleSet.eligibility ?? DEFAULT_ELIGIBILITY).minSocialInsuranceMonths;
  const months = ledgerCounts(ledger).eligibilityMonths;
  if (months >= needed) return undefined;
  return {
    condition: ApplyCondition.SOCIAL_INSURANCE_MONTHS,
    code: 'SOCIAL_INSURANCE_TOO_FEW_MONTHS',
    note: `参加本市职工社会保险 ${months} 个月（补缴月份不计），不满 ${needed} 个月，不能申请积分 (${months} months of Shanghai employee social insurance before the assessment month, back-paid months not counted; ${needed} needed: cannot apply)`,
  };
}

/** 申请当月应处于就业: the labour contract covers at least one day of the assessment month. */
function employmentCondition(profile: ScoreProfile): UnmetCondition | undefined {
  const { employmentStartDate: start, employmentEndDate: end, assessmentDate } = profile;
  const condition = ApplyCondition.EMPLOYED_IN_APPLICATION_MONTH;
  if (start === null) {
    return {
      condition,
      code: 'EMPLOYMENT_NOT_SHOWN',
      note: '未提供劳动（聘用）合同，无法确认申请当月处于就业，不能申请积分 (no labour contract shown, so employment in the application month is not shown: cannot apply)',
    };
  }
  const { year, month } = requireIsoDate(assessmentDate, 'profile.assessmentDate');
  const monthStart = formatIsoDate({ year, month, day: 1 });
  const monthEnd = formatIsoDate({ year, month, day: daysInMonth(year, month) });
  const monthText = monthStart.slice(0, 7);
  if (compareIsoDates(start, monthEnd) > 0) {
    return {
      condition,
      code: 'EMPLOYMENT_NOT_STARTED',
      note: `劳动合同自 ${start} 起，申请当月（${monthText}）尚未就业，不能申请积分 (the labour contract starts on ${start}, after the application month ${monthText}: cannot apply)`,
    };
  }
  if (end !== null && compareIsoDates(end, monthStart) < 0) {
    return {
      condition,
      code: 'EMPLOYMENT_ENDED',
      note: `劳动合同已于 ${end} 终止，申请当月（${monthText}）未处于就业，不能申请积分 (the labour contract ended on ${end}, before the application month ${monthText}: cannot apply)`,
    };
  }
  return undefined;
}

function employerCondition(profile: ScoreProfile, ruleSet: RuleSet): UnmetCondition | undefined {
  const kind = profile.employerKind;
  const condition = ApplyCondition.EMPLOYER_MAY_FILE;
  if (kind === null) {
    return {
      condition,
      code: 'EMPLOYER_KIND_NOT_SHOWN',
      note: '未提供用人单位类型，无法确认是否为本市单位，不能申请积分 (the employer kind is not shown: cannot apply)',
    };
  }
  if (!(ruleSet.eligibility ?? DEFAULT_ELIGIBILITY).excludedEmployerKinds.includes(kind)) return undefined;
  const label = EMPLOYER_KIND_LABELS[kind];
  return {
    condition,
    code:
      kind === EmployerKind.OUT_OF_TOWN_BRANCH
        ? 'EMPLOYER_OUT_OF_TOWN_BRANCH'
        : 'EMPLOYER_OUT_OF_TOWN_REPRESENTATIVE_OFFICE',
    note: `用人单位为${label.zh}，其工作人员不属于积分申请对象 (the employer is ${label.en}: its staff may not apply)`,
  };
}

/** The unmet conditions, in `ApplyCondition` order; empty when the holder may apply. */
export function unmetApplyConditions(
  profile: ScoreProfile,
  ruleSet: RuleSet,
  ledger: ContributionLedger,
): UnmetCondition[] {
  const unmet: UnmetCondition[] = [];
  const permit = permitCondition(profile);
  if (permit) unmet.push(permit);
  const insurance = socialInsuranceCondition(ruleSet, ledger);
  if (insurance) unmet.push(insurance);
  const employment = employmentCondition(profile);
  if (employment) unmet.push(employment);
  const employer = employerCondition(profile, ruleSet);
  if (employer) unmet.push(employer);
  return unmet;
}
