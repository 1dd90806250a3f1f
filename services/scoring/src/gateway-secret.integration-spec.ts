// With the gateway secret configured (always in production), a subgraph answers the gateway only:
// before any parsing or resolver, `_service { sdl }` and public operations included.
import { GATEWAY_SECRET_HEADER } from '@points/auth';
import { startSubgraphTestApp, type SubgraphTestApp } from '@points/testing';
import { AppModule } from './app.module';
import { MIGRATIONS } from './migrations';

describe('scoring subgraph behind the gateway secret', () => {
  let t: SubgraphTestApp;
  const SECRET = 'gateway-only-secret';

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'scoring',
      createModule: (config) => AppModule.forRoot(config),
      migrations: MIGRATIONS,
      config: { gatewaySecret: SECRET },
    });
  });
  afterAll(() => t.close());

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  it.each([
    ['the schema (_service { sdl })', '{ _service { sdl } }'],
    ['a public operation', '{ ruleSets { nodes { version } } }'],
    ['a malformed document', '{'],
  ])('refuses %s to a caller without the secret, telling nothing', async (_what, query) => {
    const attempts: Array<Record<string, string>> = [{}, { [GATEWAY_SECRET_HEADER]: 'guess' }];
    for (const headers of attempts) {
      const res = await post(query, headers);
      expect(res.status).toBe(403);
      const body = await res.text();
      const code = (JSON.parse(body) as { errors: Array<{ extensions: { code: string } }> }).errors[0]
        ?.extensions.code;
      expect(code).toBe('FORBIDDEN');
      expect(body).toContain('Requests must come through the gateway');
      expect(body).not.toContain('ScoreProfileInput');
    }
  });

  it('answers the gateway', async () => {
    const res = await post('{ _service { sdl } }', { [GATEWAY_SECRET_HEADER]: SECRET });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('simulateScore');
  });

  it('keeps /health open for probes', async () => {
    expect((await fetch(t.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
  });
});
