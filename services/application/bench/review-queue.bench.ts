// Review-queue latency with 1,000,000 applications (quality.md "Performance"): the p95 of the first
// page and of a page deep in the queue (keyset), through the service's own query builder.
//
// Seeds a scratch database on the server of DATABASE_URL (dropped at the end; --keep keeps it):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:queue
// Options: --rows=1000000 --runs=300 --keep
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { SingleBar, Presets } from 'cli-progress';
import { Client } from 'pg';
import { DISTRICT_CODES, Role, type AuthUser } from '@points/auth';
import { createServiceDataSource, runServiceMigrations } from '@points/db';
import { Application } from '../src/applications/application.entity';
import { ApplicationRepository } from '../src/applications/application.repository';
import { ApplicationHistoryService } from '../src/history/application-history.service';
import { StaffDirectory } from '../src/projections/staff-directory.service';
import { ApplicationClock } from '../src/clock/application-clock';
import { MIGRATIONS } from '../src/migrations';
import { ApplicationState } from '../src/applications/application-state.enum';
import { encodeCursor, ReviewQueueService } from '../src/review-queue/review-queue.service';

const arg = (name: string, fallback: number): number => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const ROWS = arg('rows', 1_000_000);
const RUNS = arg('runs', 300);
const BATCH = 50_000;
const TODAY = '2026-06-15';

function p(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl)
    throw new Error('Set DATABASE_URL to a PostgreSQL server (a scratch database is created on it)');
  const name = `bench_review_queue_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = createServiceDataSource({
    url: url.toString(),
    schema: 'application',
    entities: [Application],
    migrations: MIGRATIONS,
  });
  try {
    await dataSource.initialize();
    await runServiceMigrations(dataSource, 'application');

    console.log(
      `Seeding ${ROWS.toLocaleString('en')} applications across ${DISTRICT_CODES.length} districts into ${name}`,
    );
    const bar = new SingleBar(
      {
        format: 'seed [{bar}] {percentage}% | {value}/{total} rows | {duration}s',
        noTTYOutput: true,
        notTTYSchedule: 5_000,
      },
      Presets.shades_classic,
    );
    bar.start(ROWS, 0);
    const started = performance.now();
    // States: ~60% still at the centre (the queue), the rest drafts or decided. Deadlines spread
    // 60 days either side of "today", so a share of the queue is overdue.
    for (let offset = 0; offset < ROWS; offset += BATCH) {
      const count = Math.min(BATCH, ROWS - offset);
      await dataSource.query(
        `INSERT INTO application.application
           (employer_id, applicant_id, district, kind, state, version, queue_due, submitted_at, assigned_officer)
         SELECT md5('employer' || (g % 5000))::uuid, gen_random_uuid(), ($3::text[])[1 + (g % $4)],
                (ARRAY['NEW','NEW','NEW','RENEWAL','CHANGE'])[1 + (g / 7 % 5)],
                s.state, 1,
                CASE WHEN s.state IN ('ARCHIVE_REVIEW','SCORING') THEN $5::date + ((g::bigint * 7919) % 121 - 60)::int ELSE '9999-12-31' END,
                now() - ((g::bigint * 104729) % 365) * interval '1 day',
                CASE WHEN g % 3 = 0 THEN 'officer-' || (g % 40) END
           FROM generate_series($1::int, $2::int) g,
                LATERAL (SELECT (ARRAY['DRAFT','EMPLOYER_REVIEW','SUBMITTED','MATERIALS_REQUIRED','ARCHIVE_REVIEW',
                                        'ARCHIVE_REVIEW','SCORING','SCORING','APPROVED','APPROVED','REJECTED','WITHDRAWN'])[1 + (g / 3 % 12)] AS state) s`,
        [offset + 1, offset + count, DISTRICT_CODES, DISTRICT_CODES.length, TODAY],
      );
      bar.update(offset + count);
    }
    bar.stop();
    await dataSource.query('ANALYZE application.application');
    console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const clock = new ApplicationClock();
    clock.pin(TODAY);
    const queue = new ReviewQueueService(
      dataSource.getRepository(Application),
      dataSource,
      clock,
      new ApplicationRepository(new ApplicationHistoryService(dataSource)),
      new StaffDirectory(),
    );
    const officers: AuthUser[] = DISTRICT_CODES.map((district) => ({
      sub: `officer-${district}`,
      role: Role.CENTRE_OFFICER,
      district,
    }));

    const time = async (work: () => Promise<unknown>): Promise<number> => {
      const t0 = performance.now();
      await work();
      return performance.now() - t0;
    };
    // Warm the cache the way a running service would be.
    for (const user of officers) await queue.page(user, {}, 20);

    const firstPage: number[] = [];
    const filtered: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const user = officers[i % officers.length]!;
      firstPage.push(await time(() => queue.page(user, {}, 20)));
      filtered.push(
        await time(() => queue.page(user, { states: [ApplicationState.ARCHIVE_REVIEW], overdue: true }, 20)),
      );
    }

    // Deep pages: a cursor 90% of the way into a district's queue (picked once with OFFSET, as a
    // user paging that far would hold it), then the keyset page from there.
    const deepCursors: Array<{ user: AuthUser; cursor: string }> = [];
    for (const user of officers) {
      // 90% of the way into this district's queue.
      const [row]: Array<{ queue_due: string; id: string }> = await dataSource.query(
        `WITH q AS (SELECT queue_due, id FROM application.application
                     WHERE district = $1 AND state IN ('SUBMITTED','MATERIALS_REQUIRED','ARCHIVE_REVIEW','SCORING'))
         SELECT to_char(queue_due, 'YYYY-MM-DD') AS queue_due, id FROM q ORDER BY queue_due, id
         OFFSET (SELECT floor(count(*) * 0.9) FROM q) LIMIT 1`,
        [user.district],
      );
      if (row) deepCursors.push({ user, cursor: encodeCursor(row.queue_due, row.id) });
    }
    const deepPage: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { user, cursor } = deepCursors[i % deepCursors.length]!;
      deepPage.push(await time(() => queue.page(user, {}, 20, cursor)));
    }
    const [queuedRow]: Array<{ queued: string }> = await dataSource.query(
      `SELECT count(*) AS queued FROM application.application WHERE district = 'XUHUI'
         AND state IN ('SUBMITTED','MATERIALS_REQUIRED','ARCHIVE_REVIEW','SCORING')`,
    );

    const fmt = (values: number[]): string =>
      `p50 ${p(values, 0.5).toFixed(2)} ms, p95 ${p(values, 0.95).toFixed(2)} ms, p99 ${p(values, 0.99).toFixed(2)} ms`;
    console.log('');
    console.log(`review queue, ${ROWS.toLocaleString('en')} applications, ${RUNS} runs each, page size 20`);
    console.log(
      `  (one district's queue holds ~${Number(queuedRow?.queued ?? 0).toLocaleString('en')} rows; machine: ${process.platform}, node ${process.version})`,
    );
    console.log(`  first page                          ${fmt(firstPage)}`);
    console.log(`  first page, ARCHIVE_REVIEW+overdue  ${fmt(filtered)}`);
    console.log(`  deep page (90% into the queue, keyset) ${fmt(deepPage)}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    if (!process.argv.includes('--keep')) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
