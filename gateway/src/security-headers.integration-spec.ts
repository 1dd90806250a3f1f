import { createTestRedis, type TestRedis } from '@points/testing';
import type { RunningGateway } from './gateway.server';
import { startLoneGateway } from './gateway.test-helper';

// Generous: the machine running the suite may be busy (each gateway start compiles the supergraph).
jest.setTimeout(30_000);
describe('gateway security headers', () => {
  let redis: TestRedis;
  const gateways: RunningGateway[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const gateway = await startLoneGateway(redis, env);
    gateways.push(gateway);
    return gateway.url.replace(/\/graphql$/, '');
  };

  beforeAll(() => {
    redis = createTestRedis('gateway-headers');
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    await redis.cleanup();
  });

  it("sends nosniff and the console's CSP on every answer, and no HSTS outside production", async () => {
    const base = await start();
    for (const path of ['/health', '/graphql?query=%7B__typename%7D']) {
      const res = await fetch(`${base}${path}`, { headers: { 'apollo-require-preflight': '1' } });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    // Express answers what nobody handles with its own, stricter policy (nothing at all may load).
    // (A GET of an unknown path is a client route of the console, which answers with its page.)
    const missing = await fetch(`${base}/no-such-page`, { method: 'POST' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    expect(missing.headers.get('content-security-policy')).toBe("default-src 'none'");
  });

  it("lets Apollo Sandbox's page run in development only (no CSP on the GET /graphql page)", async () => {
    const base = await start();
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toBeNull();
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('adds HSTS in production, and keeps the CSP on GET /graphql there', async () => {
    const base = await start({ NODE_ENV: 'production' });
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
