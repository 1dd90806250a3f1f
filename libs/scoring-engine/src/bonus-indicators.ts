// 加分指标 (policy article 7).
import { ledgerCounts, type ContributionLedger } from './contribution-ledger';
import { fullYearsBetween } from './dates.util';
import type { RuleSet, SocialInsuranceBaseTier, SteppedBonusRule, YearlyBonusRule } from './rule-set';
import { AWARD_LABELS, formatCny, type BilingualLabel } from './score-labels.constant';
import type { ScoreProfile } from './score-profile.types';
import { ScoreIndicator, type ScoreItem, type ScoreItemCode } from './score-result.types';
import { applyCap, ratioText, scoreItem } from './score-item.util';

export function entrepreneurItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  if (!profile.entrepreneur) return undefined;
  const { points } = ruleSet.entrepreneur;
  return scoreItem(
    ScoreIndicator.ENTREPRENEUR,
    points,
    true,
    'ENTREPRENEUR_QUALIFIED',
    `符合创业人才条件，得 ${points} 分 (qualifies as an entrepreneurial talent: ${points} points)`,
  );
}

export function innovationIntermediaryItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  if (!profile.innovationIntermediary) return undefined;
  const { points } = ruleSet.innovationIntermediary;
  return scoreItem(
    ScoreIndicator.INNOVATION_INTERMEDIARY,
    points,
    true,
    'INNOVATION_INTERMEDIARY_QUALIFIED',
    `符合创新创业中介服务人才条件，得 ${points} 分 (qualifies as an innovation/entrepreneurship intermediary talent: ${points} points)`,
  );
}

export function shortageMajorItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  if (!profile.shortageMajor) return undefined;
  const { points } = ruleSet.shortageMajor;
  return scoreItem(
    ScoreIndicator.SHORTAGE_MAJOR,
    points,
    true,
    'SHORTAGE_MAJOR_MATCHES',
    `所学专业属于本市紧缺急需专业且工作岗位与专业一致，得 ${points} 分 (major on the shortage list and the job matches it: ${points} points)`,
  );
}

interface SteppedBonusText {
  indicator: ScoreIndicator.INVESTMENT_TAX | ScoreIndicator.LOCAL_EMPLOYMENT;
  codes: { counted: ScoreItemCode; capped: ScoreItemCode; belowMinimum: ScoreItemCode };
  /** What was measured, e.g. "近3年平均每年纳税 250,000 元". */
  measured: BilingualLabel;
  /** The rule's own words (its minimum and step), the same for every assessment under the rule. */
  ruleText: (rule: SteppedBonusRule) => { minimum: BilingualLabel; step: BilingualLabel };
}

/** A rule's words depend only on the rule: made once per rule object, not per assessment. */
const RULE_TEXTS = new WeakMap<SteppedBonusRule, { minimum: BilingualLabel; step: BilingualLabel }>();

function ruleTextOf(
  rule: SteppedBonusRule,
  text: SteppedBonusText,
): { minimum: BilingualLabel; step: BilingualLabel } {
  let found = RULE_TEXTS.get(rule);
  if (!found) {
    found = text.ruleText(rule);
    RULE_TEXTS.set(rule, found);
  }
  return found;
}

function steppedBonusItem(value: number, rule: SteppedBonusRule, text: SteppedBonusText): ScoreItem {
  const { minimum, step } = ruleTextOf(rule, text);
  if (value < rule.minimum) {
    return scoreItem(
      text.indicator,
      0,
      false,
      text.codes.belowMinimum,
      `${text.measured.zh}，不足 ${minimum.zh}，不得分 (${text.measured.en} is below ${minimum.en}: no points)`,
    );
  }
  const steps = Math.floor(value / rule.step);
  const raw = steps * rule.pointsPerStep;
  const { points, capped } = applyCap(raw, rule.maxPoints);
  const capZh = capped ? `，计 ${raw} 分，最高 ${points} 分` : '';
  const capEn = capped ? ` = ${raw}, capped at ${points}` : '';
  return scoreItem(
    text.indicator,
    points,
    true,
    capped ? text.codes.capped : text.codes.counted,
    `${text.measured.zh}，每${step.zh}积 ${rule.pointsPerStep} 分${capZh}，得 ${points} 分 (${text.measured.en}: ${rule.pointsPerStep} per full ${step.en}${capEn}: ${points} points)`,
  );
}

const INVESTMENT_TAX_RULE_TEXT = (rule: SteppedBonusRule) => ({
  minimum: { zh: `${formatCny(rule.minimum)} 元`, en: `${formatCny(rule.minimum)} CNY` },
  step: { zh: `纳税 ${formatCny(rule.step)} 元`, en: `${formatCny(rule.step)} CNY` },
});
const LOCAL_EMPLOYMENT_RULE_TEXT = (rule: SteppedBonusRule) => ({
  minimum: { zh: `${rule.minimum} 人`, en: `${rule.minimum} hires` },
  step: { zh: `聘用 ${rule.step} 人`, en: `${rule.step} hires` },
});

/** 投资纳税: only when some tax is claimed. */
export function investmentTaxItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  const tax = profile.averageAnnualTaxCny;
  if (!(tax > 0)) return undefined;
  const rule = ruleSet.investmentTax;
  return steppedBonusItem(tax, rule, {
    indicator: ScoreIndicator.INVESTMENT_TAX,
    codes: {
      counted: 'INVESTMENT_TAX_COUNTED',
      capped: 'INVESTMENT_TAX_CAPPED',
      belowMinimum: 'INVESTMENT_TAX_BELOW_MINIMUM',
    },
    measured: {
      zh: `投资企业近3年按份额平均每年纳税 ${formatCny(tax)} 元`,
      en: `average yearly tax of ${formatCny(tax)} CNY by share`,
    },
    ruleText: INVESTMENT_TAX_RULE_TEXT,
  });
}

/** 带动本地就业: only when some hires are claimed. */
export function localEmploymentItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  const hires = profile.averageAnnualLocalHires;
  if (!(hires > 0)) return undefined;
  const rule = ruleSet.localEmployment;
  return steppedBonusItem(hires, rule, {
    indicator: ScoreIndicator.LOCAL_EMPLOYMENT,
    codes: {
      counted: 'LOCAL_EMPLOYMENT_COUNTED',
      capped: 'LOCAL_EMPLOYMENT_CAPPED',
      belowMinimum: 'LOCAL_EMPLOYMENT_BELOW_MINIMUM',
    },
    measured: {
      zh: `投资企业近3年平均每年聘用本市户籍人员 ${hires} 人`,
      en: `average ${hires} Shanghai-hukou hires a year`,
    },
    ruleText: LOCAL_EMPLOYMENT_RULE_TEXT,
  });
}

/** The points of the highest tier that holds, and each tier's month count (for notes and renewal). */
export function socialInsuranceBaseTiers(
  ruleSet: RuleSet,
  ledger: ContributionLedger,
): { best: { tier: SocialInsuranceBaseTier; months: number } | undefined; counts: number[] } {
  const tiers = ruleSet.socialInsuranceBase.tiers;
  const counts = ledgerCounts(ledger).tierMonths;
  let best: { tier: SocialInsuranceBaseTier; months: number } | undefined;
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i] as SocialInsuranceBaseTier;
    const months = counts[i] ?? 0;
    if (months >= tier.minMonths && (!best || tier.points > best.tier.points)) best = { tier, months };
  }
  return { best, counts };
}

/** 缴纳职工社会保险费基数: listed whenever any contribution was entered. */
export function socialInsuranceBaseItem(
  profile: ScoreProfile,
  ruleSet: RuleSet,
  ledger: ContributionLedger,
): ScoreItem | undefined {
  if (profile.socialInsurance.length === 0) return undefined;
  const { best, counts } = socialInsuranceBaseTiers(ruleSet, ledger);
  if (best) {
    const { tier, months } = best;
    const ratio = ratioText(tier.minWageRatio);
    return scoreItem(
      ScoreIndicator.SOCIAL_INSURANCE_BASE,
      tier.points,
      true,
      'SOCIAL_INSURANCE_BASE_TIER_MET',
      `近${tier.windowYears}年内累计 ${months} 个月社保基数≥${ratio.zh}上年度社平工资（需 ${tier.minMonths} 个月），得 ${tier.points} 分 (${months} months in the last ${tier.windowYears} years at ≥${ratio.en} the average wage, ${tier.minMonths} needed: ${tier.points} points)`,
    );
  }
  const tiers = ruleSet.socialInsuranceBase.tiers;
  const shortZh = tiers
    .map(
      (tier, i) =>
        `近${tier.windowYears}年内≥${ratioText(tier.minWageRatio).zh} ${counts[i] ?? 0}/${tier.minMonths} 个月`,
    )
    .join('，');
  const shortEn = tiers
    .map(
      (tier, i) =>
        `${counts[i] ?? 0} of ${tier.minMonths} months at ≥${ratioText(tier.minWageRatio).en} in ${tier.windowYears} years`,
    )
    .join('; ');
  return scoreItem(
    ScoreIndicator.SOCIAL_INSURANCE_BASE,
    0,
    false,
    'SOCIAL_INSURANCE_BASE_NO_TIER_MET',
    `社保基数未达到任何档次（${shortZh}），不得分 (contribution base meets no tier: ${shortEn}; no points)`,
  );
}

interface YearlyBonusText {
  indicator: ScoreIndicator.PUBLIC_SERVICE | ScoreIndicator.REMOTE_SUBURB;
  codes: { counted: ScoreItemCode; capped: ScoreItemCode; belowMinimum: ScoreItemCode };
  activity: BilingualLabel;
}

function yearlyBonusItem(years: number, rule: YearlyBonusRule, text: YearlyBonusText): ScoreItem {
  const fullYears = Math.floor(years);
  if (fullYears < rule.minYears) {
    return scoreItem(
      text.indicator,
      0,
      false,
      text.codes.belowMinimum,
      `${text.activity.zh} ${fullYears} 年，满 ${rule.minYears} 年后才计入总积分，暂不得分 (${fullYears} years ${text.activity.en}; counts only from ${rule.minYears} full years: no points yet)`,
    );
  }
  const raw = fullYears * rule.pointsPerYear;
  const { points, capped } = applyCap(raw, rule.maxPoints);
  const capZh = capped ? `，最高 ${points} 分` : '';
  const capEn = capped ? `, capped at ${points}` : '';
  return scoreItem(
    text.indicator,
    points,
    true,
    capped ? text.codes.capped : text.codes.counted,
    `${text.activity.zh} ${fullYears} 年，每满1年积 ${rule.pointsPerYear} 分${capZh}，得 ${points} 分 (${fullYears} years ${text.activity.en} × ${rule.pointsPerYear} = ${raw}${capEn}: ${points} points)`,
  );
}

export function publicServiceItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  if (!(profile.publicServiceYears > 0)) return undefined;
  return yearlyBonusItem(profile.publicServiceYears, ruleSet.publicService, {
    indicator: ScoreIndicator.PUBLIC_SERVICE,
    codes: {
      counted: 'PUBLIC_SERVICE_COUNTED',
      capped: 'PUBLIC_SERVICE_CAPPED',
      belowMinimum: 'PUBLIC_SERVICE_BELOW_MINIMUM_YEARS',
    },
    activity: { zh: '在本市特定的公共服务领域就业', en: 'in a designated public-service field' },
  });
}

export function remoteSuburbItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  if (!(profile.remoteSuburbYears > 0)) return undefined;
  return yearlyBonusItem(profile.remoteSuburbYears, ruleSet.remoteSuburb, {
    indicator: ScoreIndicator.REMOTE_SUBURB,
    codes: {
      counted: 'REMOTE_SUBURB_COUNTED',
      capped: 'REMOTE_SUBURB_CAPPED',
      belowMinimum: 'REMOTE_SUBURB_BELOW_MINIMUM_YEARS',
    },
    activity: {
      zh: '在本市重点发展的远郊区域工作并居住',
      en: 'working and living in a designated remote key area',
    },
  });
}

export function freshGraduateItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  if (!profile.freshGraduate) return undefined;
  const { points } = ruleSet.freshGraduate;
  return scoreItem(
    ScoreIndicator.FRESH_GRADUATE,
    points,
    true,
    'FRESH_GRADUATE_QUALIFIED',
    `全日制应届高校毕业生，得 ${points} 分 (full-time fresh university graduate: ${points} points)`,
  );
}

/** 表彰奖励: the same indicator counts once, at its highest (policy article 10). */
export function awardItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  const [first, ...others] = profile.awards;
  if (first === undefined) return undefined;
  let highest = first;
  for (const award of others)
    if (ruleSet.award.points[award] > ruleSet.award.points[highest]) highest = award;
  const { points, capped } = applyCap(ruleSet.award.points[highest], ruleSet.award.maxPoints);
  const label = AWARD_LABELS[highest];
  const othersZh = others.length > 0 ? `；其余 ${others.length} 项不重复计分` : '';
  const othersEn = others.length > 0 ? `; the other ${others.length} do not add` : '';
  return scoreItem(
    ScoreIndicator.AWARD,
    points,
    true,
    capped ? 'AWARD_CAPPED' : 'AWARD_HIGHEST_COUNTED',
    `表彰奖励取最高一项：${label.zh}，得 ${points} 分${othersZh} (awards count once, at the highest: ${label.en}, ${points} points${othersEn})`,
  );
}

/** 配偶为本市户籍人员: full years of marriage on the assessment date. */
export function spouseHukouItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  const married = profile.spouseHukouMarriageDate;
  if (married === null) return undefined;
  const rule = ruleSet.spouseHukou;
  const years = Math.max(0, fullYearsBetween(married, profile.assessmentDate));
  if (years === 0) {
    return scoreItem(
      ScoreIndicator.SPOUSE_HUKOU,
      0,
      false,
      'SPOUSE_HUKOU_UNDER_ONE_YEAR',
      `配偶为本市户籍，结婚（${married}）未满1年，暂不得分 (spouse holds Shanghai hukou; married on ${married}, less than a full year: no points yet)`,
    );
  }
  const raw = years * rule.pointsPerYear;
  const { points, capped } = applyCap(raw, rule.maxPoints);
  const capZh = capped ? `，最高 ${points} 分` : '';
  const capEn = capped ? `, capped at ${points}` : '';
  return scoreItem(
    ScoreIndicator.SPOUSE_HUKOU,
    points,
    true,
    capped ? 'SPOUSE_HUKOU_CAPPED' : 'SPOUSE_HUKOU_COUNTED',
    `配偶为本市户籍，结婚满 ${years} 年，每满1年积 ${rule.pointsPerYear} 分${capZh}，得 ${points} 分 (spouse holds Shanghai hukou, ${years} full years of marriage × ${rule.pointsPerYear} = ${raw}${capEn}: ${points} points)`,
  );
}
