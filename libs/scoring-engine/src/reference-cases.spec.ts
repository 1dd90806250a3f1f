// Reference cases, each worked out by hand from the policy text (《上海市居住证积分管理办法》 chapters 2
// and 3) and scoring.md "Windows and dates" — never from the engine's output. A row is a change to
// the BASELINE profile, the indicator points it must produce and the total; the comment after each
// row is the arithmetic. A reviewer can check every row against the policy without running code.
//
// Fixed facts used below (assessment date 2024-07-15 unless a row says otherwise):
//   last 12 months = 2023-07..2024-06; last 3 years = 2021-07..2024-06; last 4 years = 2020-07..2024-06.
//   A month of year Y is compared with the average monthly wage of Y−1:
//     2020 months → 9,580 · 2021 → 10,338 · 2022 → 11,396 · 2023 → 12,183 · 2024 → 12,307
//     2025 → 12,434 · 2026 → 12,434 (2025 entry) · 2027 → no 2026 entry → latest entry 12,434
//   Deduction windows: 3 years → records on/after 2021-07-15; 5 years → on/after 2019-07-15.
import { assess } from './assess';
import { normaliseProfile } from './score-profile.normaliser';
import {
  AwardLevel,
  EducationLevel,
  QualificationLevel,
  type ContributionPeriodInput,
  type ScoreProfileInput,
} from './score-profile.types';
import { ScoreIndicator } from './score-result.types';
import { SH_2017_RULE_SET } from './sh-2017.rule-set';

const { JUNIOR_COLLEGE, BACHELOR, BACHELOR_WITH_DEGREE, MASTER, DOCTOR } = EducationLevel;
const { SKILL_5, SKILL_4, SKILL_3, SKILL_2, MID_TITLE, SKILL_1, SENIOR_TITLE } = QualificationLevel;
const { MUNICIPAL_SPECIAL, MUNICIPAL_COMPREHENSIVE, NATIONAL } = AwardLevel;

/** A contribution period; `flags` for back-paid / other payer / base ≠ tax base. */
function p(
  from: string,
  to: string,
  base: number,
  flags: Partial<ContributionPeriodInput> = {},
): ContributionPeriodInput {
  return { from, to, base, ...flags };
}

/** The 36 months 2021-07..2024-06, one base per calendar year (2021 half, 2022, 2023, 2024 half). */
function last36(b2021: number, b2022: number, b2023: number, b2024: number): ContributionPeriodInput[] {
  return [
    p('2021-07', '2021-12', b2021),
    p('2022-01', '2022-12', b2022),
    p('2023-01', '2023-12', b2023),
    p('2024-01', '2024-06', b2024),
  ];
}

/** 36 months at 5,000 (below 0.8× every year) with the last 6 (2024-01..06) at 12,307 = 1× the 2023 wage. */
const T6 = [p('2021-07', '2023-12', 5000), p('2024-01', '2024-06', 12307)];
/** Same, but only the last 5 months (2024-02..06) at 1×. */
const T5 = [p('2021-07', '2024-01', 5000), p('2024-02', '2024-06', 12307)];

// Age 34 → 5 + 2×(56−34) = 49 → cap 30; 本科+学士 90; 36 months → 3 years × 3 = 9;
// base 5,000 < 0.8× every wage → SOCIAL_INSURANCE_BASE listed with 0, not counted. Total 30+90+9 = 129.
const BASELINE: ScoreProfileInput = {
  assessmentDate: '2024-07-15',
  birthDate: '1990-03-01',
  education: BACHELOR_WITH_DEGREE,
  socialInsurance: [p('2021-07', '2024-06', 5000)],
};

type Expected = number | { notCounted: number } | undefined;
/** An item that is listed but does not count. */
const off = (points: number): Expected => ({ notCounted: points });
/** The item must not be listed at all. */
const NOT_LISTED = undefined;

const BASELINE_ITEMS: Partial<Record<ScoreIndicator, Expected>> = {
  AGE: 30,
  EDUCATION: 90,
  SOCIAL_INSURANCE_YEARS: 9,
  SOCIAL_INSURANCE_BASE: off(0),
};

interface ReferenceCase {
  name: string;
  change: Partial<ScoreProfileInput>;
  /** Items that differ from BASELINE_ITEMS. */
  items: Partial<Record<ScoreIndicator, Expected>>;
  total: number;
  eligible?: boolean;
  vetoed?: boolean;
  /** Months listed in excludedMonths (default 0). */
  excludedMonths?: number;
}

// prettier-ignore
const CASES: ReferenceCase[] = [
  { name: 'baseline', change: {}, items: {}, total: 129, eligible: true }, // 30 + 90 + 9 = 129

  // ── AGE (第六条(一): 56–60 → 5, each year younger +2, at most 30; over 60 → 0) ──
  { name: 'age 43 (birthday on the assessment date)', change: { birthDate: '1981-07-15' }, items: { AGE: 30 }, total: 129 }, // 5+2×13=31 → cap 30; 30+90+9
  { name: 'age 44, birthday exactly on the assessment date', change: { birthDate: '1980-07-15' }, items: { AGE: 29 }, total: 128 }, // 5+2×12=29; 29+90+9
  { name: 'age 43, 44th birthday is the day after', change: { birthDate: '1980-07-16' }, items: { AGE: 30 }, total: 129 }, // still 43: 31 → 30
  { name: 'age 50', change: { birthDate: '1974-07-15' }, items: { AGE: 17 }, total: 116 }, // 5+2×6=17; 17+90+9
  { name: 'age 55', change: { birthDate: '1969-01-01' }, items: { AGE: 7 }, total: 106 }, // 5+2×1=7; 7+90+9
  { name: 'age 56, birthday exactly on the assessment date', change: { birthDate: '1968-07-15' }, items: { AGE: 5 }, total: 104 }, // band 56–60 → 5; 5+90+9
  { name: 'age 55, 56th birthday is the day after', change: { birthDate: '1968-07-16' }, items: { AGE: 7 }, total: 106 }, // 55 → 7
  { name: 'age 60', change: { birthDate: '1964-01-01' }, items: { AGE: 5 }, total: 104 }, // band → 5
  { name: 'age 61, birthday exactly on the assessment date', change: { birthDate: '1963-07-15' }, items: { AGE: 0 }, total: 99 }, // over 60 → 0; 0+90+9
  { name: 'age 60, 61st birthday is the day after', change: { birthDate: '1963-07-16' }, items: { AGE: 5 }, total: 104 }, // still 60 → 5

  // ── EDUCATION (第六条(二)) ──
  { name: 'no education', change: { education: EducationLevel.NONE }, items: { EDUCATION: NOT_LISTED }, total: 39 }, // 30+9
  { name: 'junior college', change: { education: JUNIOR_COLLEGE }, items: { EDUCATION: 50 }, total: 89 }, // 30+50+9
  { name: "bachelor's without degree", change: { education: BACHELOR }, items: { EDUCATION: 60 }, total: 99 }, // 30+60+9
  { name: "bachelor's with degree", change: { education: BACHELOR_WITH_DEGREE }, items: { EDUCATION: 90 }, total: 129 }, // 30+90+9
  { name: 'master', change: { education: MASTER }, items: { EDUCATION: 100 }, total: 139 }, // 30+100+9
  { name: 'doctor', change: { education: DOCTOR }, items: { EDUCATION: 110 }, total: 149 }, // 30+110+9

  // ── QUALIFICATION (第六条(三)); education NONE so the qualification counts alone ──
  { name: 'skill level 5', change: { education: EducationLevel.NONE, qualification: SKILL_5 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: 15 }, total: 54 }, // 30+15+9
  { name: 'skill level 4', change: { education: EducationLevel.NONE, qualification: SKILL_4 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: 30 }, total: 69 }, // 30+30+9
  { name: 'skill level 3 (no base condition)', change: { education: EducationLevel.NONE, qualification: SKILL_3 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: 60 }, total: 99 }, // 30+60+9, base 5,000 is fine for level 3
  { name: 'skill level 2, 6 of 12 months at 1×', change: { education: EducationLevel.NONE, qualification: SKILL_2, socialInsurance: T6 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: 100 }, total: 139 }, // 2024-01..06 at 12,307 ≥ 1×12,307 → 6 ≥ 6 → 100; 30+100+9
  { name: 'mid-level title, condition just met (6 months)', change: { education: EducationLevel.NONE, qualification: MID_TITLE, socialInsurance: T6 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: 100 }, total: 139 }, // 6 ≥ 6 → 100
  { name: 'skill level 1, 6 of 12 months at 1×', change: { education: EducationLevel.NONE, qualification: SKILL_1, socialInsurance: T6 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: 140 }, total: 179 }, // 30+140+9
  { name: 'senior title, 6 of 12 months at 1×', change: { education: EducationLevel.NONE, qualification: SENIOR_TITLE, socialInsurance: T6 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: 140 }, total: 179 }, // 30+140+9
  { name: 'mid-level title, condition not met (5 months)', change: { education: EducationLevel.NONE, qualification: MID_TITLE, socialInsurance: T5 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: off(0) }, total: 39 }, // 5 < 6 → 0; 30+9
  { name: 'skill level 2, condition not met (5 months)', change: { education: EducationLevel.NONE, qualification: SKILL_2, socialInsurance: T5 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: off(0) }, total: 39 }, // 2024-02..06 only: 5 < 6 → 0; 30+9
  { name: 'skill level 1, condition not met (5 months)', change: { education: EducationLevel.NONE, qualification: SKILL_1, socialInsurance: T5 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: off(0) }, total: 39 }, // 5 < 6 → 0; 30+9
  { name: 'senior title, no month at 1×', change: { education: EducationLevel.NONE, qualification: SENIOR_TITLE }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: off(0) }, total: 39 }, // 5,000 < 12,183/12,307 → 0 months → 0
  { name: 'mid-level title, 6 months at 1 fen below 1×', change: { education: EducationLevel.NONE, qualification: MID_TITLE, socialInsurance: [p('2021-07', '2023-12', 5000), p('2024-01', '2024-06', 12306.99)] }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: off(0) }, total: 39 }, // 12,306.99 < 12,307 → 0 months
  { name: 'skill level 2, 6 months of 2023 at the 2022 wage', change: { education: EducationLevel.NONE, qualification: SKILL_2, socialInsurance: [p('2021-07', '2023-06', 5000), p('2023-07', '2023-12', 12183), p('2024-01', '2024-06', 5000)] }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: 100 }, total: 139 }, // 2023 months vs 2022 wage 12,183 → 6 → 100
  { name: 'mid-level title, 6 months at 1× but 13–18 months ago', change: { education: EducationLevel.NONE, qualification: MID_TITLE, socialInsurance: [p('2021-07', '2022-12', 5000), p('2023-01', '2023-06', 12183), p('2023-07', '2024-06', 5000)] }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: off(0) }, total: 39 }, // 2023-01..06 is before the window 2023-07..2024-06 → 0
  { name: 'mid-level title, the 6 months at 1× were back-paid', change: { education: EducationLevel.NONE, qualification: MID_TITLE, socialInsurance: [p('2021-07', '2023-12', 5000), p('2024-01', '2024-06', 12307, { backPaid: true })] }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: off(0), SOCIAL_INSURANCE_YEARS: 6 }, total: 36, excludedMonths: 6 }, // 补缴 doesn't count: 0 months at 1×; years 30 months → 2×3=6; 30+6
  { name: 'skill level 3 not matching the position', change: { education: EducationLevel.NONE, qualification: SKILL_3, qualificationMatchesPosition: false }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: off(0) }, total: 39 }, // 岗位不符 → 0
  { name: 'mid-level title not matching the position', change: { education: EducationLevel.NONE, qualification: MID_TITLE, qualificationMatchesPosition: false, socialInsurance: T6 }, items: { EDUCATION: NOT_LISTED, QUALIFICATION: off(0) }, total: 39 }, // 岗位不符 → 0 even with the base condition met

  // ── EDUCATION vs QUALIFICATION (第十一条: only one, the higher) ──
  { name: "bachelor's with degree 90 beats skill level 3 60", change: { qualification: SKILL_3 }, items: { EDUCATION: 90, QUALIFICATION: off(60) }, total: 129 }, // max(90, 60) = 90; 30+90+9
  { name: 'senior title 140 beats master 100', change: { education: MASTER, qualification: SENIOR_TITLE, socialInsurance: T6 }, items: { EDUCATION: off(100), QUALIFICATION: 140 }, total: 179 }, // max(100, 140) = 140; 30+140+9
  { name: "bachelor's 90 counts when the title's base condition fails", change: { qualification: MID_TITLE, socialInsurance: T5 }, items: { EDUCATION: 90, QUALIFICATION: off(0) }, total: 129 }, // title 0 (5 months) → education 90
  { name: 'tie: master 100 and mid-level title 100 → education counts', change: { education: MASTER, qualification: MID_TITLE, socialInsurance: T6 }, items: { EDUCATION: 100, QUALIFICATION: off(100) }, total: 139 }, // tie → the first named (education); 30+100+9

  // ── SOCIAL_INSURANCE_YEARS (第六条(四): 3 per full year) ──
  { name: '35 counting months', change: { socialInsurance: [p('2021-08', '2024-06', 5000)] }, items: { SOCIAL_INSURANCE_YEARS: 6 }, total: 126 }, // ⌊35/12⌋=2 → 6; 30+90+6
  { name: '36 counting months', change: { socialInsurance: [p('2021-07', '2024-06', 5000)] }, items: { SOCIAL_INSURANCE_YEARS: 9 }, total: 129 }, // ⌊36/12⌋=3 → 9
  { name: '48 counting months (no cap)', change: { socialInsurance: [p('2020-07', '2024-06', 5000)] }, items: { SOCIAL_INSURANCE_YEARS: 12 }, total: 132 }, // ⌊48/12⌋=4 → 12
  { name: 'the assessment month itself does not count', change: { socialInsurance: [p('2021-08', '2024-07', 5000)] }, items: { SOCIAL_INSURANCE_YEARS: 6 }, total: 126, excludedMonths: 1 }, // 2024-07 is the assessment month → 35 → 6
  { name: 'back-paid months listed and not counted', change: { socialInsurance: [p('2021-07', '2021-12', 5000, { backPaid: true }), p('2022-01', '2024-06', 5000)] }, items: { SOCIAL_INSURANCE_YEARS: 6 }, total: 126, excludedMonths: 6 }, // 36−6=30 → 2 → 6
  { name: 'payer ≠ contract employer listed and not counted', change: { socialInsurance: [p('2021-07', '2022-06', 5000, { payerMatchesContract: false }), p('2022-07', '2024-06', 5000)] }, items: { SOCIAL_INSURANCE_YEARS: 6 }, total: 126, excludedMonths: 12 }, // 36−12=24 → 2 → 6
  { name: 'base ≠ tax base still counts for years (article 6(4))', change: { socialInsurance: [p('2021-07', '2021-12', 5000, { baseMatchesTax: false }), p('2022-01', '2024-06', 5000)] }, items: { SOCIAL_INSURANCE_YEARS: 9 }, total: 129, excludedMonths: 6 }, // years 36 → 9; the 6 months are listed for the base bonus only
  { name: '11 months only: years not counted; exactly 120 → eligible', change: { socialInsurance: [p('2023-08', '2024-06', 5000)] }, items: { SOCIAL_INSURANCE_YEARS: off(0) }, total: 120, eligible: true }, // ⌊11/12⌋=0; 30+90+0 = 120 = standard
  { name: 'age 44 and 11 months: 119 → not eligible', change: { birthDate: '1980-07-15', socialInsurance: [p('2023-08', '2024-06', 5000)] }, items: { AGE: 29, SOCIAL_INSURANCE_YEARS: off(0) }, total: 119, eligible: false }, // 29+90+0 = 119 < 120

  // ── SOCIAL_INSURANCE_BASE (第七条(五)); last36(2021H2, 2022, 2023, 2024H1), wages 10,338 / 11,396 / 12,183 / 12,307 ──
  { name: 'base tier 0.8×: exactly at the threshold', change: { socialInsurance: last36(8270.4, 9116.8, 9746.4, 9845.6) }, items: { SOCIAL_INSURANCE_BASE: 25 }, total: 154 }, // 0.8×10,338=8,270.4 · 0.8×11,396=9,116.8 · 0.8×12,183=9,746.4 · 0.8×12,307=9,845.6 → 36 ≥ 36 → 25; 129+25
  { name: 'base tier 0.8×: 2024 one fen below', change: { socialInsurance: last36(8270.4, 9116.8, 9746.4, 9845.59) }, items: { SOCIAL_INSURANCE_BASE: off(0) }, total: 129 }, // 2024H1 below → 30 < 36 → 0
  { name: 'base tier 1×: exactly the Y−1 wage', change: { socialInsurance: last36(10338, 11396, 12183, 12307) }, items: { SOCIAL_INSURANCE_BASE: 50 }, total: 179 }, // 36 at ≥1× → 50 (each below its own year's wage: Y−1 is what counts); 129+50
  { name: 'base tier 1×: 2024 one fen below → 0.8× tier', change: { socialInsurance: last36(10338, 11396, 12183, 12306.99) }, items: { SOCIAL_INSURANCE_BASE: 25 }, total: 154 }, // ≥1×: 30 < 36; ≥0.8×: 36 → 25
  { name: 'base tier 2×: exactly at the threshold', change: { socialInsurance: last36(20676, 22792, 24366, 24614) }, items: { SOCIAL_INSURANCE_BASE: 100 }, total: 229 }, // 2×10,338 · 2×11,396 · 2×12,183 · 2×12,307 → 36 → 100; 129+100
  { name: 'base tier 2×: 2024 one fen below → 1× tier', change: { socialInsurance: last36(20676, 22792, 24366, 24613.99) }, items: { SOCIAL_INSURANCE_BASE: 50 }, total: 179 }, // ≥2×: 30 < 36; ≥1×: 36 → 50
  { name: 'base tier 3×: all 36 months at 3×', change: { socialInsurance: last36(31014, 34188, 36549, 36921) }, items: { SOCIAL_INSURANCE_BASE: 120 }, total: 249 }, // 3×10,338=31,014 · 3×11,396=34,188 · 3×12,183=36,549 · 3×12,307=36,921 → 36 ≥ 24 → 120; 129+120
  { name: 'base tier 3×: exactly 24 months in the last 3 years', change: { socialInsurance: [p('2021-07', '2022-06', 5000), p('2022-07', '2022-12', 34188), p('2023-01', '2023-12', 36549), p('2024-01', '2024-06', 36921)] }, items: { SOCIAL_INSURANCE_BASE: 120 }, total: 249 }, // 6+12+6 = 24 ≥ 24 → 120 (2× tier would need 36)
  { name: 'base tier 3×: 2024 one fen below → 18 months, no tier', change: { socialInsurance: [p('2021-07', '2022-06', 5000), p('2022-07', '2022-12', 34188), p('2023-01', '2023-12', 36549), p('2024-01', '2024-06', 36920.99)] }, items: { SOCIAL_INSURANCE_BASE: off(0) }, total: 129 }, // ≥3×: 18 < 24; ≥2×: 24 < 36; ≥0.8×: 24 < 36 → 0
  { name: 'base tier 3×: 24 months at 3× but only 12 inside the last 3 years', change: { socialInsurance: [p('2020-07', '2020-12', 28740), p('2021-01', '2021-12', 31014), p('2022-01', '2022-06', 34188), p('2022-07', '2024-06', 5000)] }, items: { SOCIAL_INSURANCE_YEARS: 12, SOCIAL_INSURANCE_BASE: off(0) }, total: 132 }, // 3×9,580=28,740; in 2021-07..2024-06 only 12 at 3× < 24; 4 years: 24 ≥2× < 36 → 0; years 48 → 12; 30+90+12
  { name: 'base: a month at a higher multiple counts for the lower tiers', change: { socialInsurance: last36(10338, 11396, 36549, 12307) }, items: { SOCIAL_INSURANCE_BASE: 50 }, total: 179 }, // ≥1×: 6+12+12+6 = 36 → 50; ≥3×: 12 < 24
  { name: 'base ≠ tax base months do not count for the base bonus', change: { socialInsurance: [...last36(10338, 11396, 12183, 12307).slice(0, 3), p('2024-01', '2024-06', 12307, { baseMatchesTax: false })] }, items: { SOCIAL_INSURANCE_BASE: off(0) }, total: 129, excludedMonths: 6 }, // 30 counting months at 1× < 36 → 0; years still 36 → 9
  { name: 'year with no wage entry: 2027 months use the latest entry', change: { assessmentDate: '2027-07-15', socialInsurance: [p('2024-07', '2027-06', 12434)] }, items: { SOCIAL_INSURANCE_BASE: 50 }, total: 179 }, // age 37 → 30; years 36 → 9; 2024 vs 12,307, 2025/2026 vs 12,434, 2027 vs latest 12,434 → 36 at 1× → 50; 30+90+9+50
  { name: 'year with no wage entry: 2027 one fen below the latest entry', change: { assessmentDate: '2027-07-15', socialInsurance: [p('2024-07', '2026-12', 12434), p('2027-01', '2027-06', 12433.99)] }, items: { SOCIAL_INSURANCE_BASE: 25 }, total: 154 }, // ≥1×: 30 < 36; ≥0.8×: 36 → 25

  // ── Bonuses (第七条) ──
  { name: 'entrepreneur', change: { entrepreneur: true }, items: { ENTREPRENEUR: 120 }, total: 249 }, // 129+120
  { name: 'innovation intermediary', change: { innovationIntermediary: true }, items: { INNOVATION_INTERMEDIARY: 120 }, total: 249 }, // 129+120
  { name: 'shortage major', change: { shortageMajor: true }, items: { SHORTAGE_MAJOR: 30 }, total: 159 }, // 129+30
  { name: 'fresh graduate', change: { freshGraduate: true }, items: { FRESH_GRADUATE: 10 }, total: 139 }, // 129+10
  { name: 'public service 4 years: not yet', change: { publicServiceYears: 4 }, items: { PUBLIC_SERVICE: off(0) }, total: 129 }, // counts from 5 full years
  { name: 'public service 5 years', change: { publicServiceYears: 5 }, items: { PUBLIC_SERVICE: 20 }, total: 149 }, // 5×4=20
  { name: 'public service 7 years (no cap)', change: { publicServiceYears: 7 }, items: { PUBLIC_SERVICE: 28 }, total: 157 }, // 7×4=28
  { name: 'remote suburb 4 years: not yet', change: { remoteSuburbYears: 4 }, items: { REMOTE_SUBURB: off(0) }, total: 129 }, // counts from 5 full years
  { name: 'remote suburb 5 years', change: { remoteSuburbYears: 5 }, items: { REMOTE_SUBURB: 10 }, total: 139 }, // 5×2=10
  { name: 'remote suburb 6 years', change: { remoteSuburbYears: 6 }, items: { REMOTE_SUBURB: 12 }, total: 141 }, // 6×2=12
  { name: 'remote suburb 10 years: at the cap', change: { remoteSuburbYears: 10 }, items: { REMOTE_SUBURB: 20 }, total: 149 }, // 10×2=20 = cap
  { name: 'remote suburb 11 years: capped', change: { remoteSuburbYears: 11 }, items: { REMOTE_SUBURB: 20 }, total: 149 }, // 11×2=22 → 20
  { name: 'spouse hukou, married 9 years', change: { spouseHukouMarriageDate: '2015-07-15' }, items: { SPOUSE_HUKOU: 36 }, total: 165 }, // 9×4=36
  { name: 'spouse hukou, 9th anniversary tomorrow', change: { spouseHukouMarriageDate: '2015-07-16' }, items: { SPOUSE_HUKOU: 32 }, total: 161 }, // 8×4=32
  { name: 'spouse hukou, married 10 years: exactly the cap', change: { spouseHukouMarriageDate: '2014-07-15' }, items: { SPOUSE_HUKOU: 40 }, total: 169 }, // 10×4=40 = cap
  { name: 'spouse hukou, married less than a year', change: { spouseHukouMarriageDate: '2023-07-16' }, items: { SPOUSE_HUKOU: off(0) }, total: 129 }, // 0 full years → 0, listed with the reason
  { name: 'spouse hukou, married 12 years: capped', change: { spouseHukouMarriageDate: '2012-07-15' }, items: { SPOUSE_HUKOU: 40 }, total: 169 }, // 12×4=48 → 40
  { name: 'investment tax 99,999: below the minimum', change: { averageAnnualTaxCny: 99999 }, items: { INVESTMENT_TAX: off(0) }, total: 129 }, // < 100,000 → 0
  { name: 'investment tax 100,000', change: { averageAnnualTaxCny: 100000 }, items: { INVESTMENT_TAX: 10 }, total: 139 }, // ⌊1⌋×10=10
  { name: 'investment tax 250,000', change: { averageAnnualTaxCny: 250000 }, items: { INVESTMENT_TAX: 20 }, total: 149 }, // ⌊2.5⌋×10=20
  { name: 'investment tax 1,200,000: at the cap', change: { averageAnnualTaxCny: 1200000 }, items: { INVESTMENT_TAX: 120 }, total: 249 }, // 12×10=120
  { name: 'investment tax 3,000,000: capped', change: { averageAnnualTaxCny: 3000000 }, items: { INVESTMENT_TAX: 120 }, total: 249 }, // 30×10=300 → 120
  { name: 'local hires 9.9: below the minimum', change: { averageAnnualLocalHires: 9.9 }, items: { LOCAL_EMPLOYMENT: off(0) }, total: 129 }, // < 10 → 0
  { name: 'local hires 10', change: { averageAnnualLocalHires: 10 }, items: { LOCAL_EMPLOYMENT: 10 }, total: 139 }, // ⌊1⌋×10=10
  { name: 'local hires 130: capped', change: { averageAnnualLocalHires: 130 }, items: { LOCAL_EMPLOYMENT: 120 }, total: 249 }, // 13×10=130 → 120
  { name: 'tax 300,000 (30) vs hires 50 (50): hires count', change: { averageAnnualTaxCny: 300000, averageAnnualLocalHires: 50 }, items: { INVESTMENT_TAX: off(30), LOCAL_EMPLOYMENT: 50 }, total: 179 }, // max(30, 50)=50; 129+50
  { name: 'tax 800,000 (80) vs hires 20 (20): tax counts', change: { averageAnnualTaxCny: 800000, averageAnnualLocalHires: 20 }, items: { INVESTMENT_TAX: 80, LOCAL_EMPLOYMENT: off(20) }, total: 209 }, // max(80, 20)=80; 129+80
  { name: 'award: municipal special', change: { awards: [MUNICIPAL_SPECIAL] }, items: { AWARD: 30 }, total: 159 }, // 129+30
  { name: 'awards: special + comprehensive → the highest only', change: { awards: [MUNICIPAL_SPECIAL, MUNICIPAL_COMPREHENSIVE] }, items: { AWARD: 60 }, total: 189 }, // max(30, 60)=60, not 90
  { name: 'awards: all three → national only', change: { awards: [MUNICIPAL_SPECIAL, NATIONAL, MUNICIPAL_COMPREHENSIVE] }, items: { AWARD: 110 }, total: 239 }, // max = 110 (cap 110)
  {
    name: 'every bonus claimed at once',
    change: {
      education: MASTER, entrepreneur: true, innovationIntermediary: true, shortageMajor: true, averageAnnualTaxCny: 1200000,
      averageAnnualLocalHires: 50, publicServiceYears: 5, remoteSuburbYears: 5, freshGraduate: true, awards: [NATIONAL],
      spouseHukouMarriageDate: '2015-07-15',
    },
    items: {
      EDUCATION: 100, ENTREPRENEUR: 120, INNOVATION_INTERMEDIARY: 120, SHORTAGE_MAJOR: 30, INVESTMENT_TAX: 120,
      LOCAL_EMPLOYMENT: off(50), PUBLIC_SERVICE: 20, REMOTE_SUBURB: 10, FRESH_GRADUATE: 10, AWARD: 110, SPOUSE_HUKOU: 36,
    },
    total: 715,
  }, // 30+100+9 +120+120+30+120+20+10+10+110+36 = 715 (hires 50 < tax 120, not counted)

  // ── Deductions (第八条) and the floor at 0 (第十一条) ──
  { name: 'false materials exactly 3 years before: inside', change: { entrepreneur: true, falseMaterialDates: ['2021-07-15'] }, items: { ENTREPRENEUR: 120, FALSE_MATERIALS: -150 }, total: 99 }, // 129+120−150
  { name: 'false materials 3 years and a day before: outside', change: { entrepreneur: true, falseMaterialDates: ['2021-07-14'] }, items: { ENTREPRENEUR: 120, FALSE_MATERIALS: off(0) }, total: 249 }, // before 2021-07-15 → 0
  { name: 'two false-material cases inside: −300, floored at 0', change: { entrepreneur: true, falseMaterialDates: ['2022-01-01', '2023-01-01'] }, items: { ENTREPRENEUR: 120, FALSE_MATERIALS: -300 }, total: 0 }, // 249−300 = −51 → 0
  { name: 'administrative detention exactly 5 years before: inside', change: { administrativeDetentionDates: ['2019-07-15'] }, items: { ADMINISTRATIVE_DETENTION: -50 }, total: 79 }, // 129−50
  { name: 'administrative detention 5 years and a day before: outside', change: { administrativeDetentionDates: ['2019-07-14'] }, items: { ADMINISTRATIVE_DETENTION: off(0) }, total: 129 }, // before 2019-07-15 → 0
  { name: 'administrative detention: two inside, one outside', change: { administrativeDetentionDates: ['2020-01-01', '2023-01-01', '2018-01-01'] }, items: { ADMINISTRATIVE_DETENTION: -100 }, total: 29 }, // 2×50=100; 129−100
  { name: 'criminal record exactly 5 years before: inside', change: { entrepreneur: true, criminalRecordDates: ['2019-07-15'] }, items: { ENTREPRENEUR: 120, CRIMINAL_RECORD: -150 }, total: 99 }, // 249−150
  { name: 'criminal record 5 years and a day before: outside', change: { criminalRecordDates: ['2019-07-14'] }, items: { CRIMINAL_RECORD: off(0) }, total: 129 }, // before 2019-07-15 → 0
  { name: 'floor at 0: criminal record with no bonus', change: { criminalRecordDates: ['2023-03-01'] }, items: { CRIMINAL_RECORD: -150 }, total: 0 }, // 129−150 = −21 → 0

  // ── 合理对应 (第七条(五)) from the income-tax base: SH-2017 tolerance 10 % of the taxed income; ceiling of
  //    year Y = 3 × the wage of Y−1: 2021 31,014 · 2022 34,188 · 2023 36,549 · 2024 36,921 ──
  { name: 'tax: a 3× earner whose base is the ceiling and whose taxed income is higher gets the 120 tier', change: { socialInsurance: last36(31014, 34188, 36549, 36921).map((period) => ({ ...period, incomeTaxBase: 60000 })) }, items: { SOCIAL_INSURANCE_BASE: 120 }, total: 249 }, // each base = that year's ceiling, 60,000 > base → corresponds; 36 ≥ 24 at 3× → 120; 129+120
  { name: 'tax: the same months judged not corresponding by a person (baseMatchesTax false) lose the tier', change: { socialInsurance: last36(31014, 34188, 36549, 36921).map((period) => ({ ...period, incomeTaxBase: 60000, baseMatchesTax: false })) }, items: { SOCIAL_INSURANCE_BASE: off(0) }, total: 129, excludedMonths: 36 }, // every month excluded from the base bonus; years still 36 → 9
  { name: 'tax: base 12,307 against a taxed income of 13,500 is within 10 %: the 1× tier', change: { socialInsurance: [p('2021-07', '2024-06', 12307, { incomeTaxBase: 13500 })] }, items: { SOCIAL_INSURANCE_BASE: 50 }, total: 179 }, // |12,307−13,500| = 1,193 ≤ 1,350; 12,307 ≥ 1× every wage 10,338..12,307 → 36 → 50
  { name: 'tax: base 12,307 against 14,000 is more than 10 % apart and not at the ceiling: excluded', change: { socialInsurance: [p('2021-07', '2024-06', 12307, { incomeTaxBase: 14000 })] }, items: { SOCIAL_INSURANCE_BASE: off(0) }, total: 129, excludedMonths: 36 }, // 1,693 > 1,400; 12,307 < ceiling → all 36 excluded from the bonus; years 9
  { name: 'tax: an inflated base (12,307 against a taxed income of 11,000) is excluded', change: { socialInsurance: [p('2021-07', '2024-06', 12307, { incomeTaxBase: 11000 })] }, items: { SOCIAL_INSURANCE_BASE: off(0) }, total: 129, excludedMonths: 36 }, // 1,307 > 1,100 and the income is lower → not corresponding
  { name: 'tax: a base at the ceiling with a lower taxed income is excluded', change: { socialInsurance: last36(31014, 34188, 36549, 36921).map((period) => ({ ...period, incomeTaxBase: 20000 })) }, items: { SOCIAL_INSURANCE_BASE: off(0) }, total: 129, excludedMonths: 36 }, // 31,014−20,000 = 11,014 > 2,000; the ceiling rule needs a higher income
  { name: 'tax: exactly 10 % apart corresponds (0.8× tier)', change: { socialInsurance: [p('2021-07', '2024-06', 11700, { incomeTaxBase: 13000 })] }, items: { SOCIAL_INSURANCE_BASE: 25 }, total: 154 }, // 1,300 = 10 % of 13,000; 11,700 ≥ 0.8×12,307 = 9,845.6 → 36 → 25; ≥1× only 2021-07..2022-12 = 18 < 36
  { name: 'tax: a fen more than 10 % apart does not', change: { socialInsurance: [p('2021-07', '2024-06', 11700, { incomeTaxBase: 13000.02 })] }, items: { SOCIAL_INSURANCE_BASE: off(0) }, total: 129, excludedMonths: 36 }, // 1,300.02 > 1,300.002 (+ half a fen) → excluded
  { name: 'tax: no taxed income declared (0) against a base is excluded', change: { socialInsurance: [p('2021-07', '2024-06', 12307, { incomeTaxBase: 0 })] }, items: { SOCIAL_INSURANCE_BASE: off(0) }, total: 129, excludedMonths: 36 }, // page 002: 社保与个税必须相匹配; 12,307 vs 0

  // ── Veto (第九条): breakdown kept, never eligible ──
  { name: 'veto: family-planning violation', change: { familyPlanningViolation: true }, items: { VETO: 0 }, total: 129, eligible: false, vetoed: true }, // 129 ≥ 120 but vetoed
  { name: 'veto: serious criminal record', change: { seriousCriminalRecord: true }, items: { VETO: 0 }, total: 129, eligible: false, vetoed: true }, // 129 ≥ 120 but vetoed
  { name: 'veto with a high score', change: { entrepreneur: true, familyPlanningViolation: true, seriousCriminalRecord: true }, items: { ENTREPRENEUR: 120, VETO: 0 }, total: 249, eligible: false, vetoed: true }, // 249, vetoed
];

function actualItems(input: ScoreProfileInput): Partial<Record<ScoreIndicator, Expected>> {
  const result = assess(normaliseProfile(input), SH_2017_RULE_SET);
  return Object.fromEntries(
    result.items.map((item) => [item.indicator, item.counted ? item.points : { notCounted: item.points }]),
  );
}

describe('reference cases (SH-2017, worked by hand from the policy text)', () => {
  it('has at least 60 cases with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES)('$name', (referenceCase) => {
    const input: ScoreProfileInput = { ...BASELINE, ...referenceCase.change };
    const result = assess(normaliseProfile(input), SH_2017_RULE_SET);

    expect(actualItems(input)).toEqual({ ...BASELINE_ITEMS, ...referenceCase.items });
    expect(result.total).toBe(referenceCase.total);
    expect(result.vetoed).toBe(referenceCase.vetoed ?? false);
    expect(result.eligible).toBe(referenceCase.eligible ?? (!result.vetoed && referenceCase.total >= 120));
    expect(result.standard).toBe(120);
    expect(result.ruleSetVersion).toBe('SH-2017');
    expect(result.excludedMonths).toHaveLength(referenceCase.excludedMonths ?? 0);
    for (const item of result.items) expect(Number.isInteger(item.points)).toBe(true);
  });
});
