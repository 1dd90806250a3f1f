// Throughput of SMS delivery: 10,000 messages through the development sink, then through a
// local HTTP gateway (node:http in this process, signed requests, Idempotency-Key honoured), each
// with one worker context (concurrency 32) against real PostgreSQL and Redis. Prints messages per
// second and the counts of lost and duplicated messages (both must be 0).
//
// Needs DATABASE_URL and REDIS_URL (a fresh database and Redis prefix are made and dropped).
//   npm run bench:sms
import 'reflect-metadata';
import { cpus } from 'node:os';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { BlindIndex, maskMobile, PiiCipher } from '@points/crypto';
import { createServiceDataSource, runServiceMigrations } from '@points/db';
import { createTestDatabase, createTestRedis } from '@points/testing';
import { SmsQueue } from '../src/delivery/sms-queue.service';
import { MESSAGE_MOBILE_AAD } from '../src/messages/sms-message-status.enum';
import { MIGRATIONS } from '../src/migrations';
import type { SmsProviderSettings, SmsSettings } from '../src/providers/sms-settings';
import { MOBILE_INDEX_DOMAIN } from '../src/recipients/recipient-contact.entity';
import { FakeSmsGateway } from '../src/test-support/fake-sms-gateway';
import { NotificationWorkerModule } from '../src/worker.module';

const MESSAGES = Number(process.env.SMS_BENCH_MESSAGES ?? 10_000);
const CONCURRENCY = Number(process.env.SMS_BENCH_CONCURRENCY ?? 32);
const BODY = '【上海人社】居住证积分申请已受理，受理编号：XH20261122001。审核结果将以短信通知。';

interface RunResult {
  label: string;
  seconds: number;
  delivered: number;
  lost: number;
  duplicated: number;
}

function settings(providers: SmsProviderSettings[]): SmsSettings {
  return {
    providers,
    maxAttempts: 5,
    backoffMs: 200,
    maxBackoffMs: 5_000,
    claimStaleMs: 30_000,
    createdStaleMs: 60_000,
    sweepIntervalMs: 3_600_000,
    receiptTimeoutMs: 72 * 3600_000,
    perMobile: { perHour: 5, perDay: 20 },
    perHrMobile: { perHour: 300, perDay: 2000 },
    healthHalfLifeMs: 60_000,
    receiptWindowMs: 300_000,
    workerConcurrency: CONCURRENCY,
  };
}

async function run(
  label: string,
  providers: SmsProviderSettings[],
  providerCalls: (dataSource: DataSource) => Promise<{ calls: number; uniqueKeys: number }>,
): Promise<RunResult> {
  const db = await createTestDatabase('notification_bench');
  const redis = createTestRedis('notification_bench');
  let worker: INestApplicationContext | undefined;
  try {
    const migrator = createServiceDataSource({
      url: db.url,
      schema: 'notification',
      entities: [],
      migrations: MIGRATIONS,
    });
    await migrator.initialize();
    await runServiceMigrations(migrator, 'notification');

    worker = await NestFactory.createApplicationContext(
      NotificationWorkerModule.forRoot(
        {
          nodeEnv: 'test',
          databaseUrl: db.url,
          redisUrl: redis.url,
          redisPrefix: redis.prefix,
          logLevel: 'silent',
        },
        { sms: settings(providers) },
      ),
      { logger: false },
    );
    await worker.init();
    const cipher = worker.get(PiiCipher);
    const blindIndex = worker.get(BlindIndex);

    // 10,000 messages to 10,000 different numbers (the per-number limit is not what is measured).
    const ids: string[] = [];
    const CHUNK = 1_000;
    for (let from = 0; from < MESSAGES; from += CHUNK) {
      const mobiles = Array.from(
        { length: Math.min(CHUNK, MESSAGES - from) },
        (_, i) => `139${String(from + i).padStart(8, '0')}`,
      );
      const rows: Array<{ id: string }> = await migrator.query(
        `INSERT INTO notification.sms_message
           (event_id, event_type, template_code, template_version, recipient_account_id, recipient_role,
            mobile_encrypted, mobile_index, mobile_masked, body, variables, segments)
         SELECT gen_random_uuid(), 'application.accepted', 'APPLICATION_ACCEPTED', 1, gen_random_uuid(), 'APPLICANT',
                m.enc, m.idx, m.masked, $4, '[["receiptNo","XH20261122001"]]'::jsonb, 1
           FROM unnest($1::text[], $2::text[], $3::text[]) AS m(enc, idx, masked)
         RETURNING id`,
        [
          mobiles.map((m) => cipher.encrypt(m, MESSAGE_MOBILE_AAD)),
          mobiles.map((m) => blindIndex.compute(m, MOBILE_INDEX_DOMAIN)),
          mobiles.map((m) => maskMobile(m)),
          BODY,
        ],
      );
      ids.push(...rows.map((r) => r.id));
    }

    const queue = worker.get(SmsQueue);
    const started = process.hrtime.bigint();
    for (let from = 0; from < ids.length; from += CHUNK) await queue.enqueue(ids.slice(from, from + CHUNK));
    let lastPrint = 0;
    for (;;) {
      const [counts] = await migrator.query<Array<{ open: string; delivered: string }>>(
        `SELECT count(*) FILTER (WHERE status IN ('CREATED', 'SENDING')) AS open,
                count(*) FILTER (WHERE status = 'DELIVERED') AS delivered
           FROM notification.sms_message`,
      );
      const open = Number(counts?.open ?? 0);
      if (Date.now() - lastPrint > 1_000) {
        process.stdout.write(`\r  ${label}: ${Number(counts?.delivered ?? 0)} / ${MESSAGES} delivered`);
        lastPrint = Date.now();
      }
      if (open === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write('\n');

    const [final] = await migrator.query<Array<{ delivered: string; extra_attempts: string }>>(
      `SELECT count(*) FILTER (WHERE status = 'DELIVERED') AS delivered,
              COALESCE(sum(attempts - 1), 0) AS extra_attempts
         FROM notification.sms_message`,
    );
    const { calls, uniqueKeys } = await providerCalls(migrator);
    const delivered = Number(final?.delivered ?? 0);
    await migrator.destroy();
    return {
      label,
      seconds,
      delivered,
      // Lost: a message that did not end DELIVERED, or that the provider never received.
      lost: MESSAGES - Math.min(delivered, uniqueKeys),
      // Duplicated: a provider asked more than once for one message (without the idempotency key
      // that would have been a second SMS), or more unique sends than messages.
      duplicated:
        calls - uniqueKeys + Math.max(0, uniqueKeys - MESSAGES) + Number(final?.extra_attempts ?? 0),
    };
  } finally {
    await worker?.close();
    await redis.cleanup();
    await db.drop();
  }
}

async function main(): Promise<void> {
  console.log(
    `SMS delivery benchmark: ${MESSAGES} messages, worker concurrency ${CONCURRENCY}, ${cpus().length} CPUs`,
  );
  const results: RunResult[] = [];

  // The sink keeps one row per key; a repeated call shows as an extra attempt on the message.
  results.push(
    await run('sink', [{ name: 'sink', kind: 'sink', weight: 1, ratePerSecond: 0 }], async (dataSource) => {
      const [row] = await dataSource.query<Array<{ n: string }>>(
        `SELECT count(*) AS n FROM notification.sms_sink`,
      );
      const sent = Number(row?.n ?? 0);
      return { calls: sent, uniqueKeys: sent };
    }),
  );

  const gateway = await new FakeSmsGateway('bench-secret').start();
  try {
    results.push(
      await run(
        'http gateway',
        [
          {
            name: 'http',
            kind: 'http',
            weight: 1,
            ratePerSecond: 0,
            http: { url: gateway.url('send'), secret: 'bench-secret', timeoutMs: 10_000 },
          },
        ],
        () => {
          const stats = gateway.stats('send');
          return Promise.resolve({ calls: stats.requests, uniqueKeys: stats.answers.size });
        },
      ),
    );
  } finally {
    await gateway.close();
  }

  console.log('');
  console.log('provider       messages/s   seconds   delivered   lost   duplicated');
  for (const r of results) {
    console.log(
      `${r.label.padEnd(14)} ${(r.delivered / r.seconds).toFixed(0).padStart(10)} ${r.seconds.toFixed(2).padStart(9)} ${String(r.delivered).padStart(11)} ${String(r.lost).padStart(6)} ${String(r.duplicated).padStart(12)}`,
    );
  }
  if (results.some((r) => r.lost !== 0 || r.duplicated !== 0)) {
    console.error('FAIL: lost or duplicated messages');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
