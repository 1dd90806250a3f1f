import { Queue, Worker, type Job } from 'bullmq';
import { Client } from 'pg';
import type IORedis from 'ioredis';
import { createTestRedis, eventually, type TestRedis } from '@points/test-infra';
import { createRedisConnection } from '../redis-connection';
import { dependencyWaitsTotal } from '@points/observability';
import { isConnectionError } from './connection-error';
import { waitOnConnectionError } from './wait-on-connection-error';

// Real Redis (BullMQ) and a real refused PostgreSQL connection (nothing listens on port 1).
describe('jobs wait out a database that is away instead of failing', () => {
  let redisEnv: TestRedis;
  let redis: IORedis;
  let queue: Queue;
  let worker: Worker | undefined;

  const refusedDatabase = async (): Promise<never> => {
    const client = new Client({
      host: '127.0.0.1',
      port: 1,
      user: 'postgres',
      connectionTimeoutMillis: 2_000,
    });
    client.on('error', () => undefined);
    await client.connect();
    throw new Error('unreachable: port 1 answered');
  };

  beforeAll(() => {
    redisEnv = createTestRedis('conn_retry');
    redis = createRedisConnection(redisEnv.url);
    queue = new Queue('retry.test', { connection: redis, prefix: redisEnv.prefix });
  });

  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await redisEnv.cleanup();
  });

  it('recognises PostgreSQL being away, and not a real error', async () => {
    const refused = await refusedDatabase().catch((e: unknown) => e);
    expect(isConnectionError(refused)).toBe(true);
    expect(
      isConnectionError({ code: '57P01', message: 'terminating connection due to administrator command' }),
    ).toBe(true);
    expect(
      isConnectionError({ code: '23505', message: 'duplicate key value violates unique constraint' }),
    ).toBe(false);
    expect(isConnectionError(new Error('no handler for x'))).toBe(false);
  });

  it('a job with 2 attempts outlives 3 refused connections and then completes, counted in the metric', async () => {
    let calls = 0;
    const before = (await dependencyWaitsTotal.get()).values
      .filter((v) => v.labels.queue === 'retry.test')
      .reduce((sum, v) => sum + v.value, 0);
    worker = new Worker(
      'retry.test',
      waitOnConnectionError('retry.test', async (job: Job) => {
        calls++;
        if (calls <= 3) await refusedDatabase();
        return job.data as unknown;
      }),
      { connection: redis, prefix: redisEnv.prefix },
    );
    const job = await queue.add('x', { ok: true }, { attempts: 2, backoff: { type: 'fixed', delay: 100 } });
    const done = await eventually(async () => ((await job.isCompleted()) ? true : undefined), 30_000);
    expect(done).toBe(true);
    expect(calls).toBe(4);
    const fresh = await queue.getJob(job.id!);
    // Only the successful run counts as an attempt: the three waits spent none of the two.
    expect(fresh?.attemptsMade).toBe(1);
    const after = (await dependencyWaitsTotal.get()).values
      .filter((v) => v.labels.queue === 'retry.test')
      .reduce((sum, v) => sum + v.value, 0);
    expect(after - before).toBe(3);
  }, 40_000);

  it('a real error still spends the bounded attempts and ends in the failed set', async () => {
    let calls = 0;
    worker = new Worker(
      'retry.test',
      waitOnConnectionError('retry.test', () => {
        calls++;
        return Promise.reject(new Error('the recipient is not in the directory'));
      }),
      { connection: redis, prefix: redisEnv.prefix },
    );
    const job = await queue.add('y', {}, { attempts: 2, backoff: { type: 'fixed', delay: 100 } });
    await eventually(async () => ((await job.isFailed()) ? true : undefined), 15_000);
    expect(calls).toBe(2);
    expect((await queue.getJob(job.id!))?.failedReason).toBe('the recipient is not in the directory');
  });
});
