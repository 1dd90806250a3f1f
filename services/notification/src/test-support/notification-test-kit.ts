import { randomInt, randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { PiiCipher } from '@points/crypto';
import { createRedisConnection } from '@points/db';
import {
  createEvent,
  PII_EVENT_AAD,
  QueueName,
  type EventEnvelope,
  type EventPayload,
  type EventType,
} from '@points/events';
import { deliverEvent, eventually, startSubgraphTestApp, type SubgraphTestApp } from '@points/testing';
import { AppModule } from '../app.module';
import type { SmsDeliveryHooks } from '../delivery/sms-delivery.service';
import { MIGRATIONS } from '../migrations';
import type { SmsSettings } from '../providers/sms-settings';
import { NotificationWorkerModule } from '../worker.module';

/** Settings for tests: fast backoff and staleness, the sweeper driven by hand. */
export function testSmsSettings(overrides: Partial<SmsSettings> = {}): SmsSettings {
  return {
    providers: [{ name: 'sink', kind: 'sink', weight: 1, ratePerSecond: 0 }],
    maxAttempts: 3,
    backoffMs: 50,
    maxBackoffMs: 500,
    claimStaleMs: 500,
    createdStaleMs: 1_000,
    sweepIntervalMs: 3_600_000,
    receiptTimeoutMs: 72 * 3600_000,
    perMobile: { perHour: 5, perDay: 20 },
    perHrMobile: { perHour: 300, perDay: 2000 },
    healthHalfLifeMs: 60_000,
    receiptWindowMs: 300_000,
    workerConcurrency: 8,
    ...overrides,
  };
}

export interface NotificationTestKit {
  t: SubgraphTestApp;
  worker: INestApplicationContext;
  cipher: PiiCipher;
  /** Delivers an event to notification.events and returns it. */
  send<T extends EventType>(type: T, data: EventPayload<T>, occurredAt?: Date): Promise<EventEnvelope<T>>;
  /** Adds or changes a directory entry and waits until it is stored. */
  contact(
    entry: {
      accountId: string;
      role: 'EMPLOYER_HR' | 'APPLICANT';
      employerId: string | null;
      district: string | null;
      mobile: string | null;
      active?: boolean;
    },
    occurredAt?: Date,
  ): Promise<void>;
  messagesOf(eventId: string): Promise<MessageRow[]>;
  /** Waits until the event's messages number `count` and none is CREATED/SENDING (unless told). */
  settled(eventId: string, count: number, statuses?: string[]): Promise<MessageRow[]>;
  smsQueue: Queue;
  eventsQueue: Queue;
  close(): Promise<void>;
}

export interface MessageRow {
  id: string;
  recipient_account_id: string;
  recipient_role: string;
  body: string;
  status: string;
  provider: string | null;
  mobile_masked: string;
  segments: number;
  attempts: number;
  resend_of: string | null;
  not_before: Date | null;
}

export async function startNotificationTestKit(
  sms: SmsSettings,
  hooks?: SmsDeliveryHooks,
): Promise<NotificationTestKit> {
  const t = await startSubgraphTestApp({
    service: 'notification',
    createModule: (config) => AppModule.forRoot(config, { sms }),
    migrations: MIGRATIONS,
  });
  const worker = await NestFactory.createApplicationContext(
    NotificationWorkerModule.forRoot(t.config, { sms, hooks }),
    { logger: false },
  );
  await worker.init();
  const cipher = t.app.get(PiiCipher);
  const connection = createRedisConnection(t.redis.url);
  const smsQueue = new Queue(QueueName.NotificationSms, { connection, prefix: t.redis.prefix });
  const eventsQueue = new Queue(QueueName.events('notification'), { connection, prefix: t.redis.prefix });

  const messagesOf = (eventId: string): Promise<MessageRow[]> =>
    t.dataSource.query(
      `SELECT id, recipient_account_id, recipient_role, body, status, provider, mobile_masked, segments,
              attempts, resend_of, not_before
         FROM notification.sms_message WHERE event_id = $1 ORDER BY recipient_account_id`,
      [eventId],
    );

  return {
    t,
    worker,
    cipher,
    smsQueue,
    eventsQueue,
    async send(type, data, occurredAt) {
      const envelope = createEvent(type, { subject: `test:${randomUUID()}`, data, occurredAt });
      await deliverEvent(t, 'notification', envelope);
      return envelope;
    },
    async contact(entry, occurredAt = new Date()) {
      const envelope = createEvent('account.contact-changed', {
        subject: `account:${entry.accountId}`,
        occurredAt,
        data: {
          accountId: entry.accountId,
          role: entry.role,
          employerId: entry.employerId,
          district: entry.district,
          mobile: entry.mobile === null ? null : cipher.encrypt(entry.mobile, PII_EVENT_AAD.mobile),
          active: entry.active ?? true,
        },
      });
      await deliverEvent(t, 'notification', envelope);
      await eventually(async () => {
        const rows: unknown[] = await t.dataSource.query(
          `SELECT 1 FROM notification.inbox WHERE event_id = $1`,
          [envelope.id],
        );
        return rows.length > 0;
      });
    },
    messagesOf,
    settled(eventId, count, statuses) {
      return eventually(async () => {
        const rows = await messagesOf(eventId);
        const done = rows.every((r) =>
          statuses ? statuses.includes(r.status) : r.status !== 'CREATED' && r.status !== 'SENDING',
        );
        return rows.length === count && done ? rows : undefined;
      });
    },
    async close() {
      await smsQueue.close();
      await eventsQueue.close();
      await connection.quit();
      await worker.close();
      await t.close();
    },
  };
}

/** A random mobile that is not one of the sink's test numbers. */
export function randomMobile(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}
