// assess(profile, ruleSet) → result: the one scoring function behind both the public simulation and
// the decision on verified facts (积分核定). Pure: the assessment date is an input, nothing is read
// from a clock or storage, and the same inputs always give a deep-equal result.
import {
  ageItem,
  educationItem,
  needsBaseCondition,
  qualificationItem,
  socialInsuranceYearsItem,
} from './base-indicators';
import {
  awardItem,
  entrepreneurItem,
  freshGraduateItem,
  innovationIntermediaryItem,
  investmentTaxItem,
  localEmploymentItem,
  publicServiceItem,
  remoteSuburbItem,
  shortageMajorItem,
  socialInsuranceBaseItem,
  spouseHukouItem,
} from './bonus-indicators';
import { unmetApplyConditions } from './apply-conditions';
import {
  buildContributionLedger,
  contributionCeilingOf,
  EXCLUSION_BIT,
  exclusionMask,
  reasonsOf,
  type ContributionLedger,
  type LedgerSegment,
} from './contribution-ledger';
import { formatMonthIndex, yearOfMonthIndex } from './dates.util';
import {
  administrativeDetentionItem,
  criminalRecordItem,
  falseMaterialsItem,
  vetoItem,
} from './deduction-indicators';
import type { RuleSet } from './rule-set';
import { formatCny, MONTH_EXCLUSION_LABELS } from './score-labels.constant';
import type { ScoreProfile } from './score-profile.types';
import {
  MonthExclusionReason,
  ScoreIndicator,
  type ExcludedMonth,
  type ScoreItem,
  type ScoreItemCode,
  type ScoreResult,
} from './score-result.types';

const INDICATOR_LABELS: Readonly<Partial<Record<ScoreIndicator, { zh: string; en: string }>>> = {
  [ScoreIndicator.EDUCATION]: { zh: '教育背景', en: 'education' },
  [ScoreIndicator.QUALIFICATION]: { zh: '职称和技能等级', en: 'qualification' },
  [ScoreIndicator.INVESTMENT_TAX]: { zh: '投资纳税', en: 'investment tax' },
  [ScoreIndicator.LOCAL_EMPLOYMENT]: { zh: '带动本地就业', en: 'local employment' },
  [ScoreIndicator.SOCIAL_INSURANCE_YEARS]: { zh: '社保年限', en: 'social-insurance years' },
  [ScoreIndicator.SOCIAL_INSURANCE_BASE]: { zh: '社保缴费基数加分', en: 'social-insurance base bonus' },
};

function labelOf(indicator: ScoreIndicator): { zh: string; en: string } {
  return INDICATOR_LABELS[indicator] ?? { zh: indicator, en: indicator };
}

/**
 * Policy article 11: of education and qualification, and of investment tax and local employment,
 * only one counts. The higher one does; on a tie the first named in the policy does.
 */
function applyEitherOr(
  first: ScoreItem | undefined,
  second: ScoreItem | undefined,
  notHigher: { first: ScoreItemCode; second: ScoreItemCode },
): void {
  if (!first?.counted || !second?.counted) return;
  const [winner, loser, code] =
    second.points > first.points ? [second, first, notHigher.first] : [first, second, notHigher.second];
  const winnerLabel = labelOf(winner.indicator);
  const loserLabel = labelOf(loser.indicator);
  loser.counted = false;
  loser.code = code;
  loser.note =
    `${loser.note}；不高于${winnerLabel.zh}的 ${winner.points} 分，两项只取其一，本项不计入 ` +
    `(not higher than ${winnerLabel.en} at ${winner.points} points; only one of ${loserLabel.en} and ${winnerLabel.en} counts)`;
}

/** For months the engine found not 合理对应: the two amounts and the rule, for the note. */
function incomeTaxDetail(ruleSet: RuleSet, segment: LedgerSegment): { zh: string; en: string } {
  const income = segment.incomeTaxBase;
  if (income === null) return { zh: '', en: '' };
  const tolerance = Math.round((ruleSet.incomeTaxMatch?.relativeTolerance ?? 0) * 1000) / 10;
  const ceiling = contributionCeilingOf(ruleSet, yearOfMonthIndex(segment.from));
  const ceilingZh = ceiling === undefined ? '' : `，且基数未达当年缴费基数上限 ${formatCny(ceiling)} 元`;
  const ceilingEn =
    ceiling === undefined ? '' : `, and the base is not at that year's ceiling of ${formatCny(ceiling)} CNY`;
  return {
    zh: `（社保基数 ${formatCny(segment.base)} 元，个税申报收入 ${formatCny(income)} 元，相差超过 ${tolerance}%${ceilingZh}）`,
    en: ` (base ${formatCny(segment.base)} CNY against a taxed income of ${formatCny(income)} CNY: more than ${tolerance}% apart${ceilingEn})`,
  };
}

function excludedMonths(
  profile: ScoreProfile,
  ruleSet: RuleSet,
  ledger: ContributionLedger,
): ExcludedMonth[] {
  const result: ExcludedMonth[] = [];
  let checks: Array<{ indicator: ScoreIndicator; mask: number }> | undefined;
  for (const segment of ledger.segments) {
    const flags = segment.flags;
    if (flags === 0) continue;
    checks ??= exclusionChecks(profile, ruleSet);
    const indicators = checks.filter((check) => (flags & check.mask) !== 0).map((check) => check.indicator);
    if (indicators.length === 0) continue;
    const reasons = reasonsOf(flags);
    const [code] = reasons;
    if (code === undefined) continue;
    const detail =
      (flags & EXCLUSION_BIT[MonthExclusionReason.BASE_NOT_TAX_BASE]) !== 0
        ? incomeTaxDetail(ruleSet, segment)
        : { zh: '', en: '' };
    const reasonZh = reasons.map((reason) => MONTH_EXCLUSION_LABELS[reason].zh).join('、') + detail.zh;
    const reasonEn = reasons.map((reason) => MONTH_EXCLUSION_LABELS[reason].en).join(', ') + detail.en;
    const indicatorsZh = indicators.map((indicator) => labelOf(indicator).zh).join('、');
    const indicatorsEn = indicators.map((indicator) => labelOf(indicator).en).join(', ');
    for (let index = segment.from; index <= segment.to; index++) {
      const month = formatMonthIndex(index);
      result.push({
        month,
        code,
        reasons: [...reasons],
        indicators: [...indicators],
        note: `${month} ${reasonZh}，不计入${indicatorsZh} (${month}: ${reasonEn}; does not count for ${indicatorsEn})`,
      });
    }
  }
  return result;
}

function exclusionChecks(
  profile: ScoreProfile,
  ruleSet: RuleSet,
): Array<{ indicator: ScoreIndicator; mask: number }> {
  const checks: Array<{ indicator: ScoreIndicator; mask: number }> = [
    {
      indicator: ScoreIndicator.SOCIAL_INSURANCE_YEARS,
      mask: exclusionMask(ruleSet.socialInsuranceYears.excludedWhen),
    },
    {
      indicator: ScoreIndicator.SOCIAL_INSURANCE_BASE,
      mask: exclusionMask(ruleSet.socialInsuranceBase.excludedWhen),
    },
  ];
  if (needsBaseCondition(profile.qualification, ruleSet)) {
    checks.push({
      indicator: ScoreIndicator.QUALIFICATION,
      mask: exclusionMask(ruleSet.qualification.baseCondition.excludedWhen),
    });
  }
  return checks;
}

export function assess(profile: ScoreProfile, ruleSet: RuleSet): ScoreResult {
  // The month list is built once and every indicator counts its windows on it.
  const ledger = buildContributionLedger(profile, ruleSet);

  const education = educationItem(profile, ruleSet);
  const qualification = qualificationItem(profile, ruleSet, ledger);
  applyEitherOr(education, qualification, {
    first: 'EDUCATION_NOT_HIGHER',
    second: 'QUALIFICATION_NOT_HIGHER',
  });
  const investmentTax = investmentTaxItem(profile, ruleSet);
  const localEmployment = localEmploymentItem(profile, ruleSet);
  applyEitherOr(investmentTax, localEmployment, {
    first: 'INVESTMENT_TAX_NOT_HIGHER',
    second: 'LOCAL_EMPLOYMENT_NOT_HIGHER',
  });
  const veto = vetoItem(profile);

  // In `ScoreIndicator` order, so the breakdown reads like the policy.
  const candidates: Array<ScoreItem | undefined> = [
    ageItem(profile, ruleSet),
    education,
    qualification,
    socialInsuranceYearsItem(ruleSet, ledger),
    entrepreneurItem(profile, ruleSet),
    innovationIntermediaryItem(profile, ruleSet),
    shortageMajorItem(profile, ruleSet),
    investmentTax,
    localEmployment,
    socialInsuranceBaseItem(profile, ruleSet, ledger),
    publicServiceItem(profile, ruleSet),
    remoteSuburbItem(profile, ruleSet),
    freshGraduateItem(profile, ruleSet),
    awardItem(profile, ruleSet),
    spouseHukouItem(profile, ruleSet),
    falseMaterialsItem(profile, ruleSet),
    administrativeDetentionItem(profile, ruleSet),
    criminalRecordItem(profile, ruleSet),
    veto,
  ];
  const items = candidates.filter((item): item is ScoreItem => item !== undefined);

  let sum = 0;
  for (const item of items) if (item.counted) sum += item.points;
  // 第十一条: 总积分的最低分值为0分
  const total = Math.max(0, sum);
  const vetoed = veto !== undefined;
  const unmet = unmetApplyConditions(profile, ruleSet, ledger);
  return {
    total,
    standard: ruleSet.standard,
    eligible: !vetoed && total >= ruleSet.standard,
    vetoed,
    ruleSetVersion: ruleSet.version,
    items,
    excludedMonths: excludedMonths(profile, ruleSet, ledger),
    canApply: unmet.length === 0,
    unmetConditions: unmet,
  };
}
