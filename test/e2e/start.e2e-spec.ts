import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { envPrefixOf, SERVICE_NAMES } from '@points/config';
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
    // Its own ports (never 4000–4005), its own embedded PostgreSQL and redis-server.
    const env: NodeJS.ProcessEnv = { ...process.env, POINTS_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    delete env.NODE_ENV;
    env.GATEWAY_PORT = String(await freePort());
    env.GATEWAY_METRICS_PORT = String(await freePort());
    for (const service of SERVICE_NAMES)
      for (const suffix of ['PORT', 'METRICS_PORT', 'WORKER_METRICS_PORT'])
        env[`${envPrefixOf(service)}_${suffix}`] = String(await freePort());

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
