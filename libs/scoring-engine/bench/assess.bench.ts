// Throughput of assess on one core: a profile with 72 one-month contribution periods and every bonus
// claimed, against the same profile with one 72-month period. The per-period work (parsing each one)
// is the difference; the month list itself is the same 72 entries in both.
//
// Run from the repo root: node scripts/build.mjs && node dist/libs/scoring-engine/bench/assess.bench.js
import { isDeepStrictEqual } from 'node:util';
import {
  assess,
  AwardLevel,
  EducationLevel,
  formatMonthIndex,
  normaliseProfile,
  parseYearMonth,
  QualificationLevel,
  SH_2017_RULE_SET,
  type ContributionPeriodInput,
  type ScoreProfile,
  type ScoreProfileInput,
} from '../src';

const FIRST_MONTH = '2018-07';
const LAST_MONTH = '2024-06';
const BASE = 25000;

function monthlyPeriods(): ContributionPeriodInput[] {
  const first = parseYearMonth(FIRST_MONTH) ?? 0;
  const last = parseYearMonth(LAST_MONTH) ?? 0;
  const periods: ContributionPeriodInput[] = [];
  for (let month = first; month <= last; month++) {
    periods.push({ from: formatMonthIndex(month), to: formatMonthIndex(month), base: BASE });
  }
  return periods;
}

const everyBonus: ScoreProfileInput = {
  assessmentDate: '2024-07-15',
  birthDate: '1985-05-20',
  education: EducationLevel.MASTER,
  qualification: QualificationLevel.SENIOR_TITLE,
  entrepreneur: true,
  innovationIntermediary: true,
  shortageMajor: true,
  averageAnnualTaxCny: 650_000,
  averageAnnualLocalHires: 42,
  publicServiceYears: 6,
  remoteSuburbYears: 7,
  freshGraduate: true,
  awards: [AwardLevel.MUNICIPAL_SPECIAL, AwardLevel.MUNICIPAL_COMPREHENSIVE, AwardLevel.NATIONAL],
  spouseHukouMarriageDate: '2014-10-01',
};

const perMonth = normaliseProfile({ ...everyBonus, socialInsurance: monthlyPeriods() });
const single = normaliseProfile({
  ...everyBonus,
  socialInsurance: [{ from: FIRST_MONTH, to: LAST_MONTH, base: BASE }],
});

let sink = 0;

function measure(profile: ScoreProfile, seconds: number): number {
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const started = process.hrtime.bigint();
  let runs = 0;
  let now = started;
  while (now < deadline) {
    for (let i = 0; i < 1000; i++) sink += assess(profile, SH_2017_RULE_SET).total;
    runs += 1000;
    now = process.hrtime.bigint();
  }
  return runs / (Number(now - started) / 1e9);
}

function format(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString('en-US').padStart(10)} /s  (${(1e6 / perSecond).toFixed(2)} µs each)`;
}

const perMonthResult = assess(perMonth, SH_2017_RULE_SET);
const singleResult = assess(single, SH_2017_RULE_SET);
console.log(
  `periods: ${perMonth.socialInsurance.length} vs ${single.socialInsurance.length}; total ${perMonthResult.total}`,
);
console.log(
  `same result for both profiles: ${isDeepStrictEqual(perMonthResult, singleResult) ? 'yes' : 'NO'}`,
);

// Warm-up so both paths are optimised before timing.
measure(perMonth, 0.5);
measure(single, 0.5);

const perMonthRate = measure(perMonth, 3);
const singleRate = measure(single, 3);
console.log(`72 one-month periods : ${format(perMonthRate)}`);
console.log(`one 72-month period  : ${format(singleRate)}`);
console.log(`ratio single / per-month: ${(singleRate / perMonthRate).toFixed(2)}×`);
if (sink === 0) console.log('(no work done?)');
