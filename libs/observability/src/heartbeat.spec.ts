import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { heartbeatFileOf, startHeartbeat } from './heartbeat';

describe('worker heartbeat', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heartbeat-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('renews the file only while every check passes, and removes it on stop', async () => {
    const file = path.join(dir, 'beat');
    let databaseUp = true;
    const missed: unknown[] = [];
    const heartbeat = startHeartbeat({
      service: 'notification',
      file,
      intervalMs: 60_000,
      checks: [() => (databaseUp ? Promise.resolve() : Promise.reject(new Error('database down')))],
      onMissed: (error) => missed.push(error),
    });
    expect(await heartbeat.beat()).toBe(true);
    const first = fs.readFileSync(file, 'utf8');
    expect(Date.now() - Date.parse(first)).toBeLessThan(5_000);

    databaseUp = false;
    fs.utimesSync(file, new Date(0), new Date(0));
    expect(await heartbeat.beat()).toBe(false);
    // The stale file stays stale: a probe sees the worker as not alive.
    expect(fs.statSync(file).mtimeMs).toBe(0);
    expect(String(missed[0])).toContain('database down');

    heartbeat.stop();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('lives in TMPDIR unless WORKER_HEARTBEAT_FILE says where', () => {
    expect(heartbeatFileOf('notification', { TMPDIR: '/scratch' })).toBe(
      '/scratch/points-notification-worker.heartbeat',
    );
    expect(heartbeatFileOf('notification', { WORKER_HEARTBEAT_FILE: '/run/beat', TMPDIR: '/scratch' })).toBe(
      '/run/beat',
    );
  });
});
