/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- GraphQL answers are untyped JSON here */
import type { AuthUser } from '@points/auth';
import { usePublishedSchedules } from '@points/calendar';
import { createRedisConnection } from '@points/db';
import { QueueName } from '@points/events';
import { errorCodes, eventually, type SubgraphTestApp } from '@points/testing';
import { EducationLevel } from '@points/scoring-engine';
import { Queue } from 'bullmq';
import {
  applicantEmployedBy,
  employerStanding,
  hrss,
  officer,
  pinToday,
  startApplicationApp,
  throughToScoring,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';
import { CalendarYearsService } from './calendar-years.service';
import { DeadlineRecomputeService } from './deadline-recompute.service';

type App = Record<string, any>;

// Boot: PostgreSQL migrations, Redis, the Nest app and its workers, on a shared 2-core machine.
const BOOT_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 90_000;

const PUBLISH = `mutation($input: PublishCalendarYearInput!) { publishCalendarYear(input: $input) {
  year source provisional current { revision documentRef reason changedBy changedByRole holidays { date name } workdays { date } }
  revisions { revision } } }`;
const YEAR = `query($year: Int!) { calendarYear(year: $year) { year source provisional current { revision }
  statutoryDaysOff { date name } } }`;
const READ = `query($id: ID!) { application(id: $id) { id state
  archiveDeadline { dueOn provisional calendarDataVersion }
  scoringDeadline { dueOn provisional calendarDataVersion }
  history { toState role code reason } } }`;

/**
 * A 2027 schedule as HRSS would enter it. The real 2027 notice is not known to this test, so the
 * entry is made up in the shape of the 2026 one (春节 a nine-day block with a make-up Saturday).
 */
function entry2027(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const springFestival = ['05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => ({
    date: `2027-02-${d}`,
    name: '春节',
  }));
  return {
    year: 2027,
    holidays: [{ date: '2027-01-01', name: '元旦' }, ...springFestival],
    workdays: [{ date: '2027-02-20', name: '春节调休上班' }],
    documentRef: '国办发明电〔2026〕（测试）号',
    reason: '国务院办公厅公布2027年部分节假日安排',
    expectedRevision: null,
    ...overrides,
  };
}

describe('published calendar years: HRSS enters a notice, provisional deadlines are recomputed', () => {
  let t: SubgraphTestApp;
  /** The application in SCORING whose deadline the entries move (set by the recompute test). */
  let scoringId: string | undefined;

  async function gql(query: string, variables: Record<string, unknown>, as: AuthUser): Promise<App> {
    const res = await t.gql<Record<string, App>>(query, { variables, as });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data ?? {})[0] as App;
  }

  async function refusal(input: Record<string, unknown>): Promise<App> {
    const res = await t.gql(PUBLISH, { variables: { input }, as: hrss() });
    const extensions = (res.errors?.[0]?.extensions ?? {}) as App;
    return { code: extensions['code'], field: extensions['field'], rule: extensions['rule'] };
  }

  beforeAll(async () => {
    t = await startApplicationApp();
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    usePublishedSchedules([]);
    await t?.close();
  });

  it(
    'refuses a bad entry naming the field and the rule, and anyone but HRSS',
    async () => {
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ year: 1999 }, 'input.year', 'year-range'],
        [{ holidays: [] }, 'input.holidays', 'required'],
        [{ holidays: [{ date: '2027-02-30', name: '春节' }] }, 'input.holidays[0].date', 'iso-date'],
        [{ holidays: [{ date: '2028-01-01', name: '元旦' }] }, 'input.holidays[0].date', 'in-year'],
        [
          {
            holidays: [
              { date: '2027-01-01', name: '元旦' },
              { date: '2027-01-01', name: '元旦' },
            ],
          },
          'input.holidays[1].date',
          'unique',
        ],
        [{ workdays: [{ date: '2027-01-01', name: '上班' }] }, 'input.workdays[0].date', 'unique'],
        // Thursday 18 February 2027 is a weekday already: a make-up day is a Saturday or Sunday.
        [{ workdays: [{ date: '2027-02-18', name: '上班' }] }, 'input.workdays[0].date', 'weekend'],
        [{ holidays: [{ date: '2027-01-01', name: '  ' }] }, 'input.holidays[0].name', 'required'],
        [{ documentRef: ' ' }, 'input.documentRef', 'required'],
        [{ reason: '' }, 'input.reason', 'required'],
        [{ expectedRevision: 3 }, 'input.expectedRevision', 'current-revision'],
      ];
      for (const [overrides, field, rule] of cases) {
        const code = rule === 'current-revision' ? 'CONFLICT' : 'BAD_USER_INPUT';
        expect([overrides, await refusal(entry2027(overrides))]).toEqual([overrides, { code, field, rule }]);
      }
      expect(
        errorCodes(await t.gql(PUBLISH, { variables: { input: entry2027() }, as: officer('XUHUI') })),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(YEAR, { variables: { year: 2027 }, as: officer('XUHUI') }))).toEqual([
        'FORBIDDEN',
      ]);
      // Nothing was stored by any of them.
      const year = await gql(YEAR, { year: 2027 }, hrss());
      expect(year).toMatchObject({ source: 'STATUTORY_RULES', provisional: true, current: null });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows what the law alone gives a year without a notice (2027: 春节 from 除夕 5 February, with 补假)',
    async () => {
      const year = await gql(YEAR, { year: 2027 }, hrss());
      const spring = year['statutoryDaysOff'].filter((d: App) => d['date'].startsWith('2027-02'));
      expect(spring.map((d: App) => d['date'])).toEqual([
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
      ]);
      expect(year['statutoryDaysOff'].map((d: App) => d['date'])).toEqual(
        expect.arrayContaining([
          '2027-01-01',
          '2027-05-01',
          '2027-05-02',
          '2027-10-01',
          '2027-10-02',
          '2027-10-03',
        ]),
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'recomputes the provisional deadlines once 2027 is entered, in the history, and only once',
    async () => {
      // Accepted Wednesday 27 January 2027. By the law alone (除夕 Fri 2-5 off, 2-6/7 weekend,
      // 2-8..10 补假): Jan 28, 29 (2); Feb 1–4 (6); 11, 12 (8); 15–19 (13); 22–26 (18); Mar 1, 2 (20).
      pinToday(t, '2027-01-27');
      await applicantEmployedBy(
        t,
        'cccccccc-0000-4000-8000-000000000001',
        '310104199101010019',
        XUHUI_EMPLOYER,
      );
      const scoring = await throughToScoring(t, 'cccccccc-0000-4000-8000-000000000001', {
        assessmentDate: '2027-01-27',
        birthDate: '1991-01-01',
        education: EducationLevel.MASTER,
        socialInsurance: [{ from: '2020-01', to: '2026-12', base: 20000 }],
      });
      scoringId = scoring.id;
      const before = await gql(READ, { id: scoring.id }, hrss());
      expect(before['state']).toBe('SCORING');
      expect(before['scoringDeadline']).toMatchObject({ dueOn: '2027-03-02', provisional: true });

      const published = await gql(PUBLISH, { input: entry2027() }, hrss());
      expect(published).toMatchObject({
        year: 2027,
        source: 'PUBLISHED',
        provisional: false,
        current: {
          revision: 1,
          documentRef: '国办发明电〔2026〕（测试）号',
          changedBy: 'hrss-1',
          changedByRole: 'HRSS_ADMIN',
          workdays: [{ date: '2027-02-20' }],
        },
        revisions: [{ revision: 1 }],
      });

      // With the entry (2-5..13 off, Saturday 2-20 worked): Jan 28, 29 (2); Feb 1–4 (6); 15–19 (11);
      // 20 (12); 22–26 (17); Mar 1–3 (20). The job enqueued by the entry does it (worker in this app).
      const after = await eventually(async () => {
        const now = await gql(READ, { id: scoring.id }, hrss());
        return now['scoringDeadline']['provisional'] === false ? now : undefined;
      }, 60_000);
      expect(after['scoringDeadline']).toEqual({
        dueOn: '2027-03-03',
        provisional: false,
        calendarDataVersion: 'chinese-days@1.5.7+published:2027r1',
      });
      expect(after['history'].at(-1)).toMatchObject({
        toState: 'SCORING',
        role: 'SYSTEM',
        code: 'DEADLINE_RECOMPUTED',
        reason: expect.stringContaining('2027-03-02（暂定） → 2027-03-03'),
      });

      // Again (the daily run): nothing left to do, no second entry.
      const entries = after['history'].length;
      expect(await t.app.get(DeadlineRecomputeService).run()).toMatchObject({ recomputed: 0 });
      expect((await gql(READ, { id: scoring.id }, hrss()))['history']).toHaveLength(entries);

      // A second entry must name the revision it corrects; the stale one is a CONFLICT.
      expect(await refusal(entry2027({ expectedRevision: null }))).toEqual({
        code: 'CONFLICT',
        field: 'input.expectedRevision',
        rule: 'current-revision',
      });
      const corrected = await gql(
        PUBLISH,
        { input: entry2027({ expectedRevision: 1, workdays: [], reason: '更正：2月20日不调休' }) },
        hrss(),
      );
      expect(corrected['revisions']).toEqual([{ revision: 2 }, { revision: 1 }]);
      // Without the make-up Saturday the count ends a day later, on Thursday 4 March.
      const recounted = await eventually(async () => {
        const now = await gql(READ, { id: scoring.id }, hrss());
        return now['scoringDeadline']['dueOn'] === '2027-03-04' ? now : undefined;
      }, 60_000);
      expect(recounted['scoringDeadline']).toMatchObject({ provisional: false });
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'a recompute lost with Redis is enqueued again by the next redrive pass, not left for 01:30',
    async () => {
      if (!scoringId) throw new Error('needs the application of the recompute test');
      const id = scoringId;
      expect((await gql(READ, { id }, hrss()))['scoringDeadline']['dueOn']).toBe('2027-03-04');
      const connection = createRedisConnection(t.redis.url);
      const queue = new Queue(QueueName.ApplicationDeadlines, { connection, prefix: t.redis.prefix });
      try {
        // The entry's job is lost before a worker takes it: held (paused), then dropped.
        await queue.pause();
        const entered = await gql(
          PUBLISH,
          { input: entry2027({ expectedRevision: 2, reason: '再次更正：2月20日调休上班' }) },
          hrss(),
        );
        expect(entered['revisions']).toHaveLength(3);
        expect(await queue.getJobCounts('wait')).toEqual({ wait: 1 });
        await queue.drain();
        await queue.resume();
        expect((await gql(READ, { id }, hrss()))['scoringDeadline']['dueOn']).toBe('2027-03-04');

        // The pass the API runs every redrive interval sees no completed run for revision 3 …
        const calendar = t.app.get(CalendarYearsService);
        await calendar.redrive();
        // … and its job recounts: with the make-up Saturday back, Wednesday 3 March again.
        const recounted = await eventually(async () => {
          const now = await gql(READ, { id }, hrss());
          return now['scoringDeadline']['dueOn'] === '2027-03-03' ? now : undefined;
        }, 60_000);
        expect(recounted['scoringDeadline']['calendarDataVersion']).toContain('published:2027r3');
        expect(
          recounted['history'].filter((h: App) => h['code'] === 'DEADLINE_RECOMPUTED').at(-1)['reason'],
        ).toContain('2027-03-04 → 2027-03-03');

        // Once a run has completed with the calendar in force, the pass enqueues nothing.
        await eventually(async () => t.app.get(DeadlineRecomputeService).isDoneForCurrentCalendar(), 30_000);
        await calendar.redrive();
        expect(await queue.getJobCounts('wait', 'active')).toEqual({ wait: 0, active: 0 });
      } finally {
        await queue.close();
        await connection.quit();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it('registers the daily re-drive on its queue', async () => {
    const connection = createRedisConnection(t.redis.url);
    const queue = new Queue(QueueName.ApplicationDeadlines, { connection, prefix: t.redis.prefix });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.pattern, s.tz])).toEqual([
        ['daily-deadline-recompute', '0 30 1 * * *', 'Asia/Shanghai'],
      ]);
    } finally {
      await queue.close();
      await connection.quit();
    }
  });
});
