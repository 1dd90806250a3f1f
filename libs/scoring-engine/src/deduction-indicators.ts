// 减分指标 (policy article 8) and 一票否决 (article 9).
import { addYears, type IsoDate } from './dates.util';
import type { RecordDeductionRule, RuleSet } from './rule-set';
import type { BilingualLabel } from './score-labels.constant';
import type { ScoreProfile } from './score-profile.types';
import { ScoreIndicator, type ScoreItem, type ScoreItemCode } from './score-result.types';
import { scoreItem } from './score-item.util';

interface DeductionText {
  indicator:
    ScoreIndicator.FALSE_MATERIALS | ScoreIndicator.ADMINISTRATIVE_DETENTION | ScoreIndicator.CRIMINAL_RECORD;
  codes: { within: ScoreItemCode; outside: ScoreItemCode };
  record: BilingualLabel;
}

/**
 * A record counts when its date is on or after the assessment date minus the window (and not after
 * the assessment date); each one counts again (按扣减项目累计扣减, article 10).
 */
function deductionItem(
  dates: readonly IsoDate[],
  assessmentDate: IsoDate,
  rule: RecordDeductionRule,
  text: DeductionText,
): ScoreItem | undefined {
  if (dates.length === 0) return undefined;
  const windowStart = addYears(assessmentDate, -rule.windowYears);
  let within = 0;
  for (const date of dates) if (date >= windowStart && date <= assessmentDate) within++;
  const outside = dates.length - within;
  if (within === 0) {
    return scoreItem(
      text.indicator,
      0,
      false,
      text.codes.outside,
      `${text.record.zh} ${outside} 条，均不在 ${windowStart} 至 ${assessmentDate} 的${rule.windowYears}年期限内，不扣分 (${outside} ${text.record.en}, none between ${windowStart} and ${assessmentDate} (${rule.windowYears}-year window): no deduction)`,
    );
  }
  const deducted = within * rule.pointsPerRecord;
  const outsideZh = outside > 0 ? `；另有 ${outside} 条不在期限内，不扣分` : '';
  const outsideEn = outside > 0 ? `; ${outside} more outside the window don't count` : '';
  return scoreItem(
    text.indicator,
    -deducted,
    true,
    text.codes.within,
    `${rule.windowYears}年内（${windowStart} 起）${text.record.zh} ${within} 条，每条扣 ${rule.pointsPerRecord} 分，共扣 ${deducted} 分${outsideZh} (${within} ${text.record.en} since ${windowStart}, within ${rule.windowYears} years, −${rule.pointsPerRecord} each: −${deducted}${outsideEn})`,
  );
}

export function falseMaterialsItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  return deductionItem(profile.falseMaterialDates, profile.assessmentDate, ruleSet.falseMaterials, {
    indicator: ScoreIndicator.FALSE_MATERIALS,
    codes: { within: 'FALSE_MATERIALS_WITHIN_WINDOW', outside: 'FALSE_MATERIALS_OUTSIDE_WINDOW' },
    record: { zh: '提供虚假材料记录', en: 'case(s) of false materials' },
  });
}

export function administrativeDetentionItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  return deductionItem(
    profile.administrativeDetentionDates,
    profile.assessmentDate,
    ruleSet.administrativeDetention,
    {
      indicator: ScoreIndicator.ADMINISTRATIVE_DETENTION,
      codes: {
        within: 'ADMINISTRATIVE_DETENTION_WITHIN_WINDOW',
        outside: 'ADMINISTRATIVE_DETENTION_OUTSIDE_WINDOW',
      },
      record: { zh: '行政拘留记录', en: 'administrative detention(s)' },
    },
  );
}

export function criminalRecordItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  return deductionItem(profile.criminalRecordDates, profile.assessmentDate, ruleSet.criminalRecord, {
    indicator: ScoreIndicator.CRIMINAL_RECORD,
    codes: { within: 'CRIMINAL_RECORD_WITHIN_WINDOW', outside: 'CRIMINAL_RECORD_OUTSIDE_WINDOW' },
    record: { zh: '一般刑事犯罪记录', en: 'general criminal record(s)' },
  });
}

/** 一票否决: no points of its own; it makes the profile ineligible whatever the total. */
export function vetoItem(profile: ScoreProfile): ScoreItem | undefined {
  const { familyPlanningViolation, seriousCriminalRecord } = profile;
  if (familyPlanningViolation && seriousCriminalRecord) {
    return scoreItem(
      ScoreIndicator.VETO,
      0,
      true,
      'VETO_FAMILY_PLANNING_VIOLATION_AND_SERIOUS_CRIMINAL_RECORD',
      '有违反计划生育政策规定行为记录和严重刑事犯罪记录，取消申请积分资格 (family-planning violation and serious criminal record: not eligible to apply)',
    );
  }
  if (familyPlanningViolation) {
    return scoreItem(
      ScoreIndicator.VETO,
      0,
      true,
      'VETO_FAMILY_PLANNING_VIOLATION',
      '有违反计划生育政策规定行为记录，取消申请积分资格 (family-planning violation record: not eligible to apply)',
    );
  }
  if (seriousCriminalRecord) {
    return scoreItem(
      ScoreIndicator.VETO,
      0,
      true,
      'VETO_SERIOUS_CRIMINAL_RECORD',
      '有严重刑事犯罪记录，取消申请积分资格 (serious criminal record: not eligible to apply)',
    );
  }
  return undefined;
}
