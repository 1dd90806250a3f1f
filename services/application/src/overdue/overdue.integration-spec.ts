/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- GraphQL answers are untyped JSON here */
import { EducationLevel } from '@points/scoring-engine';
import { addCalendarDays } from '@points/calendar';
import { createRedisConnection } from '@points/db';
import { QueueName } from '@points/events';
import { errorCodes, type SubgraphTestApp } from '@points/testing';
import type { AuthUser } from '@points/auth';
import { Queue } from 'bullmq';
import {
  applicantEmployedBy,
  employerStanding,
  gqlAs,
  officer,
  outboxData,
  pinToday,
  readApplication,
  startApplicationApp,
  submittedBy,
  supervisor,
  throughToScoring,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';
import { OverdueService } from './overdue.service';

type App = Record<string, any>;

const BOOT_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 30_000;

describe('overdue: waiting applications expire, overdue reviews go to the supervisor (daily job)', () => {
  let t: SubgraphTestApp;
  const read = `id state version escalatedOn history { fromState toState actor role reason }`;

  const current = (id: string): Promise<App> => readApplication<App>(t, id, read);
  // Read `t` at call time: it is set in beforeAll.
  const gql = <T = App>(query: string, variables: Record<string, unknown>, as: AuthUser): Promise<T> =>
    gqlAs(t)<T>(query, variables, as);

  /** A NEW application taken by HR to SUBMITTED (等待受理). */
  async function submitted(applicant: string, residentId: string): Promise<App> {
    await applicantEmployedBy(t, applicant, residentId, XUHUI_EMPLOYER);
    return submittedBy(t, applicant);
  }

  /** The Shanghai day of the application's last write: what its waiting counts from. */
  async function lastWriteDay(id: string): Promise<string> {
    const [row]: Array<{ day: string }> = await t.dataSource.query(
      `SELECT to_char((updated_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS day FROM application.application WHERE id = $1`,
      [id],
    );
    return row!.day;
  }

  const outbox = (type: string, applicationId: string): Promise<App[]> => outboxData(t, type, applicationId);

  const run = (today: string) => t.app.get(OverdueService).run(today);

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, '2026-03-02');
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t?.close());

  it(
    'SUBMITTED and MATERIALS_REQUIRED with nothing happening for 30 days expire, with the SMS event; not a day earlier',
    async () => {
      const a = await submitted('eeeeeeee-0000-4000-8000-000000000001', '310104199101010019');
      let b = await submitted('eeeeeeee-0000-4000-8000-000000000002', '310104199202020021');
      b = await gql(
        `mutation($id: ID!, $v: Int!, $m: [String!]!) { requestMaterials(id: $id, version: $v, missing: $m) { id version state } }`,
        { id: b['id'], v: b['version'], m: ['劳动合同原件'] },
        officer('XUHUI'),
      );
      expect(b['state']).toBe('MATERIALS_REQUIRED');
      const since = await lastWriteDay(a['id']);
      expect(await lastWriteDay(b['id'])).toBe(since);

      // 29 days after the last write: still waiting.
      await run(addCalendarDays(since, 29));
      expect((await current(a['id']))['state']).toBe('SUBMITTED');
      expect((await current(b['id']))['state']).toBe('MATERIALS_REQUIRED');

      const expiredOn = addCalendarDays(since, 30);
      await run(expiredOn);
      for (const [app, from] of [
        [a, 'SUBMITTED'],
        [b, 'MATERIALS_REQUIRED'],
      ] as const) {
        const now = await current(app['id']);
        expect(now['state']).toBe('WITHDRAWN');
        expect(now['history'].at(-1)).toMatchObject({
          fromState: from,
          toState: 'WITHDRAWN',
          role: 'SYSTEM',
          reason: expect.stringContaining('申请失效'),
        });
        expect(await outbox('application.expired', app['id'])).toEqual([
          expect.objectContaining({ employerId: XUHUI_EMPLOYER, waitingSince: since, expiredOn }),
        ]);
      }
      // The next day's run (or a repeated one) finds nothing more to do.
      expect(await run(addCalendarDays(since, 31))).toMatchObject({ expired: 0 });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "the queue shows a waiting application's expiry, the day the daily pass expires it, and sorts by it",
    async () => {
      const waiting = await submitted('eeeeeeee-0000-4000-8000-000000000011', '310104199404040049');
      const read = `id state expiresOn overdue archiveDeadline { dueOn }`;
      const before = await readApplication<App>(t, waiting['id'], read);
      const since = await lastWriteDay(waiting['id']);
      expect(before['expiresOn']).toBe(addCalendarDays(since, 30));

      // An application accepted later, due after that expiry: the waiting one comes first now
      // (it used to sort last, with nothing due).
      pinToday(t, addCalendarDays(since, 40));
      const later = await submitted('eeeeeeee-0000-4000-8000-000000000012', '310104199505050051');
      await gql(
        `mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { id } }`,
        { id: later['id'], v: later['version'] },
        officer('XUHUI'),
      );
      const queue = await gql<App>(
        `query { reviewQueue(first: 100) { items { id expiresOn archiveDeadline { dueOn } } } }`,
        {},
        officer('XUHUI'),
      );
      const order = queue['items'].map((i: App) => i['id']);
      expect(order.indexOf(waiting['id'])).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(waiting['id'])).toBeLessThan(order.indexOf(later['id']));
      const laterRow = queue['items'].find((i: App) => i['id'] === later['id']);
      expect(laterRow).toMatchObject({ expiresOn: null });
      expect(laterRow['archiveDeadline']['dueOn'] > before['expiresOn']).toBe(true);

      // The pass agrees with what the queue showed: not the day before, on the day.
      await run(addCalendarDays(before['expiresOn'], -1));
      expect((await current(waiting['id']))['state']).toBe('SUBMITTED');
      await run(before['expiresOn']);
      const expired = await readApplication<App>(t, waiting['id'], read);
      expect(expired).toMatchObject({ state: 'WITHDRAWN', expiresOn: null });
      pinToday(t, '2026-03-02');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'ARCHIVE_REVIEW and SCORING past their deadline go to the district supervisor once, in the history',
    async () => {
      pinToday(t, '2026-03-02');
      // Accepted Mon 2 March 2026: 20 working days (no holiday in March) → due Mon 30 March.
      const archive = await submitted('eeeeeeee-0000-4000-8000-000000000003', '310104199303030034');
      const accepted = await gql(
        `mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { id state } }`,
        { id: archive['id'], v: archive['version'] },
        officer('XUHUI'),
      );
      expect(accepted['state']).toBe('ARCHIVE_REVIEW');
      await applicantEmployedBy(
        t,
        'eeeeeeee-0000-4000-8000-000000000004',
        '310104199404040047',
        XUHUI_EMPLOYER,
      );
      const scoring = await throughToScoring(t, 'eeeeeeee-0000-4000-8000-000000000004', {
        assessmentDate: '2026-03-02',
        birthDate: '1994-04-04',
        education: EducationLevel.MASTER,
        socialInsurance: [{ from: '2020-01', to: '2025-12', base: 20000 }],
      });

      // On the due day nothing is overdue yet (the pass only sees its own records here).
      await run('2026-03-30');
      expect((await current(archive['id']))['escalatedOn']).toBeNull();
      expect((await current(scoring.id))['escalatedOn']).toBeNull();

      await run('2026-03-31');
      for (const [id, what] of [
        [archive['id'], '档案核查逾期'],
        [scoring.id, '积分核定逾期'],
      ] as const) {
        const now = await current(id);
        expect(now['escalatedOn']).toBe('2026-03-31');
        expect(now['history'].at(-1)).toMatchObject({
          fromState: now['state'],
          toState: now['state'],
          role: 'SYSTEM',
          reason: expect.stringContaining(`${what} (due 2026-03-30)`),
        });
      }
      const listed = `query { escalatedApplications { id state escalatedOn } }`;
      const mine = await t.gql<{ escalatedApplications: App[] }>(listed, { as: supervisor('XUHUI') });
      expect(mine.data!.escalatedApplications.map((a) => a['id']).sort()).toEqual(
        expect.arrayContaining([archive['id'], scoring.id].sort()),
      );
      const elsewhere = await t.gql<{ escalatedApplications: App[] }>(listed, { as: supervisor('PUDONG') });
      expect(elsewhere.data!.escalatedApplications).toEqual([]);
      expect(errorCodes(await t.gql(listed, { as: officer('XUHUI') }))).toEqual(['FORBIDDEN']);

      // Once: the next day's run adds no second entry.
      const entries = (await current(archive['id']))['history'].length;
      await run('2026-04-01');
      expect((await current(archive['id']))['history']).toHaveLength(entries);
    },
    STEP_TIMEOUT_MS,
  );

  it('registers the daily job scheduler on its queue', async () => {
    const connection = createRedisConnection(t.redis.url);
    const queue = new Queue(QueueName.ApplicationOverdue, { connection, prefix: t.redis.prefix });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.pattern, s.tz])).toEqual([
        ['daily-overdue', '0 45 1 * * *', 'Asia/Shanghai'],
      ]);
    } finally {
      await queue.close();
      await connection.quit();
    }
  });
});
