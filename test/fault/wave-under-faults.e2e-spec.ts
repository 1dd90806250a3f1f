import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { addCalendarDays, addWorkingDays, isWorkingDay } from '@points/calendar';
import { eventsConsumedBy, QueueName } from '@points/events';
import { SERVICE_NAMES } from '@points/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the demo's journey steps drive the wave, as in the journey suite
import {
  awaitDecision,
  employerSubmitsAndCentreAccepts,
  formFor,
  GatewayClient,
  GatewayError,
  newPerson,
  oneYearOn,
  openApplicantAccount,
  openApplication,
  readApplication,
  registerApprovedEmployer,
  saveForm,
  seedRegistry,
  shanghaiToday,
  silentNarrator,
  staffLogins,
  transition,
  truthfulRecords,
  usualClaims,
  waitFor,
  type ApplicantAccount,
  type Claims,
  type RegisteredEmployer,
  type Staff,
} from '../../tools/demo/journey';
import { PLATFORM_START_MS, startPlatform, type RunningPlatform } from '../support/platform';

/**
 * The fault suite (issue 17): a wave of applications through the gateway while Redis is flushed,
 * every worker, subgraph and the gateway are killed with SIGKILL, and PostgreSQL is stopped for
 * longer than every retry budget. Afterwards every application is final and every SMS it should
 * cause was delivered exactly once. It runs on a PostgreSQL and a redis-server of its own
 * (test/support/own-infra.mjs), never the machine's shared ones.
 *
 * Retry budgets here (the same code, shorter first delays so the suite is short):
 *   event jobs  8 attempts from EVENT_RETRY_DELAY_MS=100 → ~25 s;
 *   registry    5 attempts from 200 ms → ~3 s;
 * the outage (FAULT_PG_OUTAGE_MS, 35 s) is longer than both.
 */
const WAVE = Number(process.env.FAULT_WAVE_SIZE ?? 200);
const PG_OUTAGE_MS = Number(process.env.FAULT_PG_OUTAGE_MS ?? 35_000);
const FINAL = ['APPROVED', 'REJECTED'];
const ACCEPTED_OR_LATER = ['ARCHIVE_REVIEW', 'SCORING', ...FINAL];

jest.setTimeout(20 * 60_000);

const log = (message: string): void => {
  process.stdout.write(`[fault suite ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};

interface OwnInfra {
  databaseUrl: string;
  redisUrl: string;
  command(line: 'pg-stop' | 'pg-start'): Promise<void>;
  stop(): Promise<void>;
}

async function startOwnInfra(): Promise<OwnInfra> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, '../support/own-infra.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers: Array<(value: Record<string, unknown>) => void> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const answer = JSON.parse(line) as Record<string, unknown>;
    answers.shift()?.(answer);
  });
  const next = (): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('own PostgreSQL/Redis did not answer within 120 s')),
        120_000,
      );
      answers.push((value) => {
        clearTimeout(timer);
        if (typeof value.error === 'string') reject(new Error(value.error));
        else resolve(value);
      });
    });
  const ready = await next();
  return {
    databaseUrl: String(ready.databaseUrl),
    redisUrl: String(ready.redisUrl),
    async command(line) {
      const answer = next();
      child.stdin!.write(`${line}\n`);
      await answer;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.write('exit\n');
        setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
      }),
  };
}

/** The usual claims without the overseas diploma: every check completes without a person. */
function claimsOf(applicant: Pick<ApplicantAccount, 'residentId'>): Claims {
  const usual = usualClaims(applicant);
  return { ...usual, diplomas: usual.diplomas.filter((d) => !d.overseas) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `work` over `items`, `width` at a time. */
async function pool<T, R>(
  items: T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

/** As a client would: retries what failed because something was down (the faults), up to a deadline. */
async function persist<T>(what: string, work: () => Promise<T>, timeoutMs = 8 * 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      return await work();
    } catch (error) {
      last = error;
      await sleep(500);
    }
  }
  throw new Error(`${what}: gave up (${last instanceof Error ? last.message : String(last)})`);
}

describe('a wave of applications survives Redis FLUSHALL, kill -9 of every process and a long PostgreSQL outage', () => {
  let infra: OwnInfra;
  let platform: RunningPlatform;
  let gw: GatewayClient;
  let staff: Staff;
  let sql: () => Promise<Client>;

  beforeAll(async () => {
    infra = await startOwnInfra();
    log(`own PostgreSQL ${new URL(infra.databaseUrl).port}, own Redis ${new URL(infra.redisUrl).port}`);
    platform = await startPlatform({
      databaseUrl: infra.databaseUrl,
      redisUrl: infra.redisUrl,
      env: {
        REDRIVE_GRACE_MS: '3000',
        REDRIVE_INTERVAL_MS: '2000',
        EVENT_RETRY_DELAY_MS: '100',
        ARCHIVE_VERIFICATION_TASK_ATTEMPTS: '5',
        SMS_SWEEP_INTERVAL_MS: '2000',
      },
    });
    gw = new GatewayClient(platform.gatewayUrl);
    sql = async () => {
      const client = new Client({ connectionString: infra.databaseUrl });
      await client.connect();
      return client;
    };
  }, 10 * 60_000);

  afterAll(async () => {
    await platform?.stop();
    await infra?.stop();
  }, PLATFORM_START_MS);

  it('every application ends final, every expected SMS delivered once, none twice', async () => {
    // ---------------------------------------------------------------- setup (no faults yet)
    staff = await staffLogins(gw);
    const employers: RegisteredEmployer[] = [];
    for (let i = 0; i < 2; i++) employers.push(await registerApprovedEmployer(gw, staff, silentNarrator));
    const applicants = await pool(
      Array.from({ length: WAVE }, (_, i) => i),
      6,
      (i) =>
        persist('open an applicant account', () =>
          openApplicantAccount(
            gw,
            employers[i % employers.length]!,
            silentNarrator,
            newPerson('林晓', 1985 + (i % 10)),
          ),
        ),
    );
    for (let i = 0; i < applicants.length; i += 50) {
      await seedRegistry(
        gw,
        staff,
        applicants
          .slice(i, i + 50)
          .map((a, j) => truthfulRecords(a, employers[(i + j) % employers.length]!, claimsOf(a))),
      );
    }
    log(`${employers.length} employers, ${applicants.length} applicant accounts and registry records`);

    // ---------------------------------------------------------------- the wave, with faults
    const ids = new Map<number, string>();
    let accepted = 0;
    const drive = async (applicant: ApplicantAccount, i: number): Promise<void> => {
      const employer = employers[i % employers.length]!;
      for (;;) {
        try {
          const mine = await gw.request<{
            myApplications: Array<{ id: string; state: string; version: number }> | null;
          }>(`{ myApplications { id state version } }`, {}, applicant.token);
          const app = mine.myApplications?.[0];
          if (!app) {
            const created = await gw.request<{ createApplication: { id: string; version: number } }>(
              `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`,
              { input: { kind: 'NEW' } },
              applicant.token,
            );
            ids.set(i, created.createApplication.id);
            continue;
          }
          ids.set(i, app.id);
          if (ACCEPTED_OR_LATER.includes(app.state)) {
            accepted++;
            return;
          }
          if (app.state === 'DRAFT') {
            const saved = await saveForm(
              gw,
              applicant.token,
              app.id,
              app.version,
              formFor(applicant, claimsOf(applicant)),
            );
            await transition(gw, applicant.token, 'submitToEmployer', app.id, saved.version);
          } else if (app.state === 'EMPLOYER_REVIEW') {
            await transition(gw, employer.hr.token, 'approveAndSubmit', app.id, app.version);
          } else if (app.state === 'SUBMITTED') {
            await transition(gw, staff.officer, 'acceptApplication', app.id, app.version);
          } else {
            throw new Error(`application ${app.id} in ${app.state}`);
          }
        } catch (error) {
          // Something was down (or a retried step had already happened): look again shortly.
          if (error instanceof GatewayError && error.codes.includes('BAD_USER_INPUT')) throw error;
          await sleep(300);
        }
      }
    };

    const faults: string[] = [];
    const redisAdmin = new IORedis(infra.redisUrl, { maxRetriesPerRequest: 1 });
    const chaos = (async () => {
      const when = async (share: number) => {
        while (accepted < WAVE * share) await sleep(100);
      };
      // Every process killed once, as a node failure or an OOM kill would: restarted like a pod.
      await when(0.1);
      for (const name of platform.processNames()) {
        await platform.kill(name);
        await sleep(1_000);
        await platform.restart(name);
        faults.push(`kill -9 ${name} at ${accepted} accepted`);
        log(faults.at(-1)!);
      }

      await when(0.45);
      await redisAdmin.flushall();
      faults.push(`FLUSHALL at ${accepted} accepted`);
      log(faults.at(-1)!);

      await when(0.6);
      await infra.command('pg-stop');
      const stoppedAt = Date.now();
      faults.push(`PostgreSQL stopped at ${accepted} accepted`);
      log(faults.at(-1)!);
      // Meanwhile a client is told which service cannot serve, never the database's own words.
      await sleep(3_000);
      const during = await gw.send(`{ reviewQueueCounts { state count } }`, {}, staff.officer);
      expect(during.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName])).toEqual([
        ['SERVICE_UNAVAILABLE', 'application'],
      ]);
      expect(JSON.stringify(during.errors)).not.toMatch(
        /database system|ECONNREFUSED|127\.0\.0\.1|terminating/,
      );
      await sleep(Math.max(0, PG_OUTAGE_MS - (Date.now() - stoppedAt)));
      await infra.command('pg-start');
      faults.push(`PostgreSQL back after ${Math.round((Date.now() - stoppedAt) / 1000)} s`);
      log(faults.at(-1)!);
    })();

    const startedAt = Date.now();
    await pool(applicants, 8, drive);
    log(`all ${accepted} applications accepted after ${Math.round((Date.now() - startedAt) / 1000)} s`);
    await chaos;
    redisAdmin.disconnect();

    // ---------------------------------------------------------------- what a person would check
    const applicationIds = [...ids.values()];
    expect(applicationIds).toHaveLength(WAVE);
    const db = await sql();
    try {
      const states = async () =>
        (
          await db.query<{ state: string; n: number }>(
            `SELECT state, count(*)::int AS n FROM application.application WHERE id = ANY($1::uuid[]) GROUP BY state`,
            [applicationIds],
          )
        ).rows;
      const finalDeadline = Date.now() + 6 * 60_000;
      let byState = await states();
      while (Date.now() < finalDeadline && byState.some((r) => !FINAL.includes(r.state))) {
        await sleep(2_000);
        byState = await states();
      }
      log(`application states: ${JSON.stringify(byState)}`);
      expect(byState.filter((r) => !FINAL.includes(r.state))).toEqual([]);

      // Exactly one accepted and one decided event per application: nothing decided twice.
      const events = (
        await db.query<{ id: string; type: string; application_id: string }>(
          `SELECT id, type, envelope->'data'->>'applicationId' AS application_id FROM application.outbox
            WHERE type IN ('application.accepted', 'application.decided')
              AND envelope->'data'->>'applicationId' = ANY($1::text[])`,
          [applicationIds],
        )
      ).rows;
      expect(events).toHaveLength(2 * WAVE);

      // SMS: wait until none is still on its way, then count per application.
      const messages = async () =>
        (
          await db.query<{
            application_id: string;
            template_code: string;
            recipient_role: string;
            status: string;
            sent: number;
          }>(
            `SELECT o.envelope->'data'->>'applicationId' AS application_id, m.template_code, m.recipient_role, m.status,
                    (SELECT count(*)::int FROM notification.sms_sink s WHERE s.idempotency_key = m.id::text) AS sent
               FROM notification.sms_message m JOIN application.outbox o ON o.id = m.event_id
              WHERE o.envelope->'data'->>'applicationId' = ANY($1::text[])`,
            [applicationIds],
          )
        ).rows;
      // Every application with the same outcome causes the same SMS, one per template and
      // recipient, and none twice (a re-published event or a re-run job would show as a second).
      const stateOf = new Map(
        (
          await db.query<{ id: string; state: string }>(
            `SELECT id, state FROM application.application WHERE id = ANY($1::uuid[])`,
            [applicationIds],
          )
        ).rows.map((r) => [r.id, r.state]),
      );
      // domain.md: the applicant and the employer's HR are told of the acceptance and the decision.
      const expected = (state: string): string[] => {
        const decision = state === 'APPROVED' ? 'APPLICATION_APPROVED' : 'APPLICATION_REJECTED';
        return [
          `APPLICATION_ACCEPTED→APPLICANT`,
          `APPLICATION_ACCEPTED→EMPLOYER_HR`,
          `${decision}→APPLICANT`,
          `${decision}→EMPLOYER_HR`,
        ];
      };
      const wrongOf = (rows: Awaited<ReturnType<typeof messages>>) => {
        const perApplication = new Map<string, string[]>(applicationIds.map((id) => [id, []]));
        for (const m of rows)
          perApplication.get(m.application_id)?.push(`${m.template_code}→${m.recipient_role}`);
        return [...perApplication]
          .map(([id, got]) => ({ id, state: stateOf.get(id) ?? '?', got: [...got].sort() }))
          .filter(({ state, got }) => JSON.stringify(got) !== JSON.stringify(expected(state)));
      };
      // Wait until every expected message exists and is delivered, not only the ones that exist:
      // an event whose job was lost with Redis is published again by the reconciler after its
      // grace (30 s), so its SMS can appear well after the decision.
      const smsStartedAt = Date.now();
      const smsDeadline = smsStartedAt + 4 * 60_000;
      let sms = await messages();
      let wrong = wrongOf(sms);
      while (Date.now() < smsDeadline && (wrong.length > 0 || sms.some((m) => m.status !== 'DELIVERED'))) {
        await sleep(2_000);
        sms = await messages();
        wrong = wrongOf(sms);
      }
      log(`SMS settled ${Math.round((Date.now() - smsStartedAt) / 1000)} s after the last decision`);
      if (wrong.length > 0) {
        // Where each missing message's event is: never sent, sent and unconfirmed, or confirmed.
        const trail = await db.query(
          `SELECT o.id, o.envelope->'data'->>'applicationId' AS application_id, o.sent_at, o.attempts,
                  o.unconfirmed, o.last_error
             FROM application.outbox o
            WHERE o.type = 'application.decided' AND o.envelope->'data'->>'applicationId' = ANY($1::text[])`,
          [wrong.map((w) => w.id)],
        );
        const redis = new IORedis(infra.redisUrl, { maxRetriesPerRequest: 1 });
        const queue = new Queue(QueueName.events('notification'), { connection: redis, prefix: 'points' });
        try {
          for (const row of trail.rows as Array<{ id: string }>)
            Object.assign(row, { notificationJob: await queue.getJobState(row.id) });
        } finally {
          await queue.close();
          redis.disconnect();
        }
        log(`decided events of the applications missing SMS: ${JSON.stringify(trail.rows)}`);
      }
      log(
        `SMS: ${sms.length} messages for ${WAVE} applications (expected ${4 * WAVE}); faults: ${faults.join('; ')}`,
      );
      expect(wrong).toEqual([]);
      expect(sms.filter((m) => m.status !== 'DELIVERED')).toEqual([]);
      expect(sms.filter((m) => m.sent !== 1)).toEqual([]);
    } finally {
      await db.end();
    }

    // Nothing waits in a failed set for a person: the outage was waited out, not failed.
    const redis = new IORedis(infra.redisUrl, { maxRetriesPerRequest: 1 });
    try {
      const queues = [
        ...SERVICE_NAMES.filter((s) => eventsConsumedBy(s).length > 0).map((s) => QueueName.events(s)),
        QueueName.ArchiveVerificationTasks,
        QueueName.NotificationSms,
      ];
      const failed: Record<string, number> = {};
      for (const name of queues) {
        const queue = new Queue(name, { connection: redis, prefix: 'points' });
        failed[name] = await queue.getFailedCount();
        await queue.close();
      }
      log(`failed sets: ${JSON.stringify(failed)}`);
      expect(Object.values(failed).reduce((a, b) => a + b, 0)).toBe(0);
    } finally {
      redis.disconnect();
    }

    // Which process re-drove what: events published more than once (the relay after a crash, the
    // reconciler after FLUSHALL), per producing service, and tasks dispatched again by the sweep.
    const figures: string[] = [];
    const db2 = await sql();
    try {
      for (const schema of ['employer_registration', 'application', 'archive_verification', 'scoring']) {
        const { rows } = await db2.query<{ rows: number; again: number; unconfirmed: number }>(
          `SELECT count(*)::int AS rows, COALESCE(sum(attempts - 1) FILTER (WHERE attempts > 1), 0)::int AS again,
                  count(*) FILTER (WHERE unconfirmed IS NOT NULL)::int AS unconfirmed FROM ${schema}.outbox`,
        );
        figures.push(
          `${schema}.outbox: ${rows[0]!.rows} events, ${rows[0]!.again} re-published, ${rows[0]!.unconfirmed} unconfirmed`,
        );
      }
      const { rows } = await db2.query<{ tasks: number; redispatched: number }>(
        `SELECT count(*)::int AS tasks,
                count(*) FILTER (WHERE dispatched_at > created_at + interval '3 seconds')::int AS redispatched
           FROM archive_verification.verification_task WHERE automated`,
      );
      figures.push(
        `archive_verification.verification_task: ${rows[0]!.tasks} automated, ${rows[0]!.redispatched} looked at again by the sweep`,
      );
    } finally {
      await db2.end();
    }
    log(`re-driven:\n  ${figures.join('\n  ')}`);
  });
});

/**
 * Work that is not an event row nor a task row, re-driven after Redis lost it (docs/application-
 * lifecycle.md, "Who re-drives what can be lost"): the deadline recompute after HRSS enters a
 * calendar year, and a renewal's online review between the filing and the case opening. Its own
 * PostgreSQL, Redis and platform, after the wave (one file: the fault suites never run side by side).
 */
describe('work lost with Redis is re-driven', () => {
  let infra: OwnInfra;
  let platform: RunningPlatform;
  let gw: GatewayClient;
  let staff: Staff;
  let employer: RegisteredEmployer;
  let redisAdmin: IORedis;
  let db: Client;

  beforeAll(async () => {
    infra = await startOwnInfra();
    platform = await startPlatform({
      databaseUrl: infra.databaseUrl,
      redisUrl: infra.redisUrl,
      env: { REDRIVE_GRACE_MS: '3000', REDRIVE_INTERVAL_MS: '2000', EVENT_RETRY_DELAY_MS: '100' },
    });
    gw = new GatewayClient(platform.gatewayUrl);
    staff = await staffLogins(gw);
    employer = await registerApprovedEmployer(gw, staff, silentNarrator);
    redisAdmin = new IORedis(infra.redisUrl, { maxRetriesPerRequest: 1 });
    db = new Client({ connectionString: infra.databaseUrl });
    await db.connect();
  }, 10 * 60_000);

  afterAll(async () => {
    redisAdmin?.disconnect();
    await db?.end();
    await platform?.stop();
    await infra?.stop();
  }, 120_000);

  /** One more applicant of the employer, filed and accepted at the window (every check automated). */
  async function fileAndAccept(
    name: string,
    archiveAnswersOnline: boolean,
  ): Promise<{ applicant: ApplicantAccount; applicationId: string }> {
    const applicant = await openApplicantAccount(gw, employer, silentNarrator, newPerson(name, 1990));
    await seedRegistry(gw, staff, [
      truthfulRecords(applicant, employer, claimsOf(applicant), { archiveAnswersOnline }),
    ]);
    const draft = await openApplication(gw, applicant.token, { kind: 'NEW' });
    const saved = await saveForm(
      gw,
      applicant.token,
      draft.id,
      draft.version,
      formFor(applicant, claimsOf(applicant)),
    );
    const toEmployer = await transition(gw, applicant.token, 'submitToEmployer', saved.id, saved.version);
    await employerSubmitsAndCentreAccepts(gw, staff, employer, toEmployer, silentNarrator);
    return { applicant, applicationId: saved.id };
  }

  it(
    'a deadline recompute lost with Redis after HRSS entered a year is enqueued again within a redrive interval',
    async () => {
      // An application waiting for its archive by post: its ARCHIVE_REVIEW deadline runs.
      const { applicationId } = await fileAndAccept('吴期限', false);
      const READ = `query($id: ID!) { application(id: $id) { state archiveDeadline { dueOn provisional calendarDataVersion }
      history { code reason } } }`;
      type Read = {
        application: {
          state: string;
          archiveDeadline: { dueOn: string; provisional: boolean; calendarDataVersion: string };
          history: Array<{ code: string | null; reason: string | null }>;
        };
      };
      const before = (await gw.request<Read>(READ, { id: applicationId }, staff.officer)).application;
      expect(before.state).toBe('ARCHIVE_REVIEW');
      log(
        `archive deadline ${before.archiveDeadline.dueOn}${before.archiveDeadline.provisional ? ' (暂定)' : ''}`,
      );

      // HRSS enters the schedule of the year of the first working day after today, as it is known,
      // with that day off besides (a notice that gives a day off): the deadline's 20 working days
      // then end one working day later.
      const today = shanghaiToday();
      let dayOff = addCalendarDays(today, 1);
      while (!isWorkingDay(dayOff)) dayOff = addCalendarDays(dayOff, 1);
      const year = Number(dayOff.slice(0, 4));
      const holidays: Array<{ date: string; name: string }> = [];
      const workdays: Array<{ date: string; name: string }> = [];
      for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addCalendarDays(d, 1)) {
        const weekend = [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
        if (d === dayOff) holidays.push({ date: d, name: '临时调整休息日' });
        else if (!weekend && !isWorkingDay(d)) holidays.push({ date: d, name: '法定节假日' });
        else if (weekend && isWorkingDay(d)) workdays.push({ date: d, name: '调休上班' });
      }
      const expectedDue = addWorkingDays(before.archiveDeadline.dueOn, 1).date;

      // The fault: the job HRSS's entry enqueues is lost before a worker takes it. The queue is held
      // (paused) so the job is in Redis and not yet run, then Redis loses everything.
      const deadlines = new Queue(QueueName.ApplicationDeadlines, {
        connection: redisAdmin,
        prefix: 'points',
      });
      try {
        await deadlines.pause();
        await gw.request(
          `mutation($input: PublishCalendarYearInput!) { publishCalendarYear(input: $input) { year } }`,
          {
            input: {
              year,
              holidays,
              workdays,
              documentRef: '沪人社（测试）〔临时调整〕号',
              reason: '故障测试：新增一天休息日',
              expectedRevision: null,
            },
          },
          staff.hrss,
        );
        // A paused queue keeps its jobs in its wait list; none ran.
        const counts = await deadlines.getJobCounts('wait', 'active', 'completed');
        expect(counts.wait ?? 0).toBeGreaterThanOrEqual(1);
        expect([counts.active ?? 0, counts.completed ?? 0]).toEqual([0, 0]);
        await redisAdmin.flushall();
        const flushedAt = Date.now();
        log(`FLUSHALL with the recompute job waiting (${JSON.stringify(counts)})`);

        // The job is gone, and the scheduler with it (asserted at once: the re-drive below may come
        // at any moment, so a wait here would race it).
        expect((await deadlines.getJobCounts('wait', 'active', 'completed')).wait ?? 0).toBe(0);
        expect(await deadlines.getJobSchedulers()).toEqual([]);

        // The re-drive: the application service registers its daily job scheduler again (every
        // redrive interval, at least a minute) …
        const scheduler = await waitFor(
          'the daily deadline recompute registered again',
          async () => (await deadlines.getJobSchedulers()).find((s) => s.key === 'daily-deadline-recompute'),
          3 * 60_000,
          1_000,
        );
        expect([scheduler.pattern, scheduler.tz]).toEqual(['0 30 1 * * *', 'Asia/Shanghai']);
        // … and, not waiting for 01:30: the calendar's reload, on a timer of the same interval, finds no completed
        // recompute for the calendar now in force (application.deadline_recompute_run) and
        // enqueues one again. The nightly run stays scheduled as a second net.
        const after = await waitFor(
          'the deadline recomputed by the redrive pass (every redrive interval, at least a minute)',
          async () => {
            const now = (await gw.request<Read>(READ, { id: applicationId }, staff.officer)).application;
            return now.archiveDeadline.dueOn !== before.archiveDeadline.dueOn ? now : undefined;
          },
          4 * 60_000,
          1_000,
        );
        expect(after.archiveDeadline.dueOn).toBe(expectedDue);
        expect(after.archiveDeadline.calendarDataVersion).toContain(`published:${year}r1`);
        const entry = after.history.filter((h) => h.code === 'DEADLINE_RECOMPUTED');
        expect(entry).toHaveLength(1);
        expect(entry[0]?.reason).toContain(`${before.archiveDeadline.dueOn}`);
        expect(entry[0]?.reason).toContain(`→ ${expectedDue}`);
        log(
          `deadline ${before.archiveDeadline.dueOn}${before.archiveDeadline.provisional ? ' (暂定)' : ''} → ` +
            `${after.archiveDeadline.dueOn}${after.archiveDeadline.provisional ? ' (暂定)' : ''} by the redrive pass, ` +
            `${Math.round((Date.now() - flushedAt) / 1000)} s after the flush`,
        );
      } finally {
        await deadlines.close();
      }
    },
    10 * 60_000,
  );

  it(
    'a renewal review request lost with Redis before its case opened still opens the case, and the renewal is decided',
    async () => {
      // An approved holder (every check automated, archive online).
      const { applicant, applicationId } = await fileAndAccept('郑续办', true);
      const approved = await awaitDecision(gw, applicant.token, applicationId, 3 * 60_000);
      expect(approved.state).toBe('APPROVED');

      // The permit was endorsed 20 days ago; the renewal is filed inside its window.
      const today = shanghaiToday();
      const endorsedOn = addCalendarDays(today, -20);
      await gw.request(
        `mutation($id: ID!, $on: String!) { recordPermitEndorsement(id: $id, endorsedOn: $on) { id } }`,
        { id: applicationId, on: endorsedOn },
        applicant.token,
      );
      const newFrom = addCalendarDays(oneYearOn(applicant.permitIssuedOn), 1);
      const permit = {
        number: `SH${applicant.residentId.slice(-8)}`,
        issuedOn: applicant.permitIssuedOn,
        endorsedOn,
        validUntil: oneYearOn(newFrom),
      };
      await seedRegistry(gw, staff, [{ residentId: applicant.residentId, residencePermit: permit }]);
      const renewal = await openApplication(gw, applicant.token, {
        kind: 'RENEWAL',
        permitEndorsedOn: endorsedOn,
      });
      const saved = await saveForm(gw, applicant.token, renewal.id, renewal.version, {
        residencePermit: {
          number: permit.number,
          validFrom: newFrom,
          validTo: oneYearOn(newFrom),
          address: '上海市徐汇区虹桥路1号',
        },
      });
      const submitted = await transition(gw, applicant.token, 'submitToEmployer', saved.id, saved.version);

      // The review's consumer is down when HR files (as in a deploy): the request waits in Redis.
      for (const name of ['archive-verification', 'archive-verification worker']) await platform.kill(name);
      const filed = await transition(
        gw,
        employer.hr.token,
        'approveAndSubmit',
        submitted.id,
        submitted.version,
      );
      expect(filed.state).toBe('SUBMITTED');
      const request = await waitFor(
        'the review request relayed',
        async () =>
          (
            await db.query<{ id: string; attempts: number }>(
              `SELECT id, attempts FROM application.outbox
              WHERE type = 'application.renewal-review-requested' AND envelope->'data'->>'applicationId' = $1
                AND sent_at IS NOT NULL`,
              [renewal.id],
            )
          ).rows[0],
        60_000,
        500,
      );
      const consumer = new Queue(QueueName.events('archive-verification'), {
        connection: redisAdmin,
        prefix: 'points',
      });
      try {
        // In Redis, not taken: nobody runs the consumer.
        expect(['waiting', 'prioritized', 'delayed']).toContain(await consumer.getJobState(request.id));
        // Redis loses it, and then the consumer comes back.
        await redisAdmin.flushall();
        log('FLUSHALL with the renewal review request waiting for archive-verification');
        for (const name of ['archive-verification', 'archive-verification worker'])
          await platform.restart(name);

        // The application service's reconciler finds the request unconfirmed and its job gone, and
        // publishes it again: the RENEWAL_REVIEW case opens and asks the registries.
        const verification = await waitFor(
          'the renewal review case',
          async () => {
            const found = await gw.send<{
              verificationCaseOfApplication: { purpose: string; status: string } | null;
            }>(
              `query($id: ID!) { verificationCaseOfApplication(applicationId: $id) { purpose status } }`,
              { id: renewal.id },
              staff.officer,
            );
            return found.data?.verificationCaseOfApplication ?? undefined;
          },
          3 * 60_000,
          1_000,
        );
        expect(verification.purpose).toBe('RENEWAL_REVIEW');
        const decided = await waitFor(
          'the renewal decided online',
          async () => {
            const now = await readApplication(gw, applicant.token, renewal.id);
            return now.state === 'SUBMITTED' ? undefined : now;
          },
          3 * 60_000,
          1_000,
        );
        // The holder's points run on with the endorsed permit, as without the fault.
        expect(decided).toMatchObject({
          state: 'APPROVED',
          totalPoints: approved.totalPoints,
          validUntil: oneYearOn(newFrom),
        });
        const again = await db.query<{ attempts: number; unconfirmed: unknown }>(
          `SELECT attempts, unconfirmed FROM application.outbox WHERE id = $1`,
          [request.id],
        );
        log(`renewal review request published ${again.rows[0]?.attempts} times; decided ${decided.state}`);
        expect(again.rows[0]?.attempts).toBeGreaterThanOrEqual(2);
      } finally {
        await consumer.close();
      }
    },
    10 * 60_000,
  );
});
