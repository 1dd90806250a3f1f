import { Role } from '@points/auth';
import { createTestRedis, mintToken, type TestRedis } from '@points/testing';
import type { RunningGateway } from './gateway.server';
import { startLoneGateway } from './gateway.test-helper';

describe('the queue board (Bull Board) at /admin/queues', () => {
  let redis: TestRedis;
  let gateway: RunningGateway;
  let board: string;

  beforeAll(async () => {
    redis = createTestRedis('gateway-board');
    gateway = await startLoneGateway(redis);
    board = gateway.url.replace(/\/graphql$/, '/admin/queues');
  });
  afterAll(async () => {
    await gateway.stop();
    await redis.cleanup();
  });

  it('is closed without a token and to every role but HRSS admins', async () => {
    expect((await fetch(board)).status).toBe(401);
    const officer = await mintToken({ sub: 'o1', role: Role.CENTRE_OFFICER, district: 'XUHUI' });
    expect((await fetch(board, { headers: { authorization: `Bearer ${officer}` } })).status).toBe(403);
    expect((await fetch(`${board}?token=not-a-token`, { redirect: 'manual' })).status).toBe(401);
  });

  it('lets an HRSS admin in from a browser link and lists every queue of the platform', async () => {
    const admin = await mintToken({ sub: 'a1', role: Role.HRSS_ADMIN });
    const entry = await fetch(`${board}?token=${admin}`, { redirect: 'manual' });
    expect(entry.status).toBe(302);
    const cookie = entry.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/points_admin_token=.+HttpOnly/i);

    const api = await fetch(`${board}/api/queues`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q) => q.name)).toEqual(
      expect.arrayContaining(['notification.events', 'archive-verification.tasks', 'notification.sms']),
    );
  });
});
