// Review-queue latency with 1,000,000 applications (quality.md "Performance", issue 18): the p95 of
// the first page and of a page deep in the queue (keyset), first in-process through the service's
// own query builder, then over HTTP through the real gateway (with the application, scoring and
// employer-registration subgraphs, the last for the officer's login), and the cross-subgraph
// query (the queue with each item's assessment total) against the two direct calls it needs.
//
// Seeds a scratch database on the server of DATABASE_URL (every service's migrations and the demo
// staff; dropped at the end; --keep keeps it) and a Redis prefix on REDIS_URL (removed at the end):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379 npm run bench:queue
// Options: --rows=1000000 --runs=300 --keep --cpu-prof=DIR (profiles of the subgraphs and the gateway)
//   --before=DIR  also measures the cross-subgraph query with the scoring subgraph built in DIR
//                 (e.g. a checkout of main with `node scripts/build.mjs` run in it), same data, same run
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SingleBar, Presets } from 'cli-progress';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { DISTRICT_CODES, GATEWAY_SECRET_HEADER, generateJwtKeyPair, Role, type AuthUser } from '@points/auth';
import { envPrefixOf, type ServiceName } from '@points/config';
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
const CPU_PROFILE_DIR = process.argv.find((a) => a.startsWith('--cpu-prof='))?.split('=')[1];
const RUNS = arg('runs', 300);
const BEFORE = process.argv.find((a) => a.startsWith('--before='))?.slice('--before='.length);
const BATCH = 50_000;
const TODAY = '2026-06-15';
const PAGE = 20;
// dist/services/application/bench → the repository root (the built code is under dist/).
const root = path.resolve(__dirname, '../../../..');
for (const [name, value] of [
  ['--rows', ROWS],
  ['--runs', RUNS],
] as const)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);

function p(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}
const load = (): string =>
  `load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
const fmt = (values: number[]): string =>
  `p50 ${p(values, 0.5).toFixed(2)} ms, p95 ${p(values, 0.95).toFixed(2)} ms, p99 ${p(values, 0.99).toFixed(2)} ms (${load()})`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** The fields of a queue row the gateway can answer from the application subgraph alone. */
const ROW = `id kind state version district receiptNo submittedAt assignedOfficer overdue
  archiveDeadline { dueOn overdue } scoringDeadline { dueOn overdue }`;
const QUEUE = `query Queue($first: Int!, $after: String) {
  reviewQueue(first: $first, after: $after) { items { ${ROW} } endCursor hasNextPage } }`;
const QUEUE_WITH_ASSESSMENT = `query QueueWithAssessment($first: Int!, $after: String) {
  reviewQueue(first: $first, after: $after) { items { ${ROW} assessment { id total correctedTotal } } endCursor hasNextPage } }`;
/** What the gateway asks of each subgraph for QUEUE_WITH_ASSESSMENT (its query plan), sent directly. */
const QUEUE_WITH_REFERENCE = `query QueueWithReference($first: Int!, $after: String) {
  reviewQueue(first: $first, after: $after) { items { ${ROW} assessment { __typename id } } endCursor hasNextPage } }`;
const ASSESSMENT_ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Assessment { total correctedTotal } } }`;

interface GraphQLAnswer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** One POST, failing loudly on any error: a latency of a refused request would mean nothing. */
async function post<T>(
  url: string,
  query: string,
  variables: object,
  headers: Record<string, string>,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  if (!response.ok || answer.errors?.length || !answer.data)
    throw new Error(`${query.slice(0, 60)}…: HTTP ${response.status} ${JSON.stringify(answer.errors ?? [])}`);
  return answer.data;
}

interface Stack {
  gatewayUrl: string;
  subgraphUrl(service: ServiceName): string;
  gatewaySecret: string;
  /**
   * A second scoring subgraph from another build (its own port, the same data) and a second
   * gateway routing Assessment to it, beside the first: both measured in the same run, alternately.
   */
  startBefore(buildRoot: string): Promise<{ gatewayUrl: string; scoringUrl: string }>;
  stop(): Promise<void>;
}

/**
 * The real gateway and the subgraphs the measured queries need, from the built code, on the seeded
 * database: application (the queue), scoring (assessments), employer-registration (the login).
 * Production-like settings: JSON request logs at info, rate limits on (high enough not to refuse).
 */
async function startStack(env: NodeJS.ProcessEnv, redisUrl: string, prefix: string): Promise<Stack> {
  const services: ServiceName[] = ['employer-registration', 'application', 'scoring'];
  const children = new Map<string, ChildProcess>();
  let stopping = false;
  const spawnChild = (name: string, script: string, childEnv: NodeJS.ProcessEnv = env): void => {
    // Logs are drained as a collector would; the last lines are kept for a crash report.
    // --cpu-prof=DIR: a CPU profile of every process it starts (written as they stop, by pid).
    const flags = CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [];
    const child = spawn(process.execPath, [...flags, script], {
      cwd: root,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (chunk: Buffer): void => void (tail = (tail + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => {
      if (!stopping && children.get(name) === child)
        console.error(`${script} exited (${code ?? signal}):\n${tail}`);
    });
    children.set(name, child);
    if (CPU_PROFILE_DIR) console.log(`profiling ${name} (pid ${child.pid})`);
  };
  const subgraphUrl = (service: ServiceName): string => String(env[`SUBGRAPH_${envPrefixOf(service)}_URL`]);
  // Start-up of a NestJS subgraph or the gateway on this busy 2-core machine: up to 180 s.
  const healthy = async (url: string): Promise<void> => {
    for (const deadline = Date.now() + 180_000; Date.now() < deadline; await sleep(200)) {
      if ((await fetch(url).catch(() => undefined))?.ok) return;
    }
    throw new Error(`${url} did not answer within 180 s`);
  };
  const end = (child: ChildProcess): Promise<void> =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  const stop = async (): Promise<void> => {
    stopping = true;
    await Promise.all([...children.values()].map(end));
    const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (found.length) await redis.del(...found);
    } while (cursor !== '0');
    redis.disconnect();
  };
  try {
    for (const service of services)
      spawnChild(service, path.join(root, `dist/services/${service}/src/main.js`));
    await Promise.all(services.map((s) => healthy(subgraphUrl(s).replace(/\/graphql$/, '/health'))));
    spawnChild('gateway', path.join(root, 'dist/gateway/src/main.js'));
    await healthy(`http://127.0.0.1:${env['GATEWAY_PORT']}/ready`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${env['GATEWAY_PORT']}/graphql`,
    subgraphUrl,
    gatewaySecret: String(env['GATEWAY_SHARED_SECRET']),
    async startBefore(buildRoot) {
      const scoringPort = await freePort();
      const gatewayPort = await freePort();
      const scoringUrl = `http://127.0.0.1:${scoringPort}/graphql`;
      const beforeEnv = {
        ...env,
        [`${envPrefixOf('scoring')}_PORT`]: String(scoringPort),
        [`SUBGRAPH_${envPrefixOf('scoring')}_URL`]: scoringUrl,
        GATEWAY_PORT: String(gatewayPort),
      };
      spawnChild('scoring-before', path.join(buildRoot, 'dist/services/scoring/src/main.js'), beforeEnv);
      await healthy(scoringUrl.replace(/\/graphql$/, '/health'));
      // This build's gateway: only the scoring subgraph differs between the two.
      spawnChild('gateway-before', path.join(root, 'dist/gateway/src/main.js'), beforeEnv);
      await healthy(`http://127.0.0.1:${gatewayPort}/ready`);
      return { gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, scoringUrl };
    },
    stop,
  };
}

async function main(): Promise<void> {
  const serverUrl = process.env['DATABASE_URL'];
  const redisUrl = process.env['REDIS_URL'];
  if (!serverUrl || !redisUrl)
    throw new Error('Set DATABASE_URL and REDIS_URL (a scratch database and Redis prefix are made on them)');
  if (BEFORE && !existsSync(path.join(BEFORE, 'dist/services/scoring/src/main.js')))
    throw new Error(
      `--before=${BEFORE}: no dist/services/scoring/src/main.js there (run node scripts/build.mjs in it)`,
    );
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, node ${process.version}, ${load()}`,
  );
  console.log(`command: npm run bench:queue -- ${process.argv.slice(2).join(' ')}`);

  const name = `bench_review_queue_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const prefix = `bench-queue-${randomBytes(3).toString('hex')}`;
  const keys = generateJwtKeyPair();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'info',
    AUTH_JWT_PUBLIC_KEY: keys.publicKeyPem,
    AUTH_JWT_PRIVATE_KEY: keys.privateKeyPem,
    GATEWAY_SHARED_SECRET: randomBytes(16).toString('hex'),
    GATEWAY_PORT: String(await freePort()),
    GATEWAY_RATE_LIMIT_PER_CLIENT: '100000000',
    GATEWAY_RATE_LIMIT_PER_ACCOUNT: '100000000',
  };
  for (const service of [
    'employer-registration',
    'application',
    'archive-verification',
    'scoring',
    'notification',
  ] as const) {
    const port = await freePort();
    env[`${envPrefixOf(service)}_PORT`] = String(port);
    env[`SUBGRAPH_${envPrefixOf(service)}_URL`] = `http://127.0.0.1:${port}/graphql`;
  }
  const dataSource = createServiceDataSource({
    url: url.toString(),
    schema: 'application',
    entities: [Application],
    migrations: MIGRATIONS,
  });
  let stack: Stack | undefined;
  try {
    // Every service's schema (the gateway's login and the scoring subgraph need theirs) and the demo staff.
    execFileSync(process.execPath, [path.join(root, 'dist/scripts/migrate.js'), '--dev-seed'], {
      cwd: root,
      env,
      stdio: 'ignore',
    });
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
    // 60 days either side of "today", so a share of the queue is overdue. Applications at SCORING
    // carry their assessment's id (seeded below), as one scored and sent back would.
    for (let offset = 0; offset < ROWS; offset += BATCH) {
      const count = Math.min(BATCH, ROWS - offset);
      await dataSource.query(
        `INSERT INTO application.application
           (employer_id, applicant_id, district, kind, state, version, queue_due, submitted_at, assigned_officer, assessment_id)
         SELECT md5('employer' || (g % 5000))::uuid, gen_random_uuid(), ($3::text[])[1 + (g % $4)],
                (ARRAY['NEW','NEW','NEW','RENEWAL','CHANGE'])[1 + (g / 7 % 5)],
                s.state, 1,
                CASE WHEN s.state IN ('ARCHIVE_REVIEW','SCORING') THEN $5::date + ((g::bigint * 7919) % 121 - 60)::int ELSE '9999-12-31' END,
                now() - ((g::bigint * 104729) % 365) * interval '1 day',
                CASE WHEN g % 3 = 0 THEN 'officer-' || (g % 40) END,
                CASE WHEN s.state = 'SCORING' THEN md5('assessment' || g)::uuid END
           FROM generate_series($1::int, $2::int) g,
                LATERAL (SELECT (ARRAY['DRAFT','EMPLOYER_REVIEW','SUBMITTED','MATERIALS_REQUIRED','ARCHIVE_REVIEW',
                                        'ARCHIVE_REVIEW','SCORING','SCORING','APPROVED','APPROVED','REJECTED','WITHDRAWN'])[1 + (g / 3 % 12)] AS state) s`,
        [offset + 1, offset + count, DISTRICT_CODES, DISTRICT_CODES.length, TODAY],
      );
      bar.update(offset + count);
    }
    bar.stop();
    const applicationsSeconds = (performance.now() - started) / 1000;
    // Their assessments in the scoring schema (same district, so the officer's scope sees them),
    // and an upheld appeal on one in 20. The input profile is a placeholder: no personal data here,
    // and only HRSS's `profile` field (not measured) would decrypt it.
    const seededAssessments: Array<{ count: number }> = await dataSource.query(
      `WITH revision AS (
         SELECT version, revision, parameters_sha256 FROM scoring.rule_set_revision
          WHERE version = 'SH-2017' ORDER BY revision DESC LIMIT 1
       ), inserted AS (
         INSERT INTO scoring.assessment
           (id, application_id, request_event_id, kind, applicant_id, employer_id, district, assessment_date,
            rule_set_version, rule_set_revision, rule_set_sha256, total, standard, eligible, vetoed, items,
            excluded_months, input_profile, can_apply)
         SELECT a.assessment_id, a.id, gen_random_uuid(), a.kind, a.applicant_id, a.employer_id, a.district, $1::date,
                r.version, r.revision, r.parameters_sha256, 60 + abs(hashtext(a.id::text)) % 120, 120,
                abs(hashtext(a.id::text)) % 120 >= 60, false, '[]', '[]', 'bench placeholder', true
           FROM application.application a, revision r
          WHERE a.assessment_id IS NOT NULL
         RETURNING id, application_id, total
       ), corrected AS (
         INSERT INTO scoring.score_correction
           (appeal_id, application_id, assessment_id, indicator, delta, corrected_total, decided_by, corrected_at)
         SELECT gen_random_uuid(), application_id, id, 'QUALIFICATION', 15, total + 15, 'hrss-bench', now()
           FROM inserted WHERE abs(hashtext(id::text)) % 20 = 0
       )
       SELECT count(*)::int AS count FROM inserted`,
      [TODAY],
    );
    await dataSource.query('ANALYZE application.application');
    await dataSource.query('ANALYZE scoring.assessment');
    await dataSource.query('ANALYZE scoring.score_correction');
    const seedSeconds = (performance.now() - started) / 1000;
    console.log(
      `seeded in ${seedSeconds.toFixed(1)} s (applications ${applicationsSeconds.toFixed(1)} s; ` +
        `${(seededAssessments[0]?.count ?? 0).toLocaleString('en')} assessments) (${load()})`,
    );

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

    // Warm the cache the way a running service would be.
    for (const user of officers) await queue.page(user, {}, PAGE);

    const firstPage: number[] = [];
    const filtered: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const user = officers[i % officers.length]!;
      firstPage.push(await time(() => queue.page(user, {}, PAGE)));
      filtered.push(
        await time(() =>
          queue.page(user, { states: [ApplicationState.ARCHIVE_REVIEW], overdue: true }, PAGE),
        ),
      );
    }

    // Deep pages: a cursor 90% of the way into a district's queue (picked once with OFFSET, as a
    // user paging that far would hold it), then the keyset page from there.
    const deepCursorOf = async (district: string): Promise<string | undefined> => {
      const [row]: Array<{ queue_due: string; id: string }> = await dataSource.query(
        `WITH q AS (SELECT queue_due, id FROM application.application
                     WHERE district = $1 AND state IN ('SUBMITTED','MATERIALS_REQUIRED','ARCHIVE_REVIEW','SCORING'))
         SELECT to_char(queue_due, 'YYYY-MM-DD') AS queue_due, id FROM q ORDER BY queue_due, id
         OFFSET (SELECT floor(count(*) * 0.9) FROM q) LIMIT 1`,
        [district],
      );
      return row ? encodeCursor(row.queue_due, row.id) : undefined;
    };
    const deepCursors: Array<{ user: AuthUser; cursor: string }> = [];
    for (const user of officers) {
      const cursor = await deepCursorOf(user.district!);
      if (cursor) deepCursors.push({ user, cursor });
    }
    const deepPage: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { user, cursor } = deepCursors[i % deepCursors.length]!;
      deepPage.push(await time(() => queue.page(user, {}, PAGE, cursor)));
    }
    const [queuedRow]: Array<{ queued: string }> = await dataSource.query(
      `SELECT count(*) AS queued FROM application.application WHERE district = 'XUHUI'
         AND state IN ('SUBMITTED','MATERIALS_REQUIRED','ARCHIVE_REVIEW','SCORING')`,
    );

    console.log('');
    console.log(
      `review queue, ${ROWS.toLocaleString('en')} applications, ${RUNS} runs each, page size ${PAGE}`,
    );
    console.log(
      `  (one district's queue holds ~${Number(queuedRow?.queued ?? 0).toLocaleString('en')} rows)`,
    );
    console.log("in-process (the service's query builder, no HTTP):");
    console.log(`  first page                          ${fmt(firstPage)}`);
    console.log(`  first page, ARCHIVE_REVIEW+overdue  ${fmt(filtered)}`);
    console.log(`  deep page (90% into the queue, keyset) ${fmt(deepPage)}`);

    // ── Through the gateway, as the XUHUI officer of the demo staff ──
    stack = await startStack(env, redisUrl, prefix);
    const login = await post<{ login: { accessToken: string } }>(
      stack.gatewayUrl,
      `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      { u: 'officer.xuhui', p: 'Demo2026' },
      {},
    );
    const bearer = { authorization: `Bearer ${login.login.accessToken}` };
    // A subgraph called directly, as the gateway calls it (the token and the shared secret).
    const direct = { ...bearer, [GATEWAY_SECRET_HEADER]: stack.gatewaySecret };
    const gatewayUrl = stack.gatewayUrl;
    const applicationUrl = stack.subgraphUrl('application');
    const scoringUrl = stack.subgraphUrl('scoring');
    const deepXuhui = await deepCursorOf('XUHUI');
    if (!deepXuhui) throw new Error('XUHUI has no queue to page into');

    type QueuePage = { reviewQueue: { items: Array<{ id: string; assessment?: { id: string } | null }> } };
    const measure = async (work: () => Promise<unknown>): Promise<number[]> => {
      for (let i = 0; i < 20; i++) await work(); // warm: connections, JIT, plan and JWT caches
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await time(work));
      return times;
    };
    const firstVars = { first: PAGE };
    const deepVars = { first: PAGE, after: deepXuhui };
    const sample = await post<QueuePage>(gatewayUrl, QUEUE_WITH_ASSESSMENT, firstVars, bearer);
    const withAssessment = sample.reviewQueue.items.filter((item) => item.assessment).length;
    const gwFirst = await measure(() => post(gatewayUrl, QUEUE, firstVars, bearer));
    const gwDeep = await measure(() => post(gatewayUrl, QUEUE, deepVars, bearer));
    const directFirst = await measure(() => post(applicationUrl, QUEUE, firstVars, direct));

    /** The cross-subgraph query through the gateway, and the two direct calls its plan makes. */
    const crossSubgraph = async (): Promise<{
      gateway: number[];
      twoDirect: number[];
      entities: number[];
    }> => {
      const gateway = await measure(() => post(gatewayUrl, QUEUE_WITH_ASSESSMENT, firstVars, bearer));
      const entities: number[] = [];
      const twoDirect = await measure(async () => {
        const page = await post<QueuePage>(applicationUrl, QUEUE_WITH_REFERENCE, firstVars, direct);
        const representations = page.reviewQueue.items.flatMap((item) =>
          item.assessment ? [{ __typename: 'Assessment', id: item.assessment.id }] : [],
        );
        const t0 = performance.now();
        if (representations.length > 0)
          await post(scoringUrl, ASSESSMENT_ENTITIES, { representations }, direct);
        entities.push(performance.now() - t0);
      });
      return { gateway, twoDirect, entities: entities.slice(-RUNS) };
    };
    const cross = await crossSubgraph();

    const ratio = (a: number[], b: number[], q: number): string => (p(a, q) / p(b, q)).toFixed(2);
    const ratios = (a: number[], b: number[]): string =>
      `p50 ${ratio(a, b, 0.5)}×, p95 ${ratio(a, b, 0.95)}×`;
    console.log('');
    console.log(
      `through the gateway (HTTP, one request at a time, ${RUNS} runs each after 20 warm-up; officer.xuhui, ` +
        `first page has ${withAssessment}/${sample.reviewQueue.items.length} items with an assessment):`,
    );
    console.log(`  first page                          ${fmt(gwFirst)}   goal p95 ≤ 20 ms`);
    console.log(`  deep page (90% in, keyset)          ${fmt(gwDeep)}`);
    console.log(`  deep / first                        ${ratios(gwDeep, gwFirst)}   goal ≤ 1.2×`);
    console.log(`  first page, application subgraph directly ${fmt(directFirst)}`);
    console.log(`  gateway / direct, first page        ${ratios(gwFirst, directFirst)}`);
    console.log(`  cross-subgraph (queue + assessment { total correctedTotal }):`);
    console.log(`    via the gateway                   ${fmt(cross.gateway)}`);
    console.log(`    the two direct calls it needs     ${fmt(cross.twoDirect)}`);
    console.log(`      of which the scoring _entities  ${fmt(cross.entities)}`);
    console.log(`    gateway / two direct              ${ratios(cross.gateway, cross.twoDirect)}`);

    if (BEFORE) {
      // Same data, same moment: this build's and the other build's scoring subgraph, asked in turn.
      const before = await stack.startBefore(BEFORE);
      // A full page's worth of references, each one the officer may see.
      const rows: Array<{ id: string }> = await dataSource.query(
        `SELECT id FROM scoring.assessment WHERE district = 'XUHUI' ORDER BY id LIMIT ${PAGE}`,
      );
      const fullPage = { representations: rows.map(({ id }) => ({ __typename: 'Assessment', id })) };
      const alternately = async (
        work: (url: string) => Promise<unknown>,
        urls: [string, string],
      ): Promise<[number[], number[]]> => {
        const times: [number[], number[]] = [[], []];
        for (let i = 0; i < 20; i++) for (const url of urls) await work(url);
        for (let i = 0; i < RUNS; i++)
          for (const [k, url] of (i % 2 ? [...urls].reverse() : urls).entries())
            times[i % 2 ? 1 - k : k]!.push(await time(() => work(url)));
        return times;
      };
      const [gwAfter, gwBefore] = await alternately(
        (url) => post(url, QUEUE_WITH_ASSESSMENT, firstVars, bearer),
        [gatewayUrl, before.gatewayUrl],
      );
      const [entAfter, entBefore] = await alternately(
        (url) => post(url, ASSESSMENT_ENTITIES, fullPage, direct),
        [scoringUrl, before.scoringUrl],
      );
      console.log('');
      console.log(
        `this build's scoring subgraph (DataLoader) vs the one built in ${BEFORE}, asked alternately:`,
      );
      console.log(`  cross-subgraph via gateway, this build   ${fmt(gwAfter)}`);
      console.log(`  cross-subgraph via gateway, before       ${fmt(gwBefore)}`);
      console.log(`  before / this build                      ${ratios(gwBefore, gwAfter)}`);
      console.log(`  _entities, ${rows.length} XUHUI references, this build ${fmt(entAfter)}`);
      console.log(`  _entities, ${rows.length} XUHUI references, before     ${fmt(entBefore)}`);
      console.log(`  before / this build                      ${ratios(entBefore, entAfter)}`);
    }
    console.log(`load average at end: ${load()}`);
  } finally {
    if (stack) await stack.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
    if (!process.argv.includes('--keep')) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
