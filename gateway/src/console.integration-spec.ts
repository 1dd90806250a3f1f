import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { JwtIssuer, Role } from '@points/auth';
import { createTestRedis, mintToken, testJwtKeys, TEST_JWT_SETTINGS, type TestRedis } from '@points/testing';
import type { RunningGateway } from './gateway.server';
import { startLoneGateway } from './gateway.test-helper';

describe('the web console at / (same origin as /graphql)', () => {
  let redis: TestRedis;
  let gateway: RunningGateway;
  let origin: string;
  let consoleDir: string;

  beforeAll(async () => {
    // A stand-in build: what the gateway serves is checked, not what Vite makes (the browser suite does that).
    consoleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'points-console-'));
    fs.mkdirSync(path.join(consoleDir, 'assets'));
    fs.writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><title>上海市居住证积分</title>');
    fs.writeFileSync(path.join(consoleDir, 'assets/index-abc123.js'), 'console.log(1)');
    redis = createTestRedis('gateway-console');
    gateway = await startLoneGateway(redis, { CONSOLE_DIR: consoleDir });
    origin = gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await gateway.stop();
    await redis.cleanup();
    fs.rmSync(consoleDir, { recursive: true, force: true });
  });

  it('answers / and every client route with the console page, never cached', async () => {
    for (const route of ['/', '/simulate', '/employer/applications/5f0c', '/verify/AB12CD34']) {
      const page = await fetch(`${origin}${route}`);
      expect({ route, status: page.status }).toEqual({ route, status: 200 });
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('上海市居住证积分');
    }
  });

  it('serves hashed assets for a year and a missing asset as 404, not as the page', async () => {
    const asset = await fetch(`${origin}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(`${origin}/assets/gone-000.js`)).status).toBe(404);
  });

  it('leaves /graphql, /ready, /metrics and /admin/queues to their own handlers', async () => {
    // /metrics answers on its own port: on the public one it is not the console either.
    const metrics = await fetch(`${origin}/metrics`);
    expect(metrics.status).toBe(404);
    expect(await metrics.text()).not.toContain('上海市居住证积分');
    // /ready is the gateway's own answer (it can serve: supergraph loaded, Redis answers), not the
    // console's page, even though no subgraph runs here (docs/decisions/0003).
    const ready = await fetch(`${origin}/ready`);
    expect(ready.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await ready.json()) as { checks: Record<string, string> }).checks).toMatchObject({
      supergraph: 'up',
    });
    expect((await fetch(`${origin}/admin/queues`)).status).toBe(401);
    const api = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(((await api.json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
  });

  it('clears the session cookie on logout (HttpOnly, SameSite=Strict, Secure outside development)', async () => {
    const out = await fetch(`${origin}/session/logout`, { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(
      /^points_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict; Secure$/,
    );
  });

  it('reads the session cookie like a Bearer token: an expired one is UNAUTHENTICATED and cleared', async () => {
    const expired = await (
      await JwtIssuer.fromPem(testJwtKeys().privateKeyPem, TEST_JWT_SETTINGS)
    ).issue({ sub: 'h1', role: Role.EMPLOYER_HR, employerId: 'e1', district: 'XUHUI' }, -60);
    const answer = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `points_session=${expired}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const body = (await answer.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]).toMatchObject({
      message: 'The session has expired: log in again',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(answer.headers.get('set-cookie')).toMatch(/^points_session=; Max-Age=0;/);
  });

  it('ignores the session cookie on a request a cross-site form could make (CSRF)', async () => {
    const expired = await (
      await JwtIssuer.fromPem(testJwtKeys().privateKeyPem, TEST_JWT_SETTINGS)
    ).issue({ sub: 'h1', role: Role.EMPLOYER_HR, employerId: 'e1', district: 'XUHUI' }, -60);
    const answer = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `points_session=${expired}` },
      body: 'query=%7B__typename%7D',
    });
    // Not read at all: no "expired" answer and the cookie is left alone; Apollo refuses the request.
    expect(answer.headers.get('set-cookie')).toBeNull();
    expect(answer.status).toBe(400);
    expect(await answer.text()).not.toMatch(/session has expired/);
  });

  it('lets an HRSS admin logged in to the console into the queue board by the session cookie alone', async () => {
    const admin = await mintToken({ sub: 'a1', role: Role.HRSS_ADMIN });
    const hr = await mintToken({ sub: 'h1', role: Role.EMPLOYER_HR, employerId: 'e1', district: 'XUHUI' });
    const withSession = (token: string) => ({
      headers: { cookie: `points_session=${encodeURIComponent(token)}` },
    });
    const api = await fetch(`${origin}/admin/queues/api/queues`, withSession(admin));
    expect(api.status).toBe(200);
    expect(((await api.json()) as { queues: unknown[] }).queues.length).toBeGreaterThan(0);
    expect((await fetch(`${origin}/admin/queues`, withSession(hr))).status).toBe(403);
    expect((await fetch(`${origin}/admin/queues`, withSession('expired-or-forged'))).status).toBe(401);
  });
});

describe('the gateway without a built console', () => {
  it('says how to build it instead of a blank page', async () => {
    const redis = createTestRedis('gateway-console-missing');
    const gateway = await startLoneGateway(redis, {
      CONSOLE_DIR: path.join(os.tmpdir(), 'points-no-console-here'),
    });
    try {
      const page = await fetch(gateway.url.replace(/\/graphql$/, '/'));
      expect(page.status).toBe(503);
      expect(await page.text()).toMatch(/npm run build:web/);
    } finally {
      await gateway.stop();
      await redis.cleanup();
    }
  });
});
