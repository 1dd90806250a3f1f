// 积分确认 (renewal) checks, domain.md RENEWAL: each failing check clears the points until fixed.
// The renewal date is the profile's assessment date; "the last 12 months" end with the month before it.
import { needsBaseCondition, qualificationBaseMonths } from './base-indicators';
import { socialInsuranceBaseTiers } from './bonus-indicators';
import {
  buildContributionLedger,
  countRecentFlaggedMonths,
  countRecentMonths,
  EXCLUSION_BIT,
  exclusionMask,
} from './contribution-ledger';
import type { RuleSet } from './rule-set';
import { QUALIFICATION_LABELS } from './score-labels.constant';
import type { ScoreProfile } from './score-profile.types';
import { MonthExclusionReason, ScoreIndicator, type ScoreItem } from './score-result.types';
import { ratioText } from './score-item.util';

export enum RenewalCheckName {
  /** 近12个月缴纳社保满6个月 */
  SOCIAL_INSURANCE_PAID = 'SOCIAL_INSURANCE_PAID',
  /** Title / level-2+ route: the 6 months at a base ≥ 1× the average wage. */
  QUALIFICATION_BASE_CONDITION = 'QUALIFICATION_BASE_CONDITION',
  /** The social-insurance-base bonus granted still holds (months and multiple). */
  SOCIAL_INSURANCE_BASE_TIER = 'SOCIAL_INSURANCE_BASE_TIER',
  /** 社保与个税对应 */
  SOCIAL_INSURANCE_MATCHES_INCOME_TAX = 'SOCIAL_INSURANCE_MATCHES_INCOME_TAX',
  /** Title, technician and shortage-major routes: the position still matches (岗位说明书). */
  POSITION_MATCHES = 'POSITION_MATCHES',
}

export interface RenewalCheck {
  check: RenewalCheckName;
  passed: boolean;
  /** Chinese with the English reason, like the score notes. */
  reason: string;
}

export interface RenewalResult {
  passed: boolean;
  /** The checks that apply to the granted routes, in `RenewalCheckName` order. */
  checks: RenewalCheck[];
}

export interface RenewalOptions {
  /** The items of the decision being renewed: they say which routes the points rest on. */
  granted: { items: readonly ScoreItem[] };
}

function countedItem(granted: RenewalOptions['granted'], indicator: ScoreIndicator): ScoreItem | undefined {
  return granted.items.find((item) => item.indicator === indicator && item.counted);
}

export function checkRenewal(
  profile: ScoreProfile,
  ruleSet: RuleSet,
  options: RenewalOptions,
): RenewalResult {
  const ledger = buildContributionLedger(profile, ruleSet);
  const checks: RenewalCheck[] = [];
  const { windowMonths, minPaidMonths } = ruleSet.renewal;

  // Paid months: as for the years indicator (back-paid and other-payer months are not "paid").
  const paid = countRecentMonths(
    ledger,
    windowMonths,
    exclusionMask(ruleSet.socialInsuranceYears.excludedWhen),
    0,
  );
  checks.push({
    check: RenewalCheckName.SOCIAL_INSURANCE_PAID,
    passed: paid >= minPaidMonths,
    reason:
      paid >= minPaidMonths
        ? `近${windowMonths}个月缴纳社保 ${paid} 个月，满 ${minPaidMonths} 个月 (${paid} of the last ${windowMonths} months paid; ${minPaidMonths} needed)`
        : `近${windowMonths}个月缴纳社保仅 ${paid} 个月，需 ${minPaidMonths} 个月 (only ${paid} of the last ${windowMonths} months paid; ${minPaidMonths} needed)`,
  });

  const qualificationRoute = countedItem(options.granted, ScoreIndicator.QUALIFICATION);
  if (qualificationRoute && needsBaseCondition(profile.qualification, ruleSet)) {
    const condition = ruleSet.qualification.baseCondition;
    const months = qualificationBaseMonths(ledger);
    const ratio = ratioText(condition.minWageRatio);
    const label = QUALIFICATION_LABELS[profile.qualification];
    const met = months >= condition.minMonths;
    checks.push({
      check: RenewalCheckName.QUALIFICATION_BASE_CONDITION,
      passed: met,
      reason: `${label.zh}：近${condition.windowMonths}个月中 ${months} 个月社保基数≥${ratio.zh}上年度社平工资，需 ${condition.minMonths} 个月 (${label.en}: ${months} of the last ${condition.windowMonths} months at ≥${ratio.en} the average wage; ${condition.minMonths} needed)`,
    });
  }

  const baseBonus = countedItem(options.granted, ScoreIndicator.SOCIAL_INSURANCE_BASE);
  if (baseBonus && baseBonus.points > 0) {
    const { best } = socialInsuranceBaseTiers(ruleSet, ledger);
    const now = best?.tier.points ?? 0;
    const held = now >= baseBonus.points;
    checks.push({
      check: RenewalCheckName.SOCIAL_INSURANCE_BASE_TIER,
      passed: held,
      reason: held
        ? `社保基数加分 ${baseBonus.points} 分的月数和倍数仍满足（现为 ${now} 分档） (the ${baseBonus.points}-point base bonus still holds; now at the ${now}-point tier)`
        : `社保基数加分 ${baseBonus.points} 分的月数或倍数已不满足（现为 ${now} 分档） (the ${baseBonus.points}-point base bonus no longer holds; now at the ${now}-point tier)`,
    });
  }

  const mismatched = countRecentFlaggedMonths(
    ledger,
    windowMonths,
    EXCLUSION_BIT[MonthExclusionReason.BASE_NOT_TAX_BASE],
  );
  checks.push({
    check: RenewalCheckName.SOCIAL_INSURANCE_MATCHES_INCOME_TAX,
    passed: mismatched === 0,
    reason:
      mismatched === 0
        ? `近${windowMonths}个月社保缴费基数与个税基数对应 (contribution base matches the income-tax base in the last ${windowMonths} months)`
        : `近${windowMonths}个月中 ${mismatched} 个月社保缴费基数与个税基数不对应 (${mismatched} of the last ${windowMonths} months: contribution base does not match the income-tax base)`,
  });

  // Each route is checked on its own fact: a title or skill level on qualificationMatchesPosition,
  // the shortage major on shortageMajor (the major is on the list and the job matches it).
  const shortageRoute = countedItem(options.granted, ScoreIndicator.SHORTAGE_MAJOR);
  if (qualificationRoute || shortageRoute) {
    const routes: Array<{ zh: string; en: string; matches: boolean }> = [];
    if (qualificationRoute)
      routes.push({
        zh: '职称/技能等级',
        en: 'qualification',
        matches: profile.qualificationMatchesPosition,
      });
    if (shortageRoute)
      routes.push({ zh: '紧缺急需专业', en: 'shortage major', matches: profile.shortageMajor });
    const passed = routes.every((route) => route.matches);
    const reasonZh = routes
      .map((route) => `${route.zh}与所聘岗位${route.matches ? '仍然相符' : '已不相符'}`)
      .join('；');
    const reasonEn = routes
      .map((route) => `the ${route.en} ${route.matches ? 'still matches' : 'no longer matches'} the position`)
      .join('; ');
    checks.push({ check: RenewalCheckName.POSITION_MATCHES, passed, reason: `${reasonZh} (${reasonEn})` });
  }

  return { passed: checks.every((check) => check.passed), checks };
}
