import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { envPrefixOf, SERVICE_NAMES } from '@points/config';
import { createTestDatabase, createTestRedis, type TestDatabase, type TestRedis } from '@points/testing';
import { freePort } from '../support/platform';

// `npm start` (scripts/start.mjs) as a person runs it, on this suite's database and Redis prefix,
// on free ports: it restarts a child that crashed, and says why the gateway cannot be reached.
const root = path.resolve(__dirname, '../..');
jest.setTimeout(6 * 60_000);

interface Started {
  child: ChildProcess;
  output: () => string;
  waitForLine(pattern: RegExp, what: string, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

describe('npm start supervises its children', () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let dataDir: string;
  const running: ChildProcess[] = [];

  beforeAll(async () => {
    if (process.env.POINTS_BUILT !== '1') {
      execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], {
        cwd: root,
        stdio: 'inherit',
      });
    }
    db = await createTestDatabase('start');
    redis = createTestRedis('start');
    dataDir = mkdtempSync(path.join(tmpdir(), 'points-start-'));
  });

  afterAll(async () => {
    for (const child of running)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 3_000));
    await redis.cleanup();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(gatewayPort?: number): Promise<Started & { ports: Record<string, number> }> {
    const ports: Record<string, number> = {};
    for (const service of SERVICE_NAMES) ports[service] = await freePort();
    ports.gateway = gatewayPort ?? (await freePort());
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      POINTS_DATA_DIR: dataDir,
      POINTS_BUILT: '1',
      LOG_LEVEL: 'warn',
      GATEWAY_PORT: String(ports.gateway),
    };
    for (const service of SERVICE_NAMES) env[`${envPrefixOf(service)}_PORT`] = String(ports[service]);
    const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    let text = '';
    const listeners = new Set<() => void>();
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        // eslint-disable-next-line no-control-regex
        text += chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
        for (const listener of listeners) listener();
      });
    }
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return {
      child,
      ports,
      exited,
      output: () => text,
      waitForLine(pattern, what, timeoutMs = 180_000) {
        return new Promise((resolve, reject) => {
          const check = (): void => {
            const match = pattern.exec(text);
            if (match) {
              listeners.delete(check);
              clearTimeout(timer);
              resolve(match[0]);
            }
          };
          const timer = setTimeout(() => {
            listeners.delete(check);
            reject(
              new Error(
                `npm start did not print ${what} within ${timeoutMs / 1000} s:\n${text.slice(-3000)}`,
              ),
            );
          }, timeoutMs);
          listeners.add(check);
          check();
        });
      },
    };
  }

  it('names a gateway port that fetch refuses (6000) instead of waiting 60 s for nothing', async () => {
    const started = await start(6000);
    const line = await started.waitForLine(/port 6000 is one that fetch refuses[^\n]*/, 'the bad-port error');
    expect(line).toMatch(/choose another port/);
    expect(await started.exited).toBe(1);
    expect(started.output()).not.toMatch(/did not answer .* within 60 s/);
  });

  it('restarts a subgraph killed with SIGKILL, says so, and it answers again', async () => {
    const started = await start();
    await started.waitForLine(/points platform is up/, 'the banner');
    const scoring = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(started.child.pid)], {
      encoding: 'utf8',
    })
      .split('\n')
      .find((line) => line.includes('dist/services/scoring/src/main.js'));
    expect(scoring).toBeDefined();
    process.kill(Number(scoring!.trim().split(/\s+/)[0]), 'SIGKILL');
    const line = await started.waitForLine(
      /scoring exited unexpectedly \(signal SIGKILL\); restarting in 1 s[^\n]*/,
      'the restart line',
    );
    expect(line).toMatch(/restart 1 of 5/);
    const health = `http://127.0.0.1:${started.ports.scoring}/health`;
    const deadline = Date.now() + 120_000;
    let healthy = false;
    while (!healthy && Date.now() < deadline) {
      healthy = await fetch(health).then(
        (r) => r.ok,
        () => false,
      );
      if (!healthy) await new Promise((r) => setTimeout(r, 250));
    }
    expect(healthy).toBe(true);
    // Everything else kept running meanwhile.
    expect(started.child.exitCode).toBeNull();
    started.child.kill('SIGINT');
    expect(await started.exited).toBe(0);
  });
});
