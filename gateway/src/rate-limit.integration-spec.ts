import { Role } from '@points/auth';
import { createTestRedis, mintToken, type TestRedis } from '@points/testing';
import type { RunningGateway } from './gateway.server';
import { startLoneGateway } from './gateway.test-helper';

// The subgraphs are not running: every request is answered by the gateway alone, which is all a
// rate limit needs (a refused request must never reach a subgraph anyway).
async function post(
  url: string,
  token?: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { errors?: Array<{ extensions: { code: string } }> };
  retryAfter: string | null;
}> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query: '{ districts { code } }' }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { errors?: Array<{ extensions: { code: string } }> },
    retryAfter: res.headers.get('retry-after'),
  };
}

// Generous: the machine running the suite may be busy (each gateway start compiles the supergraph).
jest.setTimeout(30_000);
describe('gateway rate limits', () => {
  let redis: TestRedis;
  const gateways: RunningGateway[] = [];

  const start = async (env: Record<string, string>): Promise<RunningGateway> => {
    const gateway = await startLoneGateway(redis, env);
    gateways.push(gateway);
    return gateway;
  };

  beforeAll(() => {
    redis = createTestRedis('gateway-rl');
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    await redis.cleanup();
  });

  it('refuses a client over its per-minute allowance with 429, RATE_LIMITED and Retry-After', async () => {
    const gateway = await start({ GATEWAY_RATE_LIMIT_PER_CLIENT: '3', GATEWAY_RATE_LIMIT_PER_ACCOUNT: '0' });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post(gateway.url));
    expect(answers.slice(0, 3).map((a) => a.status)).not.toContain(429);
    const refused = answers[3]!;
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
  });

  it('counts per account across replicas: one account is stopped, another is not', async () => {
    const settings = { GATEWAY_RATE_LIMIT_PER_CLIENT: '0', GATEWAY_RATE_LIMIT_PER_ACCOUNT: '2' };
    const first = await start(settings);
    const second = await start(settings);
    const busy = await mintToken({ sub: 'busy-officer', role: Role.CENTRE_OFFICER, district: 'XUHUI' });
    const calm = await mintToken({ sub: 'calm-officer', role: Role.CENTRE_OFFICER, district: 'XUHUI' });
    // Two requests on one replica and one on the other: the shared Redis counter sees three.
    expect((await post(first.url, busy)).status).not.toBe(429);
    expect((await post(second.url, busy)).status).not.toBe(429);
    expect((await post(first.url, busy)).status).toBe(429);
    expect((await post(second.url, calm)).status).not.toBe(429);
  });

  it('applies both limits to one request: the account is stopped at its allowance, the client at its own', async () => {
    const gateway = await start({
      GATEWAY_RATE_LIMIT_PER_CLIENT: '4',
      GATEWAY_RATE_LIMIT_PER_ACCOUNT: '2',
      REDIS_PREFIX: `${redis.prefix}:both`,
    });
    const officer = await mintToken({ sub: 'both-officer', role: Role.CENTRE_OFFICER, district: 'XUHUI' });
    const statuses = [];
    // Account: 2 a minute, so its third is refused; the client (4 a minute) has used 3 by then,
    // so one anonymous request still passes and the next is refused by the client limit.
    for (let i = 0; i < 3; i++) statuses.push((await post(gateway.url, officer)).status);
    statuses.push((await post(gateway.url)).status);
    statuses.push((await post(gateway.url)).status);
    expect(statuses.map((s) => s === 429)).toEqual([false, false, true, false, true]);
  });

  it('keys on the connection, not on an X-Forwarded-For the client wrote itself', async () => {
    // Counters of their own: every test here calls from 127.0.0.1.
    const gateway = await start({
      GATEWAY_RATE_LIMIT_PER_CLIENT: '2',
      GATEWAY_RATE_LIMIT_PER_ACCOUNT: '0',
      REDIS_PREFIX: `${redis.prefix}:spoofed`,
    });
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await post(gateway.url, undefined, { 'x-forwarded-for': `203.0.113.${i}` })).status);
    expect(statuses.slice(0, 2)).not.toContain(429);
    expect(statuses.slice(2)).toEqual([429, 429]);
  });

  it('believes X-Forwarded-For from a configured proxy only, one client each', async () => {
    const gateway = await start({
      GATEWAY_RATE_LIMIT_PER_CLIENT: '1',
      GATEWAY_RATE_LIMIT_PER_ACCOUNT: '0',
      GATEWAY_TRUSTED_PROXIES: 'loopback',
      REDIS_PREFIX: `${redis.prefix}:proxied`,
    });
    const behind = (client: string) => post(gateway.url, undefined, { 'x-forwarded-for': client });
    expect((await behind('198.51.100.1')).status).not.toBe(429);
    expect((await behind('198.51.100.1')).status).toBe(429);
    expect((await behind('198.51.100.2')).status).not.toBe(429);
  });
});
