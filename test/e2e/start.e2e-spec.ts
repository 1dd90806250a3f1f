import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { envPrefixOf, SERVICE_NAMES } from '@points/config';
import { createServiceDataSource } from '@points/db';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the test undoes a migration as a new one would arrive
import { MIGRATIONS as NOTIFICATION_MIGRATIONS } from '../../services/notification/src/migrations';
import { freePort } from '../support/platform';

const root = path.resolve(__dirname, '../..');

/** Pids of the processes whose command line mentions `text` (Linux /proc). */
function processesMentioning(text: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').includes(text);
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

function run(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const chunks: string[] = [];
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => chunks.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => chunks.push(d.toString()));
  return { child, output: () => chunks.join('') };
}

async function waitFor(
  what: string,
  condition: () => boolean,
  output: () => string,
  ms: number,
): Promise<void> {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`waited ${ms / 1000} s for ${what}; output:\n${output()}`);
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', r));

/** `npm start` on its own ports (never 4000–4005), its own embedded PostgreSQL and redis-server. */
async function isolatedStartEnv(dataDir: string): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, POINTS_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.NODE_ENV;
  env.GATEWAY_PORT = String(await freePort());
  env.GATEWAY_METRICS_PORT = String(await freePort());
  for (const service of SERVICE_NAMES)
    for (const suffix of ['PORT', 'METRICS_PORT', 'WORKER_METRICS_PORT'])
      env[`${envPrefixOf(service)}_${suffix}`] = String(await freePort());
  return env;
}

describe('`npm start`: one per data directory, and Ctrl-C stops everything it started', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'points-start-'));
  // Run as root, embedded PostgreSQL runs as the `postgres` user, which must reach its directory.
  fs.chmodSync(dataDir, 0o755);
  let first: ReturnType<typeof run> | undefined;
  let redisServer: string | undefined;

  afterAll(async () => {
    if (first && first.child.exitCode === null) {
      first.child.kill('SIGKILL');
      await exited(first.child);
    }
    // Whatever a failed run left behind (redis-server's title names its address, not the directory).
    for (const text of [dataDir, redisServer]) {
      if (text) for (const pid of processesMentioning(text)) process.kill(pid, 'SIGKILL');
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('refuses a second start on the same .data/ naming the start that holds it, and stops redis-server and PostgreSQL on SIGINT', async () => {
    const env = await isolatedStartEnv(dataDir);

    first = run(env);
    const started = first;
    await waitFor(
      'the first start to print "points platform is up"',
      () => started.output().includes('points platform is up') || started.child.exitCode !== null,
      started.output,
      240_000,
    );
    if (started.child.exitCode !== null) throw new Error(`npm start exited:\n${started.output()}`);
    // redis-server rewrites its process title to `redis-server 127.0.0.1:<port>`; start says the port.
    const redisPort = new RegExp(`redis-server on port (\\d+) \\(data in ${dataDir}/redis\\)`).exec(
      started.output(),
    )?.[1];
    expect(redisPort).toBeDefined();
    redisServer = `127.0.0.1:${redisPort}`;
    expect(processesMentioning(redisServer).length).toBeGreaterThan(0);
    expect(processesMentioning(path.join(dataDir, 'postgres')).length).toBeGreaterThan(0);

    const second = run(env);
    expect(await exited(second.child)).toBe(1);
    expect(second.output()).toContain(
      `${dataDir} is in use by another \`npm start\` (pid ${started.child.pid}`,
    );
    expect(second.output()).not.toContain('undefined');
    // The first one is untouched by the refused second.
    expect(started.child.exitCode).toBeNull();

    started.child.kill('SIGINT');
    expect(await exited(started.child)).toBe(0);
    expect(processesMentioning(redisServer)).toEqual([]);
    expect(processesMentioning(path.join(dataDir, 'postgres'))).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'start.pid'))).toBe(false);
  }, 300_000);
});

describe('`npm start` a second time: the migrations are skipped while build and database are unchanged', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'points-start-warm-'));
  fs.chmodSync(dataDir, 0o755);
  let current: ReturnType<typeof run> | undefined;

  afterAll(async () => {
    if (current && current.child.exitCode === null) {
      current.child.kill('SIGKILL');
      await exited(current.child);
    }
    for (const pid of processesMentioning(dataDir)) process.kill(pid, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  /** One `npm start` until "points platform is up"; returns what it printed. The caller stops it. */
  async function startUp(env: NodeJS.ProcessEnv): Promise<string> {
    const started = run(env);
    current = started;
    await waitFor(
      'start to print "points platform is up"',
      () => started.output().includes('points platform is up') || started.child.exitCode !== null,
      started.output,
      240_000,
    );
    if (started.child.exitCode !== null) throw new Error(`npm start exited:\n${started.output()}`);
    return started.output();
  }
  async function stop(): Promise<void> {
    current?.child.kill('SIGINT');
    if (current) expect(await exited(current.child)).toBe(0);
  }

  it('migrates on the first start, skips on the second and says so, and applies a migration the database lacks on the third', async () => {
    const env = await isolatedStartEnv(dataDir);

    const first = await startUp(env);
    expect(first).toContain('database migrated and seeded');
    expect(first).toContain('notification: applied');
    await stop();

    const second = await startUp(env);
    expect(second).toContain('migrations skipped');
    expect(second).not.toContain('database migrated and seeded');
    // The platform answers as after a full start: the seeded demo login works through the gateway.
    const login = await fetch(`http://127.0.0.1:${env.GATEWAY_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(username: "officer.xuhui", password: "Demo2026") { accessToken } }',
      }),
    });
    const body = (await login.json()) as { data?: { login?: { accessToken?: unknown } } };
    expect(body.data?.login?.accessToken).toEqual(expect.any(String));

    // The database one migration behind the build, as after a pull that brought a new migration.
    const port = fs.readFileSync(path.join(dataDir, 'postgres.port'), 'utf8').trim();
    const dataSource = createServiceDataSource({
      url: `postgres://postgres:postgres@127.0.0.1:${port}/points`,
      schema: 'notification',
      entities: [],
      migrations: NOTIFICATION_MIGRATIONS,
    });
    await dataSource.initialize();
    const newest = await dataSource.query<Array<{ name: string }>>(
      'SELECT name FROM notification.migrations ORDER BY timestamp DESC LIMIT 1',
    );
    await dataSource.undoLastMigration({ transaction: 'all' });
    await dataSource.destroy();
    await stop();

    const third = await startUp(env);
    expect(third).toContain('notification lacks migration');
    expect(third).toContain(`notification: applied ${newest[0]!.name}`);
    expect(third).toContain('database migrated and seeded');
    await stop();
  }, 900_000);
});
