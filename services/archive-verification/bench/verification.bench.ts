// Verification throughput: N cases (default 10,000) through the task workers against the registry
// simulator with no latency, with 1, 2 and 4 worker processes in the same run. Each round gets a
// fresh database and Redis prefix; the cases are opened first (the application.accepted handler's
// code), then the clock starts when every worker process is up and the tasks are released to the
// dispatchers, and stops when every case is COMPLETED. Prints cases/s and jobs/s per round and
// checks that each case published exactly one verification.case-completed.
//
// Needs DATABASE_URL and REDIS_URL. From the repo root (the lead's npm script):
//   npm run bench:verification             # BENCH_CASES=1000 for a quick look
import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { Queue } from 'bullmq';
import { SingleBar } from 'cli-progress';
import { BlindIndex, generateDevKeyring, parsePiiKeyring, PiiCipher } from '@points/crypto';
import { createRedisConnection, createServiceDataSource, runServiceMigrations } from '@points/db';
import { createEvent, PII_EVENT_AAD, QueueName } from '@points/events';
import { createTestDatabase, createTestRedis } from '@points/testing';
import { residentIdCheckCharacter } from '@points/validation';
import { MIGRATIONS } from '../src/migrations';
import { registrySeedSchema } from '../src/registries/simulator/registry-seed.schema';
import { seedRegistryRecords } from '../src/registries/simulator/registry-seeder';
import { CaseOpeningService } from '../src/verification-cases/case-opening/case-opening.service';

const S = 'archive_verification';
const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const ROUNDS = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const CONCURRENCY = process.env.ARCHIVE_VERIFICATION_WORKER_CONCURRENCY ?? '8';
const EMPLOYER = '91310000MA1FL0001A';
const HOLDER = '徐汇区人才服务中心';
const piiEnv = generateDevKeyring('bench');
const pii = parsePiiKeyring(piiEnv);
const cipher = new PiiCipher(pii.keyring);
const blindIndex = new BlindIndex(pii.blindIndexKey);

/** The permit every seeded person holds in the residence registry (the plan always checks it). */
const PERMIT = {
  number: 'SH-BENCH-0001',
  issuedOn: '2023-06-01',
  endorsedOn: null,
  validUntil: '2024-05-31',
};

function residentIdOf(n: number): string {
  const birth = new Date(Date.UTC(1980, 0, 1) + (n % 7000) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  const first17 = `310104${birth}${String(Math.floor(n / 7000)).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

function bar(label: string, total: number): SingleBar {
  const progress = new SingleBar({
    format: `${label.padEnd(22)} [{bar}] {value}/{total} {duration_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    stream: process.stderr,
    // Piped to a file or CI: a line every 5 s instead of a redrawn bar.
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  progress.start(total, 0);
  return progress;
}

async function round(
  workers: number,
): Promise<{ cases: number; jobs: number; seconds: number; duplicates: number }> {
  const db = await createTestDatabase('av_bench');
  const redis = createTestRedis('av_bench');
  const dataSource = createServiceDataSource({
    url: db.url,
    schema: S,
    entities: [],
    migrations: MIGRATIONS,
    poolSize: 8,
  });
  await dataSource.initialize();
  const children: ChildProcess[] = [];
  try {
    await runServiceMigrations(dataSource, S);

    const ids = Array.from({ length: CASES }, (_, i) => residentIdOf(i));
    const seeding = bar(`seed (${workers}w)`, CASES);
    for (let start = 0; start < CASES; start += 1000) {
      const seeds = ids.slice(start, start + 1000).map((residentId) =>
        registrySeedSchema.parse({
          residentId,
          education: [
            {
              level: 'BACHELOR_WITH_DEGREE',
              school: '上海示例大学',
              graduationDate: '2012-07-01',
              certificateNo: `C-${residentId}`,
            },
          ],
          socialInsurance: [{ from: '2023-01', to: '2023-12', base: 10000, payerCreditCode: EMPLOYER }],
          tax: [{ from: '2023-01', to: '2023-12', taxBase: 10000, payerCreditCode: EMPLOYER }],
          archiveHolding: { holder: HOLDER, answersOnline: true },
          // Valid on the acceptance day (2024-03-20), so the permit task passes as the others do.
          residencePermit: PERMIT,
        }),
      );
      await seedRegistryRecords(dataSource, cipher, blindIndex, seeds);
      seeding.update(Math.min(start + 1000, CASES));
    }
    seeding.stop();

    // Open the cases with the handler's code; hold the tasks back (dispatched) until the clock starts.
    const opening = new CaseOpeningService(cipher, blindIndex);
    const opened = bar(`open cases (${workers}w)`, CASES);
    for (let start = 0; start < CASES; start += 250) {
      await dataSource.transaction(async (manager) => {
        for (const residentId of ids.slice(start, start + 250)) {
          const applicationId = crypto.randomUUID();
          await opening.open(
            createEvent('application.accepted', {
              subject: `application:${applicationId}`,
              data: {
                applicationId,
                kind: 'NEW',
                applicantId: crypto.randomUUID(),
                residentId: cipher.encrypt(residentId, PII_EVENT_AAD.residentId),
                employerId: crypto.randomUUID(),
                employerCreditCode: EMPLOYER,
                district: 'XUHUI',
                receiptNo: `XH-${applicationId.slice(0, 8)}`,
                acceptedOn: '2024-03-20',
                claimedProfile: { education: 'BACHELOR_WITH_DEGREE' },
                educationHistory: [
                  {
                    level: 'BACHELOR_WITH_DEGREE',
                    school: '上海示例大学',
                    major: null,
                    graduationDate: '2012-07-01',
                    fullTime: true,
                    overseas: false,
                    certificateNo: `C-${residentId}`,
                  },
                ],
                archiveHolder: HOLDER,
                residencePermit: {
                  number: PERMIT.number,
                  validFrom: PERMIT.issuedOn,
                  validTo: PERMIT.validUntil,
                },
              },
            }),
            manager,
          );
        }
        await manager.query(
          `UPDATE ${S}.verification_task SET dispatched_at = now() WHERE dispatched_at IS NULL`,
        );
      });
      opened.update(Math.min(start + 250, CASES));
    }
    opened.stop();
    const [{ jobs }] = await dataSource.query<[{ jobs: number }]>(
      `SELECT count(*)::int AS jobs FROM ${S}.verification_task WHERE automated`,
    );

    const workerScript = path.join(__dirname, '../src/worker.js');
    for (let i = 0; i < workers; i++) {
      // BENCH_NODE_ARGS: extra node flags for the workers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
      const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
      const child = spawn(process.execPath, [...nodeArgs, workerScript], {
        env: {
          ...process.env,
          ...piiEnv,
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          DATABASE_URL: db.url,
          REDIS_URL: redis.url,
          REDIS_PREFIX: redis.prefix,
          ARCHIVE_VERIFICATION_REGISTRY: 'simulator',
          ARCHIVE_VERIFICATION_SIMULATOR_LATENCY_MS: '0',
          ARCHIVE_VERIFICATION_SIMULATOR_FAILURE_RATE: '0',
          ARCHIVE_VERIFICATION_WORKER_CONCURRENCY: CONCURRENCY,
          ARCHIVE_VERIFICATION_DISPATCH_INTERVAL_MS: '100',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
    }
    const connection = createRedisConnection(redis.url);
    const queue = new Queue(QueueName.ArchiveVerificationTasks, { connection, prefix: redis.prefix });
    for (let i = 0; (await queue.getWorkersCount()) < workers; i++) {
      if (i > 600) throw new Error('the worker processes did not start within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }

    const started = process.hrtime.bigint();
    await dataSource.query(`UPDATE ${S}.verification_task SET dispatched_at = NULL`);
    const progress = bar(`verify (${workers}w)`, CASES);
    let completed = 0;
    while (completed < CASES) {
      await new Promise((r) => setTimeout(r, 250));
      const [row] = await dataSource.query<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM ${S}.verification_case WHERE status = 'COMPLETED'`,
      );
      completed = row.n;
      progress.update(completed);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    progress.stop();
    await queue.close();
    await connection.quit();

    const [{ events }] = await dataSource.query<[{ events: number }]>(
      `SELECT count(*)::int AS events FROM ${S}.outbox WHERE type = 'verification.case-completed'`,
    );
    // Every case verified, each with its permit task passed: a failed one would measure a shortcut.
    const [{ failed, permitsNotPassed }] = await dataSource.query<
      [{ failed: number; permitsNotPassed: number }]
    >(
      `SELECT (SELECT count(*)::int FROM ${S}.verification_case WHERE outcome <> 'VERIFIED') AS failed,
              (SELECT count(*)::int FROM ${S}.verification_task
                WHERE kind = 'RESIDENCE_PERMIT' AND status <> 'PASSED') AS "permitsNotPassed"`,
    );
    if (failed > 0 || permitsNotPassed > 0) {
      throw new Error(`${failed} case(s) not verified, ${permitsNotPassed} permit task(s) not passed`);
    }
    return { cases: CASES, jobs, seconds, duplicates: events - CASES };
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
    await dataSource.destroy();
    await redis.cleanup();
    await db.drop();
  }
}

async function main(): Promise<void> {
  console.log(
    `verification benchmark: ${CASES.toLocaleString('en-US')} cases, simulator without latency, ` +
      `concurrency ${CONCURRENCY} per process, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), PostgreSQL and Redis on this machine`,
  );
  const results: Array<{
    workers: number;
    cases: number;
    jobs: number;
    seconds: number;
    duplicates: number;
  }> = [];
  for (const workers of ROUNDS) {
    const r = await round(workers);
    results.push({ workers, ...r });
    console.log(
      `${String(workers).padStart(2)} worker process(es): ${(r.cases / r.seconds).toFixed(1).padStart(8)} cases/s  ` +
        `${(r.jobs / r.seconds).toFixed(1).padStart(8)} jobs/s  (${r.jobs.toLocaleString('en-US')} jobs in ${r.seconds.toFixed(1)} s; ` +
        `case-completed events beyond one per case: ${r.duplicates})`,
    );
  }
  const base = results[0];
  if (base) {
    console.log(
      `speed-up vs ${base.workers}: ` +
        results.map((r) => `${r.workers}w ${(base.seconds / r.seconds).toFixed(2)}×`).join(', '),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
