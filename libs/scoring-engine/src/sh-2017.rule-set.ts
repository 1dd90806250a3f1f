// 《上海市居住证积分管理办法》 (2017), chapter 2 (积分指标及分值) and chapter 3 (积分规则及标准分值),
// number for number. The article of each number is noted so a reviewer can check it against the text.
import { contributionCeilingsFromWages, type RuleSet, type YearlyAmount } from './rule-set';
import { AwardLevel, EmployerKind, QualificationLevel } from './score-profile.types';
import { MonthExclusionReason } from './score-result.types';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

// scoring.md "Windows and dates"; 2025 is a placeholder until published.
const AVERAGE_MONTHLY_WAGE: YearlyAmount[] = [
  { year: 2015, monthlyCny: 5939 },
  { year: 2016, monthlyCny: 6504 },
  { year: 2017, monthlyCny: 7132 },
  { year: 2018, monthlyCny: 7832 },
  { year: 2019, monthlyCny: 9580 },
  { year: 2020, monthlyCny: 10338 },
  { year: 2021, monthlyCny: 11396 },
  { year: 2022, monthlyCny: 12183 },
  { year: 2023, monthlyCny: 12307 },
  { year: 2024, monthlyCny: 12434 },
  { year: 2025, monthlyCny: 12434 },
];

export const SH_2017_RULE_SET: RuleSet = deepFreeze<RuleSet>({
  version: 'SH-2017',
  // The measures took effect on 1 January 2018; the text we hold does not carry the date.
  effectiveFrom: '2018-01-01',
  // 第十二条: 总积分标准分值为120分
  standard: 120,
  // 第六条(一): 56–60 周岁 5 分，每减少1岁加2分，最高30分. Over 60 gets nothing (scoring.md).
  age: {
    bandPoints: 5,
    bandFromAge: 56,
    bandToAge: 60,
    pointsPerYearYounger: 2,
    maxPoints: 30,
    pointsAboveBand: 0,
  },
  // 第六条(二)
  education: { JUNIOR_COLLEGE: 50, BACHELOR: 60, BACHELOR_WITH_DEGREE: 90, MASTER: 100, DOCTOR: 110 },
  // 第六条(三)
  qualification: {
    points: {
      SKILL_5: 15,
      SKILL_4: 30,
      SKILL_3: 60,
      SKILL_2: 100,
      MID_TITLE: 100,
      SKILL_1: 140,
      SENIOR_TITLE: 140,
    },
    // 以中、高级职称和技能二级、一级申请积分的，最近1年内累计6个月的缴费基数应不低于本市上年度职工社会平均工资.
    // The text names no exclusions here; the months must be credible contributions, so the same three
    // as for the base bonus apply (scoring.md: a month counts only if none of them holds).
    baseCondition: {
      levels: [
        QualificationLevel.SKILL_2,
        QualificationLevel.MID_TITLE,
        QualificationLevel.SKILL_1,
        QualificationLevel.SENIOR_TITLE,
      ],
      windowMonths: 12,
      minMonths: 6,
      minWageRatio: 1,
      excludedWhen: [
        MonthExclusionReason.BACK_PAID,
        MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER,
        MonthExclusionReason.BASE_NOT_TAX_BASE,
      ],
    },
  },
  // 第六条(四): 每满1年积3分; 补缴 and 缴费单位与合同单位不一致 don't count. The base/tax mismatch is
  // listed only under 第七条(五), so it does not remove a month from the years.
  socialInsuranceYears: {
    pointsPerYear: 3,
    maxPoints: null,
    excludedWhen: [MonthExclusionReason.BACK_PAID, MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER],
  },
  // 第七条(一)(二)(三)
  entrepreneur: { points: 120 },
  innovationIntermediary: { points: 120 },
  shortageMajor: { points: 30 },
  // 第七条(四): 每纳税10万元或每聘用本市户籍人员10人积10分，最高120分
  investmentTax: { minimum: 100_000, step: 100_000, pointsPerStep: 10, maxPoints: 120 },
  localEmployment: { minimum: 10, step: 10, pointsPerStep: 10, maxPoints: 120 },
  // 第七条(五): 最近4年内累计36个月 at 0.8×/1×/2×, 最近3年内累计24个月 at 3×
  socialInsuranceBase: {
    tiers: [
      { points: 25, minWageRatio: 0.8, windowYears: 4, minMonths: 36 },
      { points: 50, minWageRatio: 1, windowYears: 4, minMonths: 36 },
      { points: 100, minWageRatio: 2, windowYears: 4, minMonths: 36 },
      { points: 120, minWageRatio: 3, windowYears: 3, minMonths: 24 },
    ],
    excludedWhen: [
      MonthExclusionReason.BACK_PAID,
      MonthExclusionReason.PAYER_NOT_CONTRACT_EMPLOYER,
      MonthExclusionReason.BASE_NOT_TAX_BASE,
    ],
  },
  // 第七条(六): 每满1年积4分，满5年后开始计入总积分 (no cap in the text)
  publicService: { pointsPerYear: 4, minYears: 5, maxPoints: null },
  // 第七条(七): 每满1年积2分，满5年后开始计入总积分，最高分值20分
  remoteSuburb: { pointsPerYear: 2, minYears: 5, maxPoints: 20 },
  // 第七条(八)
  freshGraduate: { points: 10 },
  // 第七条(九): 最高分值110分; 第十条: the highest of one indicator counts, once
  award: {
    points: {
      [AwardLevel.MUNICIPAL_SPECIAL]: 30,
      [AwardLevel.MUNICIPAL_COMPREHENSIVE]: 60,
      [AwardLevel.NATIONAL]: 110,
    },
    maxPoints: 110,
  },
  // 第七条(十): 结婚每满1年积4分，最高分值40分
  spouseHukou: { pointsPerYear: 4, maxPoints: 40 },
  // 第八条: 3年内虚假材料每次150, 5年内行政拘留每条50, 5年内一般刑事犯罪每条150
  falseMaterials: { pointsPerRecord: 150, windowYears: 3 },
  administrativeDetention: { pointsPerRecord: 50, windowYears: 5 },
  criminalRecord: { pointsPerRecord: 150, windowYears: 5 },
  // domain.md RENEWAL: social insurance paid at least 6 of the last 12 months
  renewal: { windowMonths: 12, minPaidMonths: 6 },
  averageMonthlyWage: AVERAGE_MONTHLY_WAGE,
  // 第二条: 持有《居住证》并参加本市职工社会保险满6个月; 第十三条 / page 004: 申请当月应处于就业,
  // 本市单位在外省市设立的分支机构的工作人员不属于积分申请对象, 外省市在沪派出机构不属受理范围.
  // A back-paid month (补缴) is not participation as it happened, so it does not count toward the 6.
  eligibility: {
    minSocialInsuranceMonths: 6,
    socialInsuranceExcludedWhen: [MonthExclusionReason.BACK_PAID],
    excludedEmployerKinds: [EmployerKind.OUT_OF_TOWN_BRANCH, EmployerKind.OUT_OF_TOWN_REPRESENTATIVE_OFFICE],
  },
  // 第七条(五) 合理对应: the texts give no number; 10 % of the taxed income is this rule set's choice
  // (HRSS-editable data). The ceiling is not in the texts we hold: Shanghai sets it at 3× the
  // average wage of the year before, so the table is derived from the wage table above.
  incomeTaxMatch: {
    relativeTolerance: 0.1,
    contributionCeiling: contributionCeilingsFromWages(AVERAGE_MONTHLY_WAGE),
  },
});

/**
 * SH-2017 as its first revision was seeded (before `eligibility` and `incomeTaxMatch`): the seed
 * migration writes this, so a fresh database and an upgraded one have the same revisions.
 */
export const SH_2017_REVISION_1: RuleSet = (() => {
  const { eligibility: _eligibility, incomeTaxMatch: _incomeTaxMatch, ...first } = SH_2017_RULE_SET;
  return deepFreeze<RuleSet>(JSON.parse(JSON.stringify(first)) as RuleSet);
})();
