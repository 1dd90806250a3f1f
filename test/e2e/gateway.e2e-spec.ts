import { Role } from '@points/auth';
import { errorCodes, graphqlRequest, mintToken } from '@points/testing';
import { PLATFORM_START_MS, startPlatform, type RunningPlatform } from '../support/platform';

// The development seed (scripts/migrate.ts --dev-seed): an approved employer in 徐汇区 with one draft application.
const DEMO_EMPLOYER_ID = '6f1f6c1e-0000-4000-8000-000000000001';
const DEMO_APPLICATION_ID = '6f1f6c1e-0000-4000-8000-000000000201';

const xuhuiOfficer = { sub: 'officer-xuhui', role: Role.CENTRE_OFFICER, district: 'XUHUI' as const };
const pudongOfficer = { sub: 'officer-pudong', role: Role.CENTRE_OFFICER, district: 'PUDONG' as const };

const EMPLOYER_WITH_APPLICATIONS = `query($id: ID!) {
  employer(id: $id) { name district status applications { id kind state employer { name } } }
}`;

describe('the platform through the gateway (every subgraph its own process)', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    platform = await startPlatform();
  }, PLATFORM_START_MS);
  afterAll(() => platform?.stop(), 60_000);

  it('answers a query that crosses two subgraphs (employer-registration → application → employer-registration)', async () => {
    const res = await graphqlRequest(platform.gatewayUrl, EMPLOYER_WITH_APPLICATIONS, {
      variables: { id: DEMO_EMPLOYER_ID },
      token: await mintToken(xuhuiOfficer),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      employer: {
        name: '上海示例科技有限公司',
        district: 'XUHUI',
        status: 'APPROVED',
        applications: [
          {
            id: DEMO_APPLICATION_ID,
            kind: 'NEW',
            state: 'DRAFT',
            employer: { name: '上海示例科技有限公司' },
          },
        ],
      },
    });
  });

  it("shows another district's officer nothing of it", async () => {
    const res = await graphqlRequest(platform.gatewayUrl, EMPLOYER_WITH_APPLICATIONS, {
      variables: { id: DEMO_EMPLOYER_ID },
      token: await mintToken(pudongOfficer),
    });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(res.data).toEqual({ employer: null });
  });

  it('answers public operations without a token and refuses the rest', async () => {
    const districts = await graphqlRequest<{ districts: unknown[] }>(
      platform.gatewayUrl,
      '{ districts { code name } }',
    );
    expect(districts.data?.districts).toHaveLength(16);
    const refused = await graphqlRequest(platform.gatewayUrl, EMPLOYER_WITH_APPLICATIONS, {
      variables: { id: DEMO_EMPLOYER_ID },
    });
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects a bad token at the gateway, before any subgraph', async () => {
    const res = await graphqlRequest(platform.gatewayUrl, '{ districts { code } }', { token: 'not-a-jwt' });
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a query that is far too deep or a body that is far too large', async () => {
    const deep = `{ employer(id: "${DEMO_EMPLOYER_ID}") { applications { employer { applications { employer { applications { employer { applications { employer { applications { id } } } } } } } } } } }`;
    const tooDeep = await graphqlRequest(platform.gatewayUrl, deep, { token: await mintToken(xuhuiOfficer) });
    expect(tooDeep.data ?? null).toBeNull();
    expect(tooDeep.errors?.[0]?.message).toMatch(/depth/i);

    const huge = await graphqlRequest(platform.gatewayUrl, `{ districts { code } } # ${'x'.repeat(200_000)}`);
    expect(huge.status).toBe(413);
    expect(errorCodes(huge)).toEqual(['BAD_USER_INPUT']);
  });

  it('makes subgraphs refuse requests that did not come through the gateway', async () => {
    const direct = await graphqlRequest(
      platform.subgraphUrls['employer-registration'],
      '{ districts { code } }',
    );
    expect(errorCodes(direct)).toEqual(['FORBIDDEN']);
    const signed = await graphqlRequest(
      platform.subgraphUrls['employer-registration'],
      '{ districts { code } }',
      {
        headers: { 'x-gateway-secret': platform.gatewaySecret },
      },
    );
    expect(signed.errors).toBeUndefined();
  });

  it('answers the rest of a query when one subgraph is down, naming the service and the path, nothing internal', async () => {
    await platform.stopService('scoring');
    const res = await graphqlRequest<{
      districts: unknown[];
      reviewQueueCounts: unknown[];
      ruleSets: unknown;
    }>(platform.gatewayUrl, '{ districts { code } reviewQueueCounts { state count } ruleSets { version } }', {
      token: await mintToken({ sub: 'hrss-admin', role: Role.HRSS_ADMIN }),
    });
    expect(res.data?.districts).toHaveLength(16);
    expect(Array.isArray(res.data?.reviewQueueCounts)).toBe(true);
    expect(res.data?.ruleSets).toBeNull();
    expect(res.errors).toEqual([
      {
        message: 'The scoring service is unavailable; try again shortly',
        path: ['ruleSets'],
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'scoring' },
      },
    ]);
    // One subgraph down does not take the gateway out of service.
    const ready = await fetch(platform.gatewayUrl.replace(/\/graphql$/, '/ready'));
    expect(ready.status).toBe(200);

    // A field nested under another subgraph's entity: the error names the service, not its address.
    await platform.stopService('application');
    const nested = await graphqlRequest(
      platform.gatewayUrl,
      `query($id: ID!) { employer(id: $id) { name applications { id } } }`,
      { variables: { id: DEMO_EMPLOYER_ID }, token: await mintToken(xuhuiOfficer) },
    );
    expect(nested.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName])).toEqual([
      ['SERVICE_UNAVAILABLE', 'application'],
    ]);
    expect(JSON.stringify(nested.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|https?:\/\//);
    const districts = await graphqlRequest<{ districts: unknown[] }>(
      platform.gatewayUrl,
      '{ districts { code } }',
    );
    expect(districts.data?.districts).toHaveLength(16);
  });
});
