import { Role, type AuthUser } from '@points/auth';
import { mintToken } from '@points/testing';
import { limited, loadApiSchema, operationsOf } from '../support/authorization-matrix';
import { SEED } from '../support/authorization-matrix.fixtures';
import {
  hostileCallsOf,
  HostileClass,
  malformedDocuments,
  PROBE_RESIDENT_ID,
  residentIdsIn,
  tokensIn,
  type HostileRequest,
} from '../support/hostile-input';
import { PLATFORM_START_MS, startPlatform, type RunningPlatform } from '../support/platform';

/**
 * The fuzz suite (issue 16): malformed documents, wrong types, hostile strings, non-UUID ids,
 * out-of-range numbers and huge lists to every operation of the supergraph, through the gateway,
 * each with a token of a role the operation lets in. Bounded: a fixed set of requests (at most
 * PER_OPERATION per operation), four at a time. It fails on any 5xx, any INTERNAL_SERVER_ERROR,
 * an answer that is not a GraphQL error in JSON, any process down, or a log line (at info, every
 * request logged) holding a token or a resident ID. It prints what each class of bad input got.
 */
const PER_OPERATION = 24;
const CONCURRENCY = 4;

jest.setTimeout(400_000);

interface Answer {
  status: number;
  codes: string[];
  json: boolean;
  ms: number;
}

/** Who may call what: the seeded demo accounts (徐汇区, the demo employer and its applicant). */
const CALLERS: Array<[string, AuthUser | undefined]> = [
  ['HRSS', { sub: SEED.hrssId, role: Role.HRSS_ADMIN }],
  ['OFFICER', { sub: SEED.officerId, role: Role.CENTRE_OFFICER, district: 'XUHUI' }],
  ['SUPERVISOR', { sub: SEED.supervisorId, role: Role.CENTRE_SUPERVISOR, district: 'XUHUI' }],
  ['HR', { sub: SEED.hrId, role: Role.EMPLOYER_HR, employerId: SEED.employerId }],
  ['APPLICANT', { sub: SEED.applicantId, role: Role.APPLICANT, applicantId: SEED.applicantId }],
  ['VERIFIER', { sub: SEED.verifierId, role: Role.CITY_VERIFIER }],
  ['PUBLIC', undefined],
];

describe('hostile input through the gateway (fuzz)', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    platform = await startPlatform({ logLevel: 'info' });
  }, PLATFORM_START_MS);
  afterAll(() => platform?.stop(), 60_000);

  async function send(request: HostileRequest, token: string | undefined): Promise<Answer> {
    const started = Date.now();
    const headers: Record<string, string> = {
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
    let response: Response;
    if (request.method === 'GET') {
      const params = new URLSearchParams({ query: request.query ?? '' });
      if (request.variables) params.set('variables', JSON.stringify(request.variables));
      response = await fetch(`${platform.gatewayUrl}?${params.toString()}`, { headers });
    } else {
      const body =
        request.rawBody ??
        JSON.stringify({
          query: request.query,
          variables: request.variables,
          operationName: request.operationName,
          extensions: request.extensions,
        });
      response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
      });
    }
    const text = await response.text();
    const ms = Date.now() - started;
    try {
      const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
      const codes = (parsed.errors ?? []).map((e) =>
        typeof e.extensions?.code === 'string' ? e.extensions.code : 'NO_CODE',
      );
      return { status: response.status, codes, json: true, ms };
    } catch {
      return { status: response.status, codes: [], json: false, ms };
    }
  }

  it('answers every hostile request with a 4xx or a GraphQL error, never a 500, a crash or a leak in the logs', async () => {
    const schema = loadApiSchema();
    const tokens = new Map<string, string | undefined>();
    for (const [name, user] of CALLERS) tokens.set(name, user ? await mintToken(user) : undefined);

    // For each operation, the first caller its guard lets in (a sample call that is not refused).
    const operations = operationsOf(schema);
    const plans = await limited(
      operations.map((op) => async () => {
        const { base, calls } = hostileCallsOf(schema, op, PER_OPERATION);
        let chosen = 'HRSS';
        for (const [name] of CALLERS) {
          const answer = await send({ label: op, klass: HostileClass.WRONG_TYPE, ...base }, tokens.get(name));
          if (!answer.codes.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')) {
            chosen = name;
            break;
          }
        }
        return { op, caller: chosen, calls };
      }),
      CONCURRENCY,
    );

    const requests: Array<{ request: HostileRequest; caller: string }> = [
      ...malformedDocuments().map((request) => ({ request, caller: 'PUBLIC' })),
      ...plans.flatMap((plan) => plan.calls.map((request) => ({ request, caller: plan.caller }))),
    ];
    const started = Date.now();
    const answers = await limited(
      requests.map(
        ({ request, caller }) =>
          () =>
            send(request, tokens.get(caller)),
      ),
      CONCURRENCY,
    );
    const seconds = (Date.now() - started) / 1000;

    const failures: string[] = [];
    const byClass = new Map<string, Map<string, number>>();
    answers.forEach((answer, i) => {
      const { request, caller } = requests[i]!;
      const outcome = `HTTP ${answer.status} ${answer.json ? answer.codes.join('+') || 'data' : 'not JSON'}`;
      const counts = byClass.get(request.klass) ?? new Map<string, number>();
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      byClass.set(request.klass, counts);
      const bad =
        answer.status >= 500 ||
        !answer.json ||
        answer.codes.includes('INTERNAL_SERVER_ERROR') ||
        answer.codes.includes('NO_CODE');
      if (bad) failures.push(`${request.label} (as ${caller}): ${outcome}`);
    });

    const slowest = answers.reduce((a, b) => (b.ms > a.ms ? b : a));
    const summary = [
      `fuzz: ${requests.length} hostile requests (+ ${operations.length} operations probed for a caller) in ${seconds.toFixed(1)} s; slowest ${slowest.ms} ms (${requests[answers.indexOf(slowest)]?.request.label.slice(0, 80)})`,
      ...[...byClass].map(
        ([klass, counts]) =>
          `  ${klass}: ${[...counts]
            .sort((a, b) => b[1] - a[1])
            .map(([outcome, n]) => `${n}× ${outcome}`)
            .join(', ')}`,
      ),
    ].join('\n');
    console.log(summary);

    // Every process is still up and healthy.
    expect(platform.exited()).toEqual([]);
    for (const url of Object.values(platform.subgraphUrls))
      expect((await fetch(url.replace(/\/graphql$/, '/health'))).status).toBe(200);

    // No log line holds a token or a resident ID, and hostile input never logs an error.
    const leaks: string[] = [];
    let lines = 0;
    for (const [process, text] of Object.entries(platform.logs())) {
      for (const line of text.split('\n')) {
        lines += 1;
        if (tokensIn(line).length > 0) leaks.push(`${process}: token in ${line.slice(0, 300)}`);
        if (line.includes(PROBE_RESIDENT_ID) || residentIdsIn(line).length > 0)
          leaks.push(`${process}: resident ID in ${line.slice(0, 300)}`);
        if (/"level":(50|60)\b/.test(line)) leaks.push(`${process}: error logged: ${line.slice(0, 300)}`);
      }
    }

    // The logs were really read: at info the gateway alone writes a line per request.
    expect(lines).toBeGreaterThan(requests.length);
    expect(failures).toEqual([]);
    expect(leaks).toEqual([]);
  });
});
