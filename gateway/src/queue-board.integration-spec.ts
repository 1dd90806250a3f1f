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

  it('is closed without a login and to every role but HRSS admins, and takes no token in the URL', async () => {
    expect((await fetch(board)).status).toBe(401);
    const officer = await mintToken({ sub: 'o1', role: Role.CENTRE_OFFICER, district: 'XUHUI' });
    expect((await fetch(board, { headers: { authorization: `Bearer ${officer}` } })).status).toBe(403);
    // A token in a URL would land in access logs, history and Referer headers: it opens nothing.
    const admin = await mintToken({ sub: 'a1', role: Role.HRSS_ADMIN });
    const link = await fetch(`${board}?token=${admin}`, { redirect: 'manual' });
    expect(link.status).toBe(401);
    expect(link.headers.get('set-cookie')).toBeNull();
  });

  it('lets an HRSS admin in by the console session or a Bearer header and lists every queue', async () => {
    const admin = await mintToken({ sub: 'a1', role: Role.HRSS_ADMIN });
    const ways: Array<Record<string, string>> = [
      { cookie: `points_session=${admin}` },
      { authorization: `Bearer ${admin}` },
    ];
    for (const headers of ways) {
      const api = await fetch(`${board}/api/queues`, { headers });
      expect(api.status).toBe(200);
      const body = (await api.json()) as { queues: Array<{ name: string }> };
      expect(body.queues.map((q) => q.name)).toEqual(
        expect.arrayContaining(['notification.events', 'archive-verification.tasks', 'notification.sms']),
      );
    }
  });
});
