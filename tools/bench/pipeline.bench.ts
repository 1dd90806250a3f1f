// `npm run bench:pipeline` (quality.md "Performance", issue 18): a wave of applications from the
// centre's acceptance to the last SMS recorded, through the gateway, with the registry simulator.
//
// For each worker count (--workers 1,2: that many queue-worker processes of every service that
// has one) it starts the whole platform from the built code on a scratch database and Redis
// prefix (dropped afterwards), seeds employers and applicants through the gateway up to
// 等待受理 (SUBMITTED) with a progress bar (not timed), then the XUHUI officer accepts the wave,
// --concurrency at a time, and the bench waits until every application is decided and every
// SMS it causes (acceptance and decision, to the applicant and to HR: 4 each) is recorded by the
// SMS sink. Printed: applications/s from the first acceptance to the last SMS recorded, p50/p99
// of `acceptApplication` as the officer saw it, lost (an SMS never recorded) and duplicated (an
// SMS recorded twice, or two messages for one event and recipient).
//
// Settings: rate limits on (per client and per account, counted in Redis, set high enough not to
// refuse the bench), request logs at info (JSON), the registry simulator without latency or
// failures. NODE_ENV=test as the e2e platform (production would need real SMS and KMS settings).
//
// Needs DATABASE_URL and REDIS_URL. Run from the repository root:
//   npm run bench:pipeline -- [--wave 10000] [--concurrency 32] [--workers 1,2] [--employers 20] [--cpu-prof DIR]
//                             [--consumers-paused] [--log-statements FILE]
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createServer } from 'node:net';
import { Presets, SingleBar } from 'cli-progress';
import { Client } from 'pg';
import IORedis from 'ioredis';
import { Queue } from 'bullmq';
import { generateJwtKeyPair } from '@points/auth';
import { envPrefixOf, SERVICE_NAMES } from '@points/config';
import { QueueName } from '@points/events';
import { processCpuSeconds } from '@points/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the wave uses the demo's gateway client and form data, so the bench drives what `npm run demo` drives
import {
  formFor,
  GatewayClient,
  GatewayError,
  newPerson,
  residentIdNumbered,
  openApplicantAccount,
  registerApprovedEmployer,
  saveForm,
  seedRegistry,
  silentNarrator,
  staffLogins,
  transition,
  truthfulRecords,
  usualClaims,
  waitFor,
  type ApplicantAccount,
  type Claims,
  type RegisteredEmployer,
} from '../demo/journey';

const root = path.resolve(__dirname, '../../..');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
const WAVE = Number(option('wave', '10000'));
const CONCURRENCY = Number(option('concurrency', '32'));
const WORKERS = option('workers', '1,2').split(',').map(Number);
const EMPLOYERS = Number(option('employers', '20'));
const SEED_CONCURRENCY = 8;
/** --cpu-prof DIR: a CPU profile of every process of the platform (written as they stop, named by pid). */
const PROFILE_DIR = process.argv.includes('--cpu-prof') ? path.resolve(option('cpu-prof', '.')) : undefined;
/**
 * --log-statements: every statement of the bench database goes to the server's log (log_statement
 * = all, set on the scratch database before anything connects), and the accept wave's share of it
 * is summarised per service and statement shape, read from FILE (the server's log, e.g.
 * /var/log/postgresql/postgresql-15-main.log on Debian). A diagnostic: it slows the server down.
 */
/**
 * --consumers-paused: every service's event queue is paused for the accept wave and resumed after
 * it, so the acceptances are measured alone (on two cores the pipeline behind them otherwise takes
 * most of the CPU), then the pipeline drains the accepted wave. The SMS figures then count from
 * the first acceptance as always, and the drain from the resume.
 */
const CONSUMERS_PAUSED = process.argv.includes('--consumers-paused');
const LOG_STATEMENTS = process.argv.includes('--log-statements') ? option('log-statements', '') : undefined;
for (const [name, value] of [
  ['--wave', WAVE],
  ['--concurrency', CONCURRENCY],
  ['--employers', EMPLOYERS],
  ...WORKERS.map((w) => ['--workers', w] as const),
] as const)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);

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

async function pool<T, R>(
  items: T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

/** The usual claims without the overseas diploma: every registry check completes without a person. */
function claimsOf(applicant: Pick<ApplicantAccount, 'residentId'>): Claims {
  const usual = usualClaims(applicant);
  return { ...usual, diplomas: usual.diplomas.filter((d) => !d.overseas) };
}

interface Platform {
  gatewayUrl: string;
  databaseUrl: string;
  /** Each process of the platform by its script (a worker numbered), for the CPU accounting. */
  processes: Array<{ label: string; pid: number }>;
  redisUrl: string;
  redisPrefix: string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL processes that work for the bench: the backends of its database (autovacuum on
 * it included) and the server's own (WAL writer, checkpointer: no database). Backends of other
 * databases are left out: the server may be shared (other suites), and a count of every postgres
 * process charged their work to the bench. The bench's own connection (its polls) is left out too.
 * And the Redis server (shared by prefixes: not separable).
 */
async function serverPids(db: Client): Promise<Array<{ label: string; pid: number }>> {
  const { rows } = await db.query<{ pid: number; ours: boolean }>(
    `SELECT pid, datname IS NOT NULL AS ours FROM pg_stat_activity
      WHERE (datname = current_database() OR datname IS NULL) AND pid <> pg_backend_pid()`,
  );
  const found = rows.map((r) => ({
    label: r.ours ? 'postgresql (this database: backends)' : 'postgresql (server: WAL writer, checkpointer…)',
    pid: r.pid,
  }));
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').startsWith('redis-server'))
        found.push({ label: 'redis', pid: Number(entry) });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
type CpuSnapshot = Map<string, number>;
/**
 * CPU seconds so far per process label. A backend that ended between two snapshots is not in the
 * second: pools keep theirs open, so this undercounts only connections opened and closed meanwhile.
 */
async function cpuSnapshot(
  processes: Array<{ label: string; pid: number }>,
  db: Client,
): Promise<CpuSnapshot> {
  const snapshot: CpuSnapshot = new Map();
  for (const { label, pid } of [...processes, ...(await serverPids(db))])
    snapshot.set(label, (snapshot.get(label) ?? 0) + processCpuSeconds(pid));
  snapshot.set(
    'bench client (this process)',
    process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
  );
  return snapshot;
}
/** What PostgreSQL did in the bench's database: transactions and rows, and per table how it read them. */
interface DatabaseActivity {
  totals: Record<string, number>;
  tables: Map<string, Record<string, number>>;
}
/**
 * What the bench database's backends are doing, sampled every 50 ms (pg_stat_activity) on a
 * connection of its own: how many are busy, idle in a transaction (waiting for their Node process),
 * or waiting for a lock, and on which statement. A rate that does not grow with more worker
 * processes while the cores are not full is a point that serializes: this names it.
 */
function sampleBackends(databaseUrl: string, during: string): { stop(): Promise<() => void> } {
  const client = new Client({ connectionString: databaseUrl });
  const byWait = new Map<string, number>();
  const lockWaiters = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ state: string; wait: string; query: string; name: string }>(
        `SELECT state, COALESCE(wait_event_type || ':' || wait_event, 'running') AS wait, application_name AS name,
                left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 100) AS query
           FROM pg_stat_activity
          WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()`,
      );
      samples++;
      for (const row of rows) {
        // Whose connection: a transaction idle for its client waits for that Node process.
        const key = `${row.state}, ${row.wait}, ${row.name || 'unnamed'}`;
        byWait.set(key, (byWait.get(key) ?? 0) + 1);
        if (row.wait.startsWith('Lock:')) lockWaiters.set(row.query, (lockWaiters.get(row.query) ?? 0) + 1);
      }
      await sleep(50);
    }
    await client.end();
  })().catch((error: unknown) => {
    // A figure of the report, not of the run: the wave goes on without it.
    console.error(`backend sampler stopped: ${String(error)}`);
  });
  return {
    /** Stops sampling; the answer prints what was seen. */
    async stop() {
      running = false;
      await loop;
      return () => {
        if (samples === 0) return;
        const mean = (n: number): string => (n / samples).toFixed(2).padStart(6);
        const busy = [...byWait.values()].reduce((a, b) => a + b, 0);
        console.log(
          `PostgreSQL backends of the bench database ${during}, ${samples} samples 50 ms apart: ${mean(busy).trim()} not idle on average`,
        );
        for (const [key, n] of [...byWait].sort((a, b) => b[1] - a[1]).slice(0, 10))
          console.log(`  ${mean(n)}  ${key}`);
        if (lockWaiters.size > 0) console.log('  waiting for a lock, by statement:');
        for (const [query, n] of [...lockWaiters].sort((a, b) => b[1] - a[1]).slice(0, 5))
          console.log(`  ${mean(n)}  ${query}`);
      };
    },
  };
}

async function databaseActivity(db: Client): Promise<DatabaseActivity> {
  // The statistics collector reports with a delay; this makes the snapshot current for this backend.
  await db.query('SELECT pg_stat_clear_snapshot()');
  const { rows: totals } = await db.query<Record<string, string>>(
    `SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted, blks_hit
       FROM pg_stat_database WHERE datname = current_database()`,
  );
  const { rows: tables } = await db.query<Record<string, string>>(
    `SELECT schemaname || '.' || relname AS name, seq_scan, COALESCE(seq_tup_read, 0) AS seq_tup_read,
            COALESCE(idx_scan, 0) AS idx_scan, COALESCE(idx_tup_fetch, 0) AS idx_tup_fetch,
            n_tup_ins, n_tup_upd, n_tup_del
       FROM pg_stat_user_tables`,
  );
  const numbers = (row: Record<string, string>): Record<string, number> =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([k]) => k !== 'name')
        .map(([k, v]) => [k, Number(v)]),
    );
  return {
    totals: numbers(totals[0] ?? {}),
    tables: new Map(tables.map((t) => [t['name']!, numbers(t)])),
  };
}
function databaseReport(from: DatabaseActivity, to: DatabaseActivity, applications: number): void {
  const per = (a: number, b: number | undefined): string => ((a - (b ?? 0)) / applications).toFixed(1);
  console.log(
    'PostgreSQL per application (the bench database): ' +
      Object.entries(to.totals)
        .map(([k, v]) => `${k} ${per(v, from.totals[k])}`)
        .join(', '),
  );
  const rows = [...to.tables]
    .map(([name, t]) => {
      const before = from.tables.get(name) ?? {};
      const delta = Object.fromEntries(
        Object.entries(t).map(([k, v]) => [k, (v - (before[k] ?? 0)) / applications]),
      );
      return {
        name,
        delta,
        weight:
          (delta['seq_tup_read'] ?? 0) +
          (delta['idx_tup_fetch'] ?? 0) +
          (delta['idx_scan'] ?? 0) +
          (delta['seq_scan'] ?? 0),
      };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 12);
  console.log(
    '  table                                     seq scans  rows read by them  index scans  rows fetched  ins  upd  del',
  );
  for (const { name, delta } of rows)
    console.log(
      `  ${name.padEnd(40)} ${delta['seq_scan']!.toFixed(1).padStart(9)}  ${delta['seq_tup_read']!.toFixed(0).padStart(17)}  ` +
        `${delta['idx_scan']!.toFixed(1).padStart(11)}  ${delta['idx_tup_fetch']!.toFixed(1).padStart(12)}  ` +
        `${delta['n_tup_ins']!.toFixed(1).padStart(3)}  ${delta['n_tup_upd']!.toFixed(1).padStart(3)}  ${delta['n_tup_del']!.toFixed(1).padStart(3)}`,
    );
}

/** The statements logged since `from`, per service (application_name) and shape, per application. */
function statementReport(
  file: string,
  from: number,
  backends: Map<string, string>,
  applications: number,
): void {
  const text = fs.readFileSync(file).subarray(from).toString('utf8');
  const counts = new Map<string, number>();
  // '2026-12-01 22:50:01.123 UTC [1234] postgres@db LOG:  statement: SELECT …' (log_line_prefix '%m [%p] %q%u@%d ')
  for (const match of text.matchAll(/\[(\d+)\] [^ ]+ LOG: {2}(?:statement|execute [^:]*): (.{0,80})/g)) {
    const service = backends.get(match[1]!) ?? 'another connection';
    const shape = match[2]!
      .replace(/\s+/g, ' ')
      .replace(/'[^']*'/g, "'…'")
      .replace(/\$\d+/g, '$n');
    const key = `${service.padEnd(22)} ${shape}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log('Statements per application, by connection and shape (the first 80 characters):');
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.log(`  ${(n / applications).toFixed(2).padStart(7)}  ${key}`);
}

/** CPU milliseconds per application between two snapshots, by process, largest first. */
function cpuReport(
  title: string,
  from: CpuSnapshot,
  to: CpuSnapshot,
  applications: number,
  wallSeconds: number,
): void {
  const rows = [...to]
    .map(([label, seconds]) => ({ label, ms: ((seconds - (from.get(label) ?? 0)) * 1000) / applications }))
    .filter((r) => r.ms > 0.005)
    .sort((a, b) => b.ms - a.ms);
  const total = rows.reduce((sum, r) => sum + r.ms, 0);
  console.log(
    `CPU per application, ${title} (${wallSeconds.toFixed(1)} s; the machine has ${os.cpus().length} cores, ` +
      `${((os.cpus().length * 1000 * wallSeconds) / applications).toFixed(1)} ms of cores per application were there):`,
  );
  for (const r of rows) console.log(`  ${r.ms.toFixed(2).padStart(8)} ms  ${r.label}`);
  console.log(`  ${total.toFixed(2).padStart(8)} ms  in all`);
}

/** The five subgraphs, `workers` worker processes per service that has a worker, and the gateway. */
async function startPlatform(serverUrl: string, redisUrl: string, workers: number): Promise<Platform> {
  const name = `bench_pipeline_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  if (LOG_STATEMENTS) await admin.query(`ALTER DATABASE "${name}" SET log_statement = 'all'`);
  await admin.end();
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const prefix = `bench-pipeline-${randomBytes(3).toString('hex')}`;
  const keys = generateJwtKeyPair();
  const gatewayPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'info',
    AUTH_JWT_PUBLIC_KEY: keys.publicKeyPem,
    AUTH_JWT_PRIVATE_KEY: keys.privateKeyPem,
    ARCHIVE_VERIFICATION_SIMULATOR_LATENCY_MS: '0',
    ARCHIVE_VERIFICATION_SIMULATOR_FAILURE_RATE: '0',
    GATEWAY_SHARED_SECRET: randomBytes(16).toString('hex'),
    GATEWAY_PORT: String(gatewayPort),
    GATEWAY_RATE_LIMIT_PER_CLIENT: '100000000',
    GATEWAY_RATE_LIMIT_PER_ACCOUNT: '100000000',
  };
  for (const service of SERVICE_NAMES) {
    const port = await freePort();
    env[`${envPrefixOf(service)}_PORT`] = String(port);
    env[`SUBGRAPH_${envPrefixOf(service)}_URL`] = `http://127.0.0.1:${port}/graphql`;
  }
  execFileSync(process.execPath, [path.join(root, 'dist/scripts/migrate.js'), '--dev-seed'], {
    cwd: root,
    env,
    stdio: 'ignore',
  });
  const children: ChildProcess[] = [];
  const processes: Array<{ label: string; pid: number }> = [];
  const spawnChild = (script: string): ChildProcess => {
    // Logs are drained as a collector would; only the last lines are kept, for a crash report.
    const flags = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
    const child = spawn(process.execPath, [...flags, path.join(root, script)], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (chunk: Buffer): void => void (tail = (tail + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', (code, signal) => {
      if (!stopping) console.error(`${script} exited (${code ?? signal}):\n${tail}`);
    });
    children.push(child);
    const label = script
      .replace(/^dist\/(services\/)?/, '')
      .replace(/\/src\/|\.js$/g, (m) => (m === '.js' ? '' : ' '));
    const same = processes.filter((p) => p.label.startsWith(label)).length;
    if (child.pid) processes.push({ label: same ? `${label} #${same + 1}` : label, pid: child.pid });
    return child;
  };
  let stopping = false;
  const healthy = async (url: string): Promise<void> => {
    for (const deadline = Date.now() + 180_000; Date.now() < deadline; await sleep(200)) {
      if ((await fetch(url).catch(() => undefined))?.ok) return;
    }
    throw new Error(`${url} did not answer within 180 s`);
  };
  const stop = async (): Promise<void> => {
    stopping = true;
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
    const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (found.length) await redis.del(...found);
    } while (cursor !== '0');
    redis.disconnect();
    const dropper = new Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
  };
  try {
    for (const service of SERVICE_NAMES) spawnChild(`dist/services/${service}/src/main.js`);
    await Promise.all(
      SERVICE_NAMES.map((s) =>
        healthy(String(env[`SUBGRAPH_${envPrefixOf(s)}_URL`]).replace(/\/graphql$/, '/health')),
      ),
    );
    for (const service of SERVICE_NAMES) {
      const worker = `dist/services/${service}/src/worker.js`;
      if (fs.existsSync(path.join(root, worker))) for (let i = 0; i < workers; i++) spawnChild(worker);
    }
    spawnChild('dist/gateway/src/main.js');
    await healthy(`http://127.0.0.1:${gatewayPort}/ready`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    databaseUrl,
    processes,
    redisUrl,
    redisPrefix: prefix,
    stop,
  };
}

function progress(label: string, total: number): SingleBar {
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration}s`,
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

interface Submitted {
  id: string;
  version: number;
}

/** Employers approved, applicant accounts, registry records and applications at 等待受理, through the gateway. */
async function seed(gw: GatewayClient): Promise<{ officer: string; submitted: Submitted[] }> {
  const staff = await staffLogins(gw);
  const employers: RegisteredEmployer[] = [];
  const employerBar = progress('employers   ', EMPLOYERS);
  for (let i = 0; i < EMPLOYERS; i++) {
    employers.push(await registerApprovedEmployer(gw, staff, silentNarrator));
    employerBar.increment();
  }
  employerBar.stop();
  const bar = progress('applications', WAVE);
  const submitted = await pool(
    Array.from({ length: WAVE }, (_, i) => i),
    SEED_CONCURRENCY,
    async (i) => {
      const employer = employers[i % employers.length]!;
      const applicant = await openApplicantAccount(
        gw,
        employer,
        silentNarrator,
        // Numbered, not random: a wave of thousands of random ID numbers has duplicates.
        { ...newPerson('林晓'), residentId: residentIdNumbered(i) },
      );
      const claims = claimsOf(applicant);
      await seedRegistry(gw, staff, [truthfulRecords(applicant, employer, claims)]);
      // The account reaches the application service as an event: file once it has arrived.
      const created = await waitFor('the applicant linked to the employer', () =>
        gw.request<{ createApplication: Submitted }>(
          `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`,
          { input: { kind: 'NEW' } },
          applicant.token,
        ),
      );
      const saved = await saveForm(
        gw,
        applicant.token,
        created.createApplication.id,
        created.createApplication.version,
        formFor(applicant, claims),
      );
      const sent = await transition(gw, applicant.token, 'submitToEmployer', saved.id, saved.version);
      const filed = await transition(gw, employer.hr.token, 'approveAndSubmit', sent.id, sent.version);
      bar.increment();
      return { id: filed.id, version: filed.version };
    },
  );
  bar.stop();
  return { officer: staff.officer, submitted };
}

interface Figures {
  workers: number;
  acceptPerSecond: number;
  pipelinePerSecond: number;
  p50: number;
  p99: number;
  lost: number;
  duplicated: number;
  seconds: number;
}

const at = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

async function run(serverUrl: string, redisUrl: string, workers: number): Promise<Figures> {
  console.log(`\n── ${workers} worker process(es) per service ──`);
  const platform = await startPlatform(serverUrl, redisUrl, workers);
  try {
    const gw = new GatewayClient(platform.gatewayUrl);
    const { officer, submitted } = await seed(gw);

    const latencies: number[] = [];
    let retried = 0;
    const bar = progress('accept      ', submitted.length);
    const db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    // The platform at rest, seeded, before the wave: what its pollers cost when nothing happens.
    const idleFrom = await cpuSnapshot(platform.processes, db);
    await sleep(10_000);
    cpuReport(
      'at rest for 10 s before the wave, per second (not per application)',
      idleFrom,
      await cpuSnapshot(platform.processes, db),
      10,
      10,
    );
    const activityAtStart = await databaseActivity(db);
    const logFrom = LOG_STATEMENTS ? fs.statSync(LOG_STATEMENTS).size : 0;
    const backends = LOG_STATEMENTS
      ? new Map(
          (
            await db.query<{ pid: number; application_name: string }>(
              'SELECT pid, application_name FROM pg_stat_activity WHERE datname = current_database()',
            )
          ).rows.map((r) => [String(r.pid), r.application_name]),
        )
      : undefined;
    const eventQueues = CONSUMERS_PAUSED
      ? SERVICE_NAMES.map(
          (service) =>
            new Queue(QueueName.events(service), {
              connection: { url: platform.redisUrl },
              prefix: platform.redisPrefix,
            }),
        )
      : [];
    await Promise.all(eventQueues.map((queue) => queue.pause()));
    const started = Date.now();
    const cpuAtStart = await cpuSnapshot(platform.processes, db);
    // Two phases: the acceptances (a receipt counter that serialized them would show here), then the rest.
    const acceptSampler = sampleBackends(platform.databaseUrl, 'during the accept wave');
    // The profiles cover each process's whole life (seeding too): this is the accept wave in the
    // profiles' clock (V8 and process.hrtime both read CLOCK_MONOTONIC), to cut them to it.
    const waveFrom = process.hrtime.bigint() / 1000n;
    await pool(submitted, CONCURRENCY, async (application) => {
      const t0 = process.hrtime.bigint();
      // As an officer would: a service that could not answer is asked again (counted), nothing else.
      for (let attempt = 1; ; attempt++) {
        try {
          await transition(gw, officer, 'acceptApplication', application.id, application.version);
          break;
        } catch (error) {
          if (!(error instanceof GatewayError && error.codes.includes('SERVICE_UNAVAILABLE')) || attempt >= 5)
            throw error;
          retried++;
          await sleep(500);
        }
      }
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      bar.increment();
    });
    bar.stop();
    const acceptSeconds = (Date.now() - started) / 1000;
    const acceptBackends = await acceptSampler.stop();
    const backendSampler = sampleBackends(platform.databaseUrl, 'from the last acceptance to the last SMS');
    const cpuAfterAccepts = await cpuSnapshot(platform.processes, db);
    const resumedAt = Date.now();
    await Promise.all(eventQueues.map((queue) => queue.resume()));
    await Promise.all(eventQueues.map((queue) => queue.close()));
    if (PROFILE_DIR)
      console.log(
        `profiled processes: ${platform.processes.map((p) => `${p.label} = pid ${p.pid}`).join(', ')}`,
      );
    if (PROFILE_DIR)
      console.log(
        `accept wave in the CPU profiles' clock: ${waveFrom}..${process.hrtime.bigint() / 1000n} µs`,
      );

    // Until every application is decided and its 4 SMS are recorded (or nothing moved for 2 min).
    const ids = submitted.map((s) => s.id);
    const expected = 4 * ids.length;
    const count = async (): Promise<{ recorded: number; last: Date | null }> => {
      const { rows } = await db.query<{ recorded: number; last: Date | null }>(
        `SELECT count(*)::int AS recorded, max(s.created_at) AS last
           FROM notification.sms_message m
           JOIN application.outbox o ON o.id = m.event_id
           JOIN notification.sms_sink s ON s.idempotency_key = m.id::text
          WHERE o.envelope->'data'->>'applicationId' = ANY($1::text[])`,
        [ids],
      );
      return rows[0]!;
    };
    const smsBar = progress('SMS recorded', expected);
    let seen = await count();
    let movedAt = Date.now();
    while (seen.recorded < expected && Date.now() - movedAt < 120_000) {
      await sleep(500);
      const now = await count();
      if (now.recorded > seen.recorded) movedAt = Date.now();
      seen = now;
      smsBar.update(Math.min(expected, seen.recorded));
    }
    smsBar.stop();
    const cpuAtEnd = await cpuSnapshot(platform.processes, db);
    const backendReport = await backendSampler.stop();
    const activityAtEnd = await databaseActivity(db);
    const { rows: checks } = await db.query<{ lost: number; duplicated: number }>(
      `WITH expected AS (
         SELECT a.id::text AS application_id, t.template, r.role
           FROM application.application a
           CROSS JOIN LATERAL (VALUES ('APPLICATION_ACCEPTED'),
                 (CASE a.state WHEN 'APPROVED' THEN 'APPLICATION_APPROVED' WHEN 'REJECTED' THEN 'APPLICATION_REJECTED' END)) t(template)
           CROSS JOIN (VALUES ('APPLICANT'), ('EMPLOYER_HR')) r(role)
          WHERE a.id = ANY($1::uuid[])
       ), recorded AS (
         SELECT o.envelope->'data'->>'applicationId' AS application_id, m.template_code, m.recipient_role,
                count(s.id)::int AS sent
           FROM notification.sms_message m
           JOIN application.outbox o ON o.id = m.event_id
           LEFT JOIN notification.sms_sink s ON s.idempotency_key = m.id::text
          WHERE o.envelope->'data'->>'applicationId' = ANY($2::text[])
          GROUP BY 1, 2, 3, m.id
       )
       SELECT (SELECT count(*)::int FROM expected e WHERE e.template IS NULL OR NOT EXISTS (
                 SELECT 1 FROM recorded r WHERE r.application_id = e.application_id
                    AND r.template_code = e.template AND r.recipient_role = e.role AND r.sent > 0)) AS lost,
              (SELECT COALESCE(sum(n - 1), 0)::int FROM (
                 SELECT sum(sent) AS n FROM recorded GROUP BY application_id, template_code, recipient_role) d
                WHERE n > 1) AS duplicated`,
      [ids, ids],
    );
    await db.end();
    const seconds = ((seen.last?.getTime() ?? Date.now()) - started) / 1000;
    cpuReport('during the accept wave', cpuAtStart, cpuAfterAccepts, ids.length, acceptSeconds);
    cpuReport('from the first acceptance to the last SMS', cpuAtStart, cpuAtEnd, ids.length, seconds);
    databaseReport(activityAtStart, activityAtEnd, ids.length);
    acceptBackends();
    backendReport();
    if (LOG_STATEMENTS && backends) statementReport(LOG_STATEMENTS, logFrom, backends, ids.length);
    const sorted = [...latencies].sort((a, b) => a - b);
    const figures: Figures = {
      workers,
      acceptPerSecond: ids.length / acceptSeconds,
      pipelinePerSecond: ids.length / seconds,
      p50: at(sorted, 0.5),
      p99: at(sorted, 0.99),
      lost: checks[0]!.lost,
      duplicated: checks[0]!.duplicated,
      seconds,
    };
    console.log(
      `${workers} worker(s): ${figures.pipelinePerSecond.toFixed(1)} applications/s acceptance → last SMS ` +
        `(${ids.length} in ${seconds.toFixed(1)} s); accept ${figures.acceptPerSecond.toFixed(1)}/s at ${CONCURRENCY} concurrent, ` +
        `p50 ${figures.p50.toFixed(0)} ms, p99 ${figures.p99.toFixed(0)} ms (${retried} retried on SERVICE_UNAVAILABLE); ` +
        `lost ${figures.lost}, duplicated ${figures.duplicated}`,
    );
    if (CONSUMERS_PAUSED) {
      const drain = ((seen.last?.getTime() ?? Date.now()) - resumedAt) / 1000;
      console.log(
        `consumers paused during the accept wave: the pipeline drained the ${ids.length} accepted applications ` +
          `in ${drain.toFixed(1)} s after the resume (${(ids.length / drain).toFixed(1)} applications/s)`,
      );
    }
    return figures;
  } finally {
    await platform.stop();
  }
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!serverUrl || !redisUrl)
    throw new Error('Set DATABASE_URL and REDIS_URL (scratch databases and prefixes are made on them)');
  if (!fs.existsSync(path.join(root, 'dist/gateway/src/main.js')))
    throw new Error('Build first: node scripts/build.mjs');
  const cpus = os.cpus();
  console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`command: npm run bench:pipeline -- ${process.argv.slice(2).join(' ')}`);
  console.log(
    `data: a wave of ${WAVE} applications from ${EMPLOYERS} employers (XUHUI), accepted ${CONCURRENCY} at a time by one officer`,
  );
  const results: Figures[] = [];
  for (const workers of WORKERS) results.push(await run(serverUrl, redisUrl, workers));
  console.log('\nworkers  apps/s (accept→SMS)  accept/s  accept p50  p99      lost  duplicated');
  for (const r of results) {
    console.log(
      `${String(r.workers).padStart(7)}  ${r.pipelinePerSecond.toFixed(1).padStart(19)}  ${r.acceptPerSecond.toFixed(1).padStart(8)}  ` +
        `${r.p50.toFixed(0).padStart(7)} ms  ${r.p99.toFixed(0).padStart(5)} ms  ${String(r.lost).padStart(4)}  ${String(r.duplicated).padStart(10)}`,
    );
  }
  if (results.length > 1) {
    const [first, last] = [results[0]!, results.at(-1)!];
    console.log(
      `scaling ${first.workers} → ${last.workers} workers: ${(last.pipelinePerSecond / first.pipelinePerSecond).toFixed(2)}× applications/s`,
    );
  }
  console.log(
    `load average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (results.some((r) => r.lost > 0 || r.duplicated > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
