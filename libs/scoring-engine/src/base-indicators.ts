// 基础指标 (policy article 6): age, education, qualification, years of social insurance.
import { ledgerCounts, type ContributionLedger } from './contribution-ledger';
import { fullYearsBetween } from './dates.util';
import type { RuleSet, ScoredQualificationLevel } from './rule-set';
import { EDUCATION_LABELS, MONTH_EXCLUSION_LABELS, QUALIFICATION_LABELS } from './score-labels.constant';
import { EducationLevel, QualificationLevel, type ScoreProfile } from './score-profile.types';
import { ScoreIndicator, type ScoreItem } from './score-result.types';
import { applyCap, ratioText, scoreItem } from './score-item.util';

/** Age in full years (周岁) on the assessment date. */
export function ageItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem {
  const rule = ruleSet.age;
  const age = fullYearsBetween(profile.birthDate, profile.assessmentDate);
  if (age > rule.bandToAge) {
    const points = rule.pointsAboveBand;
    return scoreItem(
      ScoreIndicator.AGE,
      points,
      true,
      'AGE_ABOVE_BASE_BAND',
      `年龄 ${age} 周岁，超过 ${rule.bandToAge} 周岁，得 ${points} 分 (age ${age}: over ${rule.bandToAge}, ${points} points)`,
    );
  }
  if (age >= rule.bandFromAge) {
    const points = rule.bandPoints;
    return scoreItem(
      ScoreIndicator.AGE,
      points,
      true,
      'AGE_IN_BASE_BAND',
      `年龄 ${age} 周岁，得 ${points} 分 (age ${age}: ${points} points)`,
    );
  }
  const raw = rule.bandPoints + (rule.bandFromAge - age) * rule.pointsPerYearYounger;
  const { points, capped } = applyCap(raw, rule.maxPoints);
  if (capped) {
    return scoreItem(
      ScoreIndicator.AGE,
      points,
      true,
      'AGE_CAPPED',
      `年龄 ${age} 周岁，按规则为 ${raw} 分，最高 ${points} 分，得 ${points} 分 (age ${age}: ${raw} points by the rule, capped at ${points})`,
    );
  }
  return scoreItem(
    ScoreIndicator.AGE,
    points,
    true,
    'AGE_BELOW_BASE_BAND',
    `年龄 ${age} 周岁，得 ${points} 分 (age ${age}: ${points} points)`,
  );
}

export function educationItem(profile: ScoreProfile, ruleSet: RuleSet): ScoreItem | undefined {
  if (profile.education === EducationLevel.NONE) return undefined;
  const points = ruleSet.education[profile.education];
  const label = EDUCATION_LABELS[profile.education];
  return scoreItem(
    ScoreIndicator.EDUCATION,
    points,
    true,
    'EDUCATION_COUNTED',
    `学历：${label.zh}，得 ${points} 分 (education: ${label.en}, ${points} points)`,
  );
}

export function needsBaseCondition(
  level: QualificationLevel,
  ruleSet: RuleSet,
): level is ScoredQualificationLevel {
  return level !== QualificationLevel.NONE && ruleSet.qualification.baseCondition.levels.includes(level);
}

/** Months in the recent window at a base of at least the required multiple (职称 base condition). */
export function qualificationBaseMonths(ledger: ContributionLedger): number {
  return ledgerCounts(ledger).qualificationMonths;
}

export function qualificationItem(
  profile: ScoreProfile,
  ruleSet: RuleSet,
  ledger: ContributionLedger,
): ScoreItem | undefined {
  const level = profile.qualification;
  if (level === QualificationLevel.NONE) return undefined;
  const label = QUALIFICATION_LABELS[level];
  if (!profile.qualificationMatchesPosition) {
    return scoreItem(
      ScoreIndicator.QUALIFICATION,
      0,
      false,
      'QUALIFICATION_POSITION_MISMATCH',
      `${label.zh}：专业、工种与所聘岗位不符，不得分 (${label.en} does not match the position: no points)`,
    );
  }
  const points = ruleSet.qualification.points[level];
  if (!needsBaseCondition(level, ruleSet)) {
    return scoreItem(
      ScoreIndicator.QUALIFICATION,
      points,
      true,
      'QUALIFICATION_COUNTED',
      `${label.zh}，得 ${points} 分 (${label.en}: ${points} points)`,
    );
  }
  const condition = ruleSet.qualification.baseCondition;
  const months = qualificationBaseMonths(ledger);
  const ratio = ratioText(condition.minWageRatio);
  const window = `近${condition.windowMonths}个月中至少${condition.minMonths}个月社保基数≥${ratio.zh}上年度社平工资`;
  const windowEn = `${condition.minMonths} of the last ${condition.windowMonths} months at ≥${ratio.en} the average wage`;
  if (months < condition.minMonths) {
    return scoreItem(
      ScoreIndicator.QUALIFICATION,
      0,
      false,
      'QUALIFICATION_BASE_CONDITION_NOT_MET',
      `${label.zh}需${window}，仅 ${months} 个月，不得分 (${label.en} needs ${windowEn}; only ${months}: no points)`,
    );
  }
  return scoreItem(
    ScoreIndicator.QUALIFICATION,
    points,
    true,
    'QUALIFICATION_COUNTED',
    `${label.zh}，得 ${points} 分；${months} 个月满足${window}的条件 (${label.en}: ${points} points; ${months} months meet the condition of ${windowEn})`,
  );
}

/** 在本市工作及缴纳职工社会保险年限: every counting month before the assessment month, no window. */
export function socialInsuranceYearsItem(ruleSet: RuleSet, ledger: ContributionLedger): ScoreItem {
  const rule = ruleSet.socialInsuranceYears;
  const counts = ledgerCounts(ledger);
  const months = counts.yearsMonths;
  const notCounted = counts.monthsBefore - months;
  const years = Math.floor(months / 12);
  const { points, capped } = applyCap(years * rule.pointsPerYear, rule.maxPoints);
  const excludedNote =
    notCounted > 0
      ? `；另有 ${notCounted} 个月因${rule.excludedWhen.map((r) => MONTH_EXCLUSION_LABELS[r].zh).join('或')}不计 (${notCounted} more months don't count: ${rule.excludedWhen.map((r) => MONTH_EXCLUSION_LABELS[r].en).join(' or ')})`
      : '';
  if (years === 0) {
    return scoreItem(
      ScoreIndicator.SOCIAL_INSURANCE_YEARS,
      0,
      false,
      'SOCIAL_INSURANCE_YEARS_UNDER_ONE_YEAR',
      `在本市缴纳职工社保 ${months} 个月，不满1年，不得分 (only ${months} counting months, less than a full year: no points)${excludedNote}`,
    );
  }
  const capNote = capped ? `，最高 ${points} 分` : '';
  const capNoteEn = capped ? `, capped at ${points}` : '';
  return scoreItem(
    ScoreIndicator.SOCIAL_INSURANCE_YEARS,
    points,
    true,
    capped ? 'SOCIAL_INSURANCE_YEARS_CAPPED' : 'SOCIAL_INSURANCE_YEARS_COUNTED',
    `在本市缴纳职工社保 ${months} 个月，满 ${years} 年，每满1年积 ${rule.pointsPerYear} 分${capNote}，得 ${points} 分 (${months} counting months = ${years} full years × ${rule.pointsPerYear}${capNoteEn}: ${points} points)${excludedNote}`,
  );
}
