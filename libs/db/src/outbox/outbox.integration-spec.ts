import { Queue } from 'bullmq';
import type IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { createEvent, QueueName, type EventEnvelope } from '@points/events';
import {
  createTestDatabase,
  createTestRedis,
  eventually,
  type TestDatabase,
  type TestRedis,
} from '@points/test-infra';
import {
  addOutboxDeliveryConfirmationV2,
  createOutboxInboxTablesV1,
  createRedisConnection,
  enqueueEvent,
  EventConsumer,
  OutboxRelay,
  type EventHandlers,
} from '../index';

// Real PostgreSQL and Redis: the producer is "employer-registration" (schema `producer`), the
// consumer is "notification" (schema `consumer`), as in the platform, in one test database.
const PRODUCER = 'producer';
const CONSUMER = 'consumer';
const employerId = '0d3c6c1e-58a4-4a0f-8f7e-2c1b6a9d4e10';

describe('transactional outbox and inbox', () => {
  let db: TestDatabase;
  let redisEnv: TestRedis;
  let dataSource: DataSource;
  let redis: IORedis;
  let consumer: EventConsumer;

  const reviewedEvent = (): EventEnvelope =>
    createEvent('employer.registration-reviewed', {
      subject: `employer:${employerId}`,
      data: {
        employerId,
        employerName: '上海示例科技有限公司',
        district: 'XUHUI',
        decision: 'APPROVED',
        reason: null,
      },
    });

  /** The consumer's effect: one SMS row per handled event. */
  const handlers: EventHandlers = {
    'employer.registration-reviewed': async (event, manager) => {
      await manager.query(`INSERT INTO ${CONSUMER}.sms (event_id, employer_id) VALUES ($1, $2)`, [
        event.id,
        event.data.employerId,
      ]);
    },
    'employer.password-reset': () => Promise.resolve(),
    'account.contact-changed': () => Promise.resolve(),
    'application.accepted': () => Promise.resolve(),
    'application.materials-required': () => Promise.resolve(),
    'application.decided': () => Promise.resolve(),
    'renewal.due': () => Promise.resolve(),
    'renewal.window-closing': () => Promise.resolve(),
    'application.points-voided': () => Promise.resolve(),
    'application.expired': () => Promise.resolve(),
  };

  const smsCount = async (): Promise<number> =>
    Number((await dataSource.query(`SELECT count(*)::int AS n FROM ${CONSUMER}.sms`))[0].n);
  const unsentCount = async (): Promise<number> =>
    Number(
      (await dataSource.query(`SELECT count(*)::int AS n FROM ${PRODUCER}.outbox WHERE sent_at IS NULL`))[0]
        .n,
    );

  const relays: OutboxRelay[] = [];
  const relay = (extra: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}): OutboxRelay => {
    const created = new OutboxRelay({
      dataSource,
      schema: PRODUCER,
      connection: redis,
      prefix: redisEnv.prefix,
      ...extra,
    });
    relays.push(created);
    return created;
  };

  beforeAll(async () => {
    db = await createTestDatabase('outbox');
    redisEnv = createTestRedis('outbox');
    dataSource = new DataSource({ type: 'postgres', url: db.url });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    for (const schema of [PRODUCER, CONSUMER]) {
      await runner.query(`CREATE SCHEMA ${schema}`);
      await createOutboxInboxTablesV1(runner, schema);
      await addOutboxDeliveryConfirmationV2(runner, schema);
    }
    await runner.query(`CREATE TABLE ${PRODUCER}.employer (id uuid PRIMARY KEY, status text NOT NULL)`);
    await runner.query(`CREATE TABLE ${CONSUMER}.sms (event_id uuid NOT NULL, employer_id uuid NOT NULL)`);
    await runner.release();
    redis = createRedisConnection(redisEnv.url);
    consumer = new EventConsumer({
      service: 'notification',
      dataSource,
      schema: CONSUMER,
      connection: redis,
      prefix: redisEnv.prefix,
      handlers,
    });
    consumer.start();
  });

  afterAll(async () => {
    await consumer.stop();
    await dataSource.destroy();
    redis.disconnect();
    await redisEnv.cleanup();
    await db.drop();
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
  });

  beforeEach(async () => {
    await dataSource.query(
      `TRUNCATE ${PRODUCER}.outbox, ${PRODUCER}.employer, ${CONSUMER}.sms, ${CONSUMER}.inbox`,
    );
  });

  it('commits the state change and its event together, or neither', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO ${PRODUCER}.employer VALUES ($1, 'APPROVED')`, [employerId]);
        await enqueueEvent(manager, PRODUCER, reviewedEvent());
        throw new Error('the review failed after writing');
      }),
    ).rejects.toThrow('the review failed');
    expect(await dataSource.query(`SELECT * FROM ${PRODUCER}.employer`)).toHaveLength(0);
    expect(await dataSource.query(`SELECT * FROM ${PRODUCER}.outbox`)).toHaveLength(0);

    await dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO ${PRODUCER}.employer VALUES ($1, 'APPROVED')`, [employerId]);
      await enqueueEvent(manager, PRODUCER, reviewedEvent());
    });
    expect(await dataSource.query(`SELECT * FROM ${PRODUCER}.employer`)).toHaveLength(1);
    expect(await unsentCount()).toBe(1);
  });

  it('refuses to enqueue outside a transaction', async () => {
    await expect(enqueueEvent(dataSource.manager, PRODUCER, reviewedEvent())).rejects.toThrow(
      /inside the transaction/,
    );
  });

  it('delivers a committed event to the consumer, which records one SMS', async () => {
    await dataSource.transaction((m) => enqueueEvent(m, PRODUCER, reviewedEvent()));
    expect(await relay().relayOnce()).toBe(1);
    expect(await eventually(async () => (await smsCount()) === 1)).toBe(true);
    expect(await unsentCount()).toBe(0);
  });

  it('gives one effect when the relay crashes between publishing and marking sent', async () => {
    const event = reviewedEvent();
    await dataSource.transaction((m) => enqueueEvent(m, PRODUCER, event));

    const crashing = relay({
      beforeMarkSent: () => Promise.reject(new Error('killed between publish and mark-sent')),
    });
    await expect(crashing.relayOnce()).rejects.toThrow('killed');
    // The row is still unsent (its transaction rolled back) although the job was published.
    expect(await unsentCount()).toBe(1);
    await eventually(async () => (await smsCount()) === 1);

    // After the restart the relay publishes the row again; the effect must not happen twice.
    expect(await relay().relayOnce()).toBe(1);
    expect(await unsentCount()).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(await smsCount()).toBe(1);
  });

  it('ignores a redelivered event (the same envelope under another job)', async () => {
    const event = reviewedEvent();
    await dataSource.transaction((m) => enqueueEvent(m, PRODUCER, event));
    await relay().relayOnce();
    await eventually(async () => (await smsCount()) === 1);

    // Redelivery as a broker would do it: the same envelope under a new job id.
    const queue = new Queue(QueueName.events('notification'), { connection: redis, prefix: redisEnv.prefix });
    const redelivered = await queue.add(event.type, event, { jobId: `${event.id}-again` });
    await eventually(async () => ((await redelivered.isCompleted()) ? true : undefined));
    await queue.close();
    expect(await smsCount()).toBe(1);
    const inbox = await dataSource.query(`SELECT event_id FROM ${CONSUMER}.inbox`);
    expect(inbox).toEqual([{ event_id: event.id }]);
  });

  it('keeps an event whose publishing failed (Redis away) and relays it later', async () => {
    const event = reviewedEvent();
    await dataSource.transaction((m) => enqueueEvent(m, PRODUCER, event));
    // Publishing fails while Redis is away: the row stays unsent and nothing is lost.
    const unreachable = createRedisConnection('redis://127.0.0.1:1', {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      retryStrategy: () => null,
    });
    unreachable.on('error', () => undefined);
    const failing = new OutboxRelay({
      dataSource,
      schema: PRODUCER,
      connection: unreachable,
      prefix: redisEnv.prefix,
    });
    await expect(failing.relayOnce()).rejects.toThrow();
    await failing.stop().catch(() => undefined);
    unreachable.disconnect();
    expect(await unsentCount()).toBe(1);

    await relay().relayOnce();
    await eventually(async () => (await smsCount()) === 1);
  });

  /** What FLUSHALL does to this suite: every key under its prefix gone (the Redis is shared). */
  const flushSuiteKeys = async (): Promise<void> => {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisEnv.prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  };
  const unconfirmed = async (): Promise<unknown> =>
    (await dataSource.query(`SELECT unconfirmed FROM ${PRODUCER}.outbox`))[0]?.unconfirmed;
  const reconciling = (): OutboxRelay => relay({ reconcile: { graceMs: 0, intervalMs: 0 } });

  it('re-publishes a sent event whose job was flushed from Redis before the consumer ran; one effect', async () => {
    await consumer.stop();
    try {
      await dataSource.transaction((m) => enqueueEvent(m, PRODUCER, reviewedEvent()));
      const r = reconciling();
      expect(await r.relayOnce()).toBe(1);
      expect(await unsentCount()).toBe(0);
      expect(await unconfirmed()).toEqual(['notification']);
      // Redis loses the waiting job: nothing on the queue, the row says "sent".
      await flushSuiteKeys();
      expect(await r.reconcileOnce()).toEqual({ confirmed: 0, republished: 1, pending: 0 });
    } finally {
      consumer.start();
    }
    await eventually(async () => (await smsCount()) === 1);
    // Once the consumer's job completed, the next pass confirms the row and stops looking at it.
    await eventually(async () => (await reconciling().reconcileOnce()).confirmed === 1);
    expect(await unconfirmed()).toBeNull();
    expect(await reconciling().reconcileOnce()).toEqual({ confirmed: 0, republished: 0, pending: 0 });
    expect(await smsCount()).toBe(1);
  });

  it('re-publishes an already handled event whose completed job was flushed: the inbox drops it', async () => {
    await dataSource.transaction((m) => enqueueEvent(m, PRODUCER, reviewedEvent()));
    const r = reconciling();
    await r.relayOnce();
    await eventually(async () => (await smsCount()) === 1);
    await flushSuiteKeys();
    expect((await r.reconcileOnce()).republished).toBe(1);
    await eventually(async () => (await reconciling().reconcileOnce()).confirmed === 1);
    expect(await smsCount()).toBe(1);
    expect(await unconfirmed()).toBeNull();
  });

  it('leaves a row alone while its job is still waiting, and within the grace period', async () => {
    await consumer.stop();
    try {
      await dataSource.transaction((m) => enqueueEvent(m, PRODUCER, reviewedEvent()));
      await reconciling().relayOnce();
      expect(await relay({ reconcile: { graceMs: 60_000, intervalMs: 0 } }).reconcileOnce()).toEqual({
        confirmed: 0,
        republished: 0,
        pending: 0,
      });
      expect(await reconciling().reconcileOnce()).toEqual({ confirmed: 0, republished: 0, pending: 1 });
      expect(await unconfirmed()).toEqual(['notification']);
    } finally {
      consumer.start();
    }
    await eventually(async () => (await smsCount()) === 1);
  });

  it('refuses to start a consumer whose handlers do not match the catalogue', () => {
    expect(
      () =>
        new EventConsumer({
          service: 'notification',
          dataSource,
          schema: CONSUMER,
          connection: redis,
          prefix: redisEnv.prefix,
          handlers: { 'employer.registration-reviewed': handlers['employer.registration-reviewed'] },
        }),
    ).toThrow(/no handler for employer.password-reset/);
  });
});
