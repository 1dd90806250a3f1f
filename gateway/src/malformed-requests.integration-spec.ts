import { createHash } from 'node:crypto';
import { createTestRedis, type TestRedis } from '@points/testing';
import type { RunningGateway } from './gateway.server';
import { startLoneGateway } from './gateway.test-helper';

// No subgraph runs: every answer here comes from the gateway alone, as it must for a request
// that is the client's fault (nothing of it may reach a subgraph).

// Generous: the machine running the suite may be busy (each gateway start compiles the supergraph).
jest.setTimeout(30_000);
describe('gateway: malformed GraphQL is a 400 with a GraphQL error, never a 500', () => {
  let redis: TestRedis;
  let gateway: RunningGateway;

  beforeAll(async () => {
    redis = createTestRedis('gateway-malformed');
    gateway = await startLoneGateway(redis);
  });
  afterAll(async () => {
    await gateway.stop();
    await redis.cleanup();
  });

  const post = async (body: string) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const json = (await res.json()) as {
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    };
    return {
      status: res.status,
      codes: json.errors?.map((e) => e.extensions?.code),
      errors: json.errors ?? [],
    };
  };
  const query = (text: string, extra: Record<string, unknown> = {}) =>
    post(JSON.stringify({ query: text, ...extra }));

  it('answers a document that does not parse with GRAPHQL_PARSE_FAILED', async () => {
    expect(await query('{')).toMatchObject({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'] });
  });

  it('answers a document over the token limit with GRAPHQL_PARSE_FAILED naming the limit', async () => {
    const answer = await query(`{ districts { ${'code '.repeat(2_500)} } }`);
    expect(answer).toMatchObject({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'] });
    expect(answer.errors[0]?.message).toMatch(/more th\w+ 2000 tokens/i);
  });

  it('answers an invalid \\ud800 escape in a literal with GRAPHQL_PARSE_FAILED', async () => {
    // The GraphQL escape itself (backslash-u-d800 in the document), not a JSON one.
    expect(await query('{ verifyPointsNotice(code: "\\ud800") { valid } }')).toMatchObject({
      status: 400,
      codes: ['GRAPHQL_PARSE_FAILED'],
    });
  });

  it('answers U+0000 or a lone surrogate in a literal or a variable with BAD_USER_INPUT naming the argument', async () => {
    const literal = await query('{ verifyPointsNotice(code: "ab\\u0000") { valid } }');
    expect(literal).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(literal.errors[0]?.extensions).toMatchObject({ field: 'code', rule: 'NO_NUL_CHARACTER' });
    const variable = await query('query($c: String!) { verifyPointsNotice(code: $c) { valid } }', {
      variables: { c: 'ab\ud800' },
    });
    expect(variable).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(variable.errors[0]?.extensions).toMatchObject({ field: 'code', rule: 'WELL_FORMED_UNICODE' });
  });

  it('answers an id that is not a UUID with BAD_USER_INPUT naming the argument', async () => {
    const answer = await query('{ application(id: "1") { id } }');
    expect(answer).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(answer.errors[0]?.extensions).toMatchObject({ field: 'id', rule: 'UUID' });
  });

  it('answers two operations without operationName, or an unknown one, with OPERATION_RESOLUTION_FAILURE', async () => {
    const two = 'query A { districts { code } } query B { districts { code } }';
    expect(await query(two)).toMatchObject({ status: 400, codes: ['OPERATION_RESOLUTION_FAILURE'] });
    expect(await query(two, { operationName: 'C' })).toMatchObject({
      status: 400,
      codes: ['OPERATION_RESOLUTION_FAILURE'],
    });
  });

  it('answers a persisted-query hash that does not match the query with BAD_REQUEST', async () => {
    const wrongHash = createHash('sha256').update('something else').digest('hex');
    expect(
      await query('{ districts { code } }', {
        extensions: { persistedQuery: { version: 1, sha256Hash: wrongHash } },
      }),
    ).toMatchObject({ status: 400, codes: ['BAD_REQUEST'] });
  });

  it('answers a malformed GET the same way', async () => {
    const res = await fetch(`${gateway.url}?query=${encodeURIComponent('{')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
