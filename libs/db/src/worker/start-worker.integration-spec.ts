import { Queue, type Job, type Worker } from 'bullmq';
import type IORedis from 'ioredis';
import { allQueueNames, jobOptionsOf, QueueName } from '@points/events';
import { createTestRedis, eventually, type TestRedis } from '@points/test-infra';
import { createRedisConnection } from '../redis-connection';
import { startWorker, type JobHandlers } from './start-worker';

// Real Redis: the worker of a catalogued queue, its boot check and its payload check.
describe('startWorker: one handler per catalogued job, payloads checked', () => {
  let redisEnv: TestRedis;
  let redis: IORedis;
  let queue: Queue;
  let worker: Worker | undefined;

  beforeAll(() => {
    redisEnv = createTestRedis('start_worker');
    redis = createRedisConnection(redisEnv.url);
    queue = new Queue(QueueName.NotificationSms, { connection: redis, prefix: redisEnv.prefix });
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

  it('puts every work queue on the admin board, the renewal reminders included', () => {
    expect(allQueueNames()).toEqual(
      expect.arrayContaining([
        'application.renewal-reminders',
        'archive-verification.tasks',
        'notification.sms',
        'application.events',
      ]),
    );
  });

  it('refuses to boot without a handler for a job, or with one for a job the catalogue does not list', () => {
    // The check runs before anything connects: no worker is left running.
    const options = { connection: redis, prefix: redisEnv.prefix };
    expect(() =>
      startWorker(QueueName.NotificationSms, {} as JobHandlers<'notification.sms'>, options),
    ).toThrow('notification.sms job handlers do not match the job catalogue: no handler for send-sms;');
    const extra = { 'send-sms': () => Promise.resolve('sent'), 'send-fax': () => Promise.resolve('faxed') };
    expect(() => startWorker(QueueName.NotificationSms, extra, options)).toThrow(
      /handler for jobs not in the catalogue: send-fax/,
    );
  });

  it('hands each job its checked payload, and fails a malformed one into the failed set', async () => {
    const seen: string[] = [];
    worker = startWorker(
      QueueName.NotificationSms,
      {
        'send-sms': (data) => {
          seen.push(data.messageId);
          return Promise.resolve();
        },
      },
      { connection: redis, prefix: redisEnv.prefix },
    );
    const opts = { ...jobOptionsOf(QueueName.NotificationSms, 'send-sms'), attempts: 1 };
    const good = '6f1d2c3b-0000-4000-8000-000000000001';
    await queue.add('send-sms', { messageId: good }, { ...opts, jobId: good });
    await queue.add('send-sms', { messageId: 'not-a-uuid' }, { ...opts, jobId: 'malformed' });
    await eventually(async () => (await queue.getJobState('malformed')) === 'failed');
    await eventually(async () => (await queue.getJobState(good)) === 'completed');
    expect(seen).toEqual([good]);
    const failed: Job | undefined = await queue.getJob('malformed');
    expect(failed?.failedReason).toMatch(/messageId/);
  });
});
