import { randomUUID } from 'node:crypto';
import { Role } from '@points/auth';
import { eventually } from '@points/testing';
import { signPayload } from '../providers/http-gateway.provider';
import type { SmsProviderSettings } from '../providers/sms-settings';
import { FakeSmsGateway } from '../test-support/fake-sms-gateway';
import {
  randomMobile,
  startNotificationTestKit,
  testSmsSettings,
  type NotificationTestKit,
} from '../test-support/notification-test-kit';
import { ProviderHealth } from './provider-health';
import { SmsRateLimiter } from './sms-rate-limiter';

jest.setTimeout(30_000);

const GATEWAY_SECRET = 'gateway-secret';
const RECEIPT_SECRET = { good: 'receipts-good', bad: 'receipts-bad' };

describe('notification: delivery through an HTTP gateway', () => {
  let kit: NotificationTestKit;
  let gateway: FakeSmsGateway;
  let crashNextAfterProviderCall = false;

  beforeAll(async () => {
    gateway = await new FakeSmsGateway(GATEWAY_SECRET).start();
    const http = (name: 'good' | 'bad', weight: number): SmsProviderSettings => ({
      name,
      kind: 'http',
      weight,
      ratePerSecond: 0,
      receiptSecret: RECEIPT_SECRET[name],
      http: { url: gateway.url(name), secret: GATEWAY_SECRET, timeoutMs: 400 },
    });
    gateway.setMode('bad', 'fail');
    gateway.slowMs = 700;
    // "bad" has most of the weight, so it is nearly always tried first and must be skipped.
    kit = await startNotificationTestKit(
      testSmsSettings({ providers: [http('good', 1), http('bad', 100)] }),
      {
        afterProviderCall: (): Promise<void> => {
          if (!crashNextAfterProviderCall) return Promise.resolve();
          crashNextAfterProviderCall = false;
          // The worker "dies" between the provider's answer and the status write: nothing is written.
          return Promise.reject(new Error('simulated crash after the provider call'));
        },
      },
    );
  });
  afterAll(async () => {
    await kit.close();
    await gateway.close();
  });

  async function applicant() {
    const accountId = randomUUID();
    await kit.contact({
      accountId,
      mobile: randomMobile(),
      role: 'APPLICANT',
      employerId: randomUUID(),
      district: 'XUHUI',
    });
    return accountId;
  }

  const passwordReset = async (accountId: string) =>
    kit.send('employer.password-reset', { accountId, district: 'XUHUI', resetBy: randomUUID() });

  it('skips a failing provider for the other one, and lowers its weight', async () => {
    const badBefore = gateway.stats('bad').requests;
    const events = [];
    for (let i = 0; i < 5; i++) events.push(await passwordReset(await applicant()));
    const rows = (await Promise.all(events.map((e) => kit.settled(e.id, 1)))).flat();
    expect(rows.map((r) => [r.status, r.provider])).toEqual(Array(5).fill(['DELIVERED', 'good']));
    for (const row of rows) expect(gateway.stats('good').answers.has(row.id)).toBe(true);
    expect(gateway.stats('bad').requests).toBeGreaterThan(badBefore);
    const penalties = await kit.worker.get(ProviderHealth).penalties(['good', 'bad']);
    expect(penalties.get('bad')).toBeGreaterThan(0.5);
    expect(penalties.get('good')).toBe(0);
  });

  it('does not send twice when the worker dies after the provider call and before the status write', async () => {
    const good = gateway.stats('good');
    crashNextAfterProviderCall = true;
    const event = await passwordReset(await applicant());
    const [row] = await kit.settled(event.id, 1);
    expect(row).toMatchObject({ status: 'DELIVERED', provider: 'good' });
    expect(crashNextAfterProviderCall).toBe(false); // the crash did happen
    // The resumed job asked the same provider with the same key: one SMS, one repeat.
    expect(good.answers.has(row?.id ?? '')).toBe(true);
    expect(good.repeats).toBe(1);
    expect(row?.attempts).toBe(2);
  });

  it('after a timeout asks the same provider again with the same key, never another one', async () => {
    const good = gateway.stats('good');
    const repeatsBefore = good.repeats;
    gateway.setMode('good', 'slow');
    const event = await passwordReset(await applicant());
    // The gateway took it but answered too late: the worker cannot know, so it must not fail over.
    await eventually(async () => (await kit.messagesOf(event.id)).some((r) => good.answers.has(r.id)));
    gateway.setMode('good', 'deliver');
    const [row] = await kit.settled(event.id, 1);
    expect(row).toMatchObject({ status: 'DELIVERED', provider: 'good' });
    expect(good.repeats).toBe(repeatsBefore + 1);
    expect(gateway.stats('bad').answers.has(row?.id ?? '')).toBe(false);
  });

  it('ends in TECHNICAL_FAILURE after bounded retries when every provider is down', async () => {
    gateway.setMode('good', 'fail');
    try {
      const event = await passwordReset(await applicant());
      const [row] = await kit.settled(event.id, 1);
      expect(row).toMatchObject({ status: 'TECHNICAL_FAILURE', attempts: 3 });
      const failed = await kit.t.gql<{ failedMessages: { nodes: Array<{ id: string; status: string }> } }>(
        `{ failedMessages(first: 50) { nodes { id status } } }`,
        { as: { sub: 'x', role: Role.HRSS_ADMIN } },
      );
      expect(failed.data?.failedMessages.nodes).toContainEqual({ id: row?.id, status: 'TECHNICAL_FAILURE' });
    } finally {
      gateway.setMode('good', 'deliver');
    }
  });

  it('holds each provider to its messages per second, shared through Redis', async () => {
    const limiter = kit.worker.get(SmsRateLimiter);
    const second = Math.floor(Date.now() / 1000) * 1000 + 5_000; // a second nobody else uses
    const taken = [];
    for (let i = 0; i < 4; i++) taken.push(await limiter.takeProviderSlot('metered', 3, second + 10 * i));
    expect(taken).toEqual([true, true, true, false]);
    expect(await limiter.takeProviderSlot('metered', 3, second + 1_000)).toBe(true);
    expect(await limiter.takeProviderSlot('unmetered', 0, second)).toBe(true);
  });

  it("holds an applicant's number to 5 an hour, but not an HR contact's inbox at wave volumes", async () => {
    // One person: the 6th SMS within the hour waits for a slot (flood protection for a phone).
    const person = await applicant();
    const resets: Array<{ id: string }> = [];
    for (let i = 0; i < 6; i++) resets.push(await passwordReset(person));
    const sent = await Promise.all(resets.slice(0, 5).map((e) => kit.settled(e.id, 1)));
    expect(sent.flat().map((r) => r.status)).toEqual(Array(5).fill('DELIVERED'));
    const held = await eventually(async () => {
      const [row] = await kit.messagesOf(resets[5]!.id);
      return row?.status === 'CREATED' && row.not_before ? row : undefined;
    });
    expect(held.not_before!.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);

    // One employer's HR contact: two SMS per application, 12 applications' worth at once, all go.
    const employerId = randomUUID();
    await kit.contact({
      accountId: randomUUID(),
      mobile: randomMobile(),
      role: 'EMPLOYER_HR',
      employerId,
      district: 'XUHUI',
    });
    const reviews = [];
    for (let i = 0; i < 24; i++) {
      reviews.push(
        await kit.send('employer.registration-reviewed', {
          employerId,
          employerName: '上海示例科技有限公司',
          district: 'XUHUI',
          decision: 'APPROVED',
          reason: null,
        }),
      );
    }
    const hr = (await Promise.all(reviews.map((e) => kit.settled(e.id, 1)))).flat();
    expect(hr.map((r) => [r.recipient_role, r.status])).toEqual(Array(24).fill(['EMPLOYER_HR', 'DELIVERED']));
  }, 60_000);

  describe('delivery receipts webhook', () => {
    const base = () => kit.t.url.replace(/\/graphql$/, '');
    const post = (
      provider: string,
      body: unknown,
      options: { secret?: string; timestamp?: number; signature?: string } = {},
    ) => {
      const text = JSON.stringify(body);
      const timestamp = String(options.timestamp ?? Date.now());
      return fetch(`${base()}/webhooks/sms-receipts/${provider}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-sms-timestamp': timestamp,
          'x-sms-signature':
            options.signature ?? signPayload(options.secret ?? RECEIPT_SECRET.good, timestamp, text),
        },
        body: text,
      });
    };
    const statusOf = async (id: string) => {
      const rows = await kit.t.dataSource.query<Array<{ status: string }>>(
        `SELECT status FROM notification.sms_message WHERE id = $1`,
        [id],
      );
      return rows[0]?.status;
    };

    let messageId: string;
    beforeAll(async () => {
      gateway.setMode('good', 'accept');
      const event = await passwordReset(await applicant());
      // Accepted by the gateway: it stays SENDING until the receipt comes.
      const [row] = await eventually(async () => {
        const rows = await kit.messagesOf(event.id);
        const sent: unknown[] = await kit.t.dataSource.query(
          `SELECT 1 FROM notification.sms_message WHERE event_id = $1 AND sent_at IS NOT NULL`,
          [event.id],
        );
        return sent.length === 1 ? rows : undefined;
      });
      gateway.setMode('good', 'deliver');
      messageId = row?.id ?? '';
      expect(row).toMatchObject({ status: 'SENDING', provider: 'good' });
    });

    it('refuses a bad signature, a stale timestamp and an unknown provider, and changes nothing', async () => {
      const receipt = { receiptId: randomUUID(), reference: messageId, status: 'DELIVERED' };
      expect((await post('good', receipt, { secret: 'guessed' })).status).toBe(401);
      expect((await post('good', receipt, { signature: 'abc' })).status).toBe(401);
      expect((await post('good', receipt, { timestamp: Date.now() - 3_600_000 })).status).toBe(401);
      expect((await post('nobody', receipt)).status).toBe(404);
      expect(await statusOf(messageId)).toBe('SENDING');
    });

    it('moves the status on a signed receipt, refuses its replay, and only ever moves forward', async () => {
      const receipt = { receiptId: randomUUID(), reference: messageId, status: 'DELIVERED' };
      const first = await post('good', receipt);
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ applied: true });
      expect(await statusOf(messageId)).toBe('DELIVERED');
      expect((await post('good', receipt)).status).toBe(409);
      // A later, different receipt cannot take a delivered message back to a failure.
      const late = await post('good', {
        receiptId: randomUUID(),
        reference: messageId,
        status: 'PERMANENT_FAILURE',
      });
      expect(await late.json()).toEqual({ applied: false });
      expect(await statusOf(messageId)).toBe('DELIVERED');
    });

    it("does not let one provider's receipts move another provider's messages", async () => {
      gateway.setMode('good', 'accept');
      const event = await passwordReset(await applicant());
      const [row] = await eventually(async () => {
        const sent: Array<{ id: string }> = await kit.t.dataSource.query(
          `SELECT id FROM notification.sms_message WHERE event_id = $1 AND sent_at IS NOT NULL`,
          [event.id],
        );
        return sent.length === 1 ? sent : undefined;
      });
      gateway.setMode('good', 'deliver');
      const res = await post(
        'bad',
        { receiptId: randomUUID(), reference: row?.id, status: 'PERMANENT_FAILURE' },
        { secret: RECEIPT_SECRET.bad },
      );
      expect(await res.json()).toEqual({ applied: false });
      expect(await statusOf(row?.id ?? '')).toBe('SENDING');
    });
  });
});
