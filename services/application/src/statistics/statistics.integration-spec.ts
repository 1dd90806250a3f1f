/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- GraphQL answers are untyped JSON here */
import { EducationLevel } from '@points/scoring-engine';
import { toShanghaiDate } from '@points/calendar';
import { deliverEvent, errorCodes, eventually, testEvent, type SubgraphTestApp } from '@points/testing';
import {
  applicantEmployedBy,
  employerStanding,
  hrOf,
  hrss,
  officer,
  pinToday,
  startApplicationApp,
  supervisor,
  throughToScoring,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';
import { StatisticsReadModel } from './statistics-read-model';

type Row = Record<string, any>;

// Hand-countable fixtures, written straight into the table and then counted by rebuild(): March
// 2026 has no statutory holiday, so its working days are Monday to Friday. Today is Wed 11 March;
// the weeks asked for are W10 (Mon 2 – Sun 8 March) and W11 (Mon 9 – Sun 15 March).
// [id, district, state, accepted_on, decided_at (Shanghai wall time), reason, queue_due]
const FIXTURES: Array<[string, string, string, string | null, string | null, string | null, string]> = [
  // x1: accepted Mon 2, decided Fri 6 at 23:30 Shanghai (still the 6th): 3,4,5,6 → 4 working days
  ['01', 'XUHUI', 'APPROVED', '2026-03-02', '2026-03-06 23:30', null, '9999-12-31'],
  // x2: accepted Mon 2, decided Tue 10: 3,4,5,6,9,10 → 6
  ['02', 'XUHUI', 'REJECTED', '2026-03-02', '2026-03-10 10:00', '社会保险缴费不足', '9999-12-31'],
  // x3: accepted Wed 4, decided Mon 9: 5,6,9 → 3
  ['03', 'XUHUI', 'REJECTED', '2026-03-04', '2026-03-09 15:00', '社会保险缴费不足', '9999-12-31'],
  // x4: an online renewal (never accepted at a window), decided Mon 9 at 00:30 Shanghai
  // (Sunday 8th in UTC): W11, and not in the median
  ['04', 'XUHUI', 'APPROVED', null, '2026-03-09 00:30', null, '9999-12-31'],
  // x5: accepted Mon 9, due Tue 10: overdue today
  ['05', 'XUHUI', 'ARCHIVE_REVIEW', '2026-03-09', null, null, '2026-03-10'],
  // x6: accepted Tue 3, due today: not overdue
  ['06', 'XUHUI', 'SCORING', '2026-03-03', null, null, '2026-03-11'],
  ['07', 'XUHUI', 'SUBMITTED', null, null, null, '9999-12-31'],
  ['08', 'XUHUI', 'DRAFT', null, null, null, '9999-12-31'],
  // x9: accepted and decided in January: outside the weeks asked for
  ['09', 'XUHUI', 'APPROVED', '2026-01-05', '2026-01-30 10:00', null, '9999-12-31'],
  // p1: accepted Mon 2, decided Mon 9: 3,4,5,6,9 → 5
  ['11', 'PUDONG', 'REJECTED', '2026-03-02', '2026-03-09 11:00', '学历认证未通过', '9999-12-31'],
  // p2: accepted Tue 3, decided Fri 13: 4,5,6,9,10,11,12,13 → 8
  ['12', 'PUDONG', 'APPROVED', '2026-03-03', '2026-03-13 16:00', null, '9999-12-31'],
  // p3: accepted Mon 2, due Fri 6: overdue
  ['13', 'PUDONG', 'SCORING', '2026-03-02', null, null, '2026-03-06'],
  // p4: accepted Tue 10, due in April
  ['14', 'PUDONG', 'ARCHIVE_REVIEW', '2026-03-10', null, null, '2026-04-07'],
];
const idOf = (suffix: string): string => `5a5a5a5a-0000-4000-8000-0000000000${suffix}`;

const FIGURES = `district from to today
  byDistrictAndState { district state count }
  weeks { week isoWeek received decided approved rejected }
  overdue { district count }
  medianWorkingDaysToDecision decisionsMeasured approved rejected
  rejectedByReason { reason count }`;
const STATISTICS = `query($district: String, $from: String, $to: String) {
  statistics(district: $district, from: $from, to: $to) { ${FIGURES} } }`;
const MARCH = { from: '2026-03-02', to: '2026-03-15' };

describe('statistics (HRSS and supervisors)', () => {
  let t: SubgraphTestApp;

  async function statistics(variables: Record<string, unknown>, as = hrss()): Promise<Row> {
    const res = await t.gql<{ statistics: Row }>(STATISTICS, { variables, as });
    expect(res.errors).toBeUndefined();
    return res.data!.statistics;
  }

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, '2026-03-11');
    for (const [suffix, district, state, accepted, decided, reason, due] of FIXTURES) {
      await t.dataSource.query(
        `INSERT INTO application.application
           (id, employer_id, applicant_id, district, kind, state, version, accepted_on, decided_at, decision_reason, queue_due)
         VALUES ($1, $2, $3, $4, 'NEW', $5, 1, $6, $7::timestamp AT TIME ZONE 'Asia/Shanghai', $8, $9)`,
        [
          idOf(suffix),
          XUHUI_EMPLOYER,
          idOf(suffix).replace('5a5a5a5a', 'a5a5a5a5'),
          district,
          state,
          accepted,
          decided,
          reason,
          due,
        ],
      );
    }
    await t.dataSource.transaction((manager) => new StatisticsReadModel().rebuild(manager));
  }, 60_000);
  afterAll(() => t?.close());

  it('gives HRSS the whole city: per district and state, per week, overdue, median, outcomes', async () => {
    const city = await statistics(MARCH);
    expect(city).toMatchObject({ district: null, from: '2026-03-02', to: '2026-03-15', today: '2026-03-11' });
    expect(city['byDistrictAndState']).toEqual([
      { district: 'PUDONG', state: 'APPROVED', count: 1 },
      { district: 'PUDONG', state: 'ARCHIVE_REVIEW', count: 1 },
      { district: 'PUDONG', state: 'REJECTED', count: 1 },
      { district: 'PUDONG', state: 'SCORING', count: 1 },
      { district: 'XUHUI', state: 'APPROVED', count: 3 },
      { district: 'XUHUI', state: 'ARCHIVE_REVIEW', count: 1 },
      { district: 'XUHUI', state: 'DRAFT', count: 1 },
      { district: 'XUHUI', state: 'REJECTED', count: 2 },
      { district: 'XUHUI', state: 'SCORING', count: 1 },
      { district: 'XUHUI', state: 'SUBMITTED', count: 1 },
    ]);
    expect(city['weeks']).toEqual([
      // received: x1 x2 x3 x6 p1 p2 p3; decided: x1
      { week: '2026-03-02', isoWeek: '2026-W10', received: 7, decided: 1, approved: 1, rejected: 0 },
      // received: x5 p4; decided: x2 x3 x4 p1 p2
      { week: '2026-03-09', isoWeek: '2026-W11', received: 2, decided: 5, approved: 2, rejected: 3 },
    ]);
    // Every district, zeros included: x5 and p3.
    expect(city['overdue']).toHaveLength(16);
    expect(city['overdue'].filter((d: Row) => d['count'] > 0)).toEqual([
      { district: 'XUHUI', count: 1 },
      { district: 'PUDONG', count: 1 },
    ]);
    // 3, 4, 5, 6, 8 working days
    expect(city).toMatchObject({
      medianWorkingDaysToDecision: 5,
      decisionsMeasured: 5,
      approved: 3,
      rejected: 3,
    });
    expect(city['rejectedByReason']).toEqual([
      { reason: '社会保险缴费不足', count: 2 },
      { reason: '学历认证未通过', count: 1 },
    ]);
  });

  it("gives a supervisor their own district's figures, with no arguments or asking for it", async () => {
    const own = await statistics(MARCH, supervisor('XUHUI'));
    expect(own).toMatchObject({ district: 'XUHUI', approved: 2, rejected: 2, decisionsMeasured: 3 });
    // 3, 4, 6 working days
    expect(own['medianWorkingDaysToDecision']).toBe(4);
    expect(own['overdue']).toEqual([{ district: 'XUHUI', count: 1 }]);
    expect(own['weeks'].map((w: Row) => [w['received'], w['decided']])).toEqual([
      [4, 1],
      [1, 3],
    ]);
    expect(own['byDistrictAndState'].every((r: Row) => r['district'] === 'XUHUI')).toBe(true);
    expect(await statistics({ ...MARCH, district: 'XUHUI' }, supervisor('XUHUI'))).toEqual(own);
    // PUDONG: 5 and 8 working days
    const pudong = await statistics({ ...MARCH, district: 'PUDONG' });
    expect(pudong).toMatchObject({ medianWorkingDaysToDecision: 6.5, approved: 1, rejected: 1 });
    // No arguments: the 12 weeks up to today's, ending Sun 15 March.
    const recent = await statistics({}, supervisor('PUDONG'));
    expect(recent).toMatchObject({ district: 'PUDONG', from: '2025-12-22', to: '2026-03-15' });
    expect(recent['weeks']).toHaveLength(12);
  });

  it('refuses other roles, another district and the city to a supervisor, and bad arguments by field', async () => {
    for (const as of [officer('XUHUI'), hrOf(XUHUI_EMPLOYER)]) {
      expect(errorCodes(await t.gql(STATISTICS, { variables: {}, as }))).toEqual(['FORBIDDEN']);
    }
    const other = await t.gql(STATISTICS, { variables: { district: 'XUHUI' }, as: supervisor('PUDONG') });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(other.data)).not.toContain('XUHUI');
    const field = async (variables: Record<string, unknown>): Promise<unknown> =>
      (await t.gql(STATISTICS, { variables, as: hrss() })).errors?.[0]?.extensions;
    expect(await field({ district: 'ATLANTIS' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'district',
    });
    expect(await field({ from: '2026-02-30' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'from',
      rule: 'real-date',
    });
    expect(await field({ to: '2026-13-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(await field({ from: '2026-03-16', to: '2026-03-02' })).toMatchObject({
      field: 'from',
      rule: 'not-after-to',
    });
    expect(await field({ from: '2020-01-01', to: '2026-03-02' })).toMatchObject({ field: 'from' });
  });

  it('counts a decision made through the lifecycle in its transaction, the same as a recount', async () => {
    // Accepted today and decided today (the decision is stamped with the real clock): 0 working days.
    const today = toShanghaiDate(new Date());
    pinToday(t, today);
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
    const applicant = 'bbbbbbbb-5a5a-4000-8000-000000000001';
    await applicantEmployedBy(t, applicant, '310104199003070018', XUHUI_EMPLOYER);
    const before = await statistics({}, supervisor('XUHUI'));
    const approvedBefore = before['byDistrictAndState'].find((r: Row) => r['state'] === 'APPROVED')['count'];
    const { id } = await throughToScoring(t, applicant, {
      // The application replaces it with its acceptance date (today).
      assessmentDate: today,
      birthDate: '1990-03-07',
      education: EducationLevel.MASTER,
      socialInsurance: [{ from: '2020-01', to: '2025-12', base: 20000 }],
    });
    const midway = await statistics({}, supervisor('XUHUI'));
    // x6 and the new one
    expect(midway['byDistrictAndState']).toContainEqual({ district: 'XUHUI', state: 'SCORING', count: 2 });
    expect(midway['weeks'].at(-1)).toMatchObject({ received: 1, decided: 0 });
    await deliverEvent(
      t,
      'application',
      testEvent('score.assessed', {
        assessmentId: 'dddddddd-5a5a-4000-8000-000000000001',
        applicationId: id,
        total: 198,
        eligible: true,
        canApply: true,
        unmetConditions: [],
        ruleSetVersion: 'SH-2017',
      }),
    );
    const after = await eventually(async () => {
      const figures = await statistics({}, supervisor('XUHUI'));
      return figures['approved'] === 1 ? figures : undefined;
    });
    expect(after['weeks'].at(-1)).toMatchObject({ received: 1, decided: 1, approved: 1, rejected: 0 });
    expect(after).toMatchObject({ decisionsMeasured: 1, medianWorkingDaysToDecision: 0 });
    expect(after['byDistrictAndState']).toContainEqual({
      district: 'XUHUI',
      state: 'APPROVED',
      count: approvedBefore + 1,
    });
    expect(after['byDistrictAndState']).toContainEqual({ district: 'XUHUI', state: 'SCORING', count: 1 });
    // The counters kept write by write equal a recount from the table.
    const kept = await statistics(MARCH);
    const keptNow = await statistics({});
    await t.dataSource.transaction((manager) => new StatisticsReadModel().rebuild(manager));
    expect(await statistics(MARCH)).toEqual(kept);
    expect(await statistics({})).toEqual(keptNow);
  }, 120_000);
});
