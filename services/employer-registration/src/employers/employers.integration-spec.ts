import { randomUUID } from 'node:crypto';
import { Role } from '@points/auth';
import { SubgraphTelemetryService } from '@points/subgraph';
import { errorCodes, startSubgraphTestApp, statementsDuring, type SubgraphTestApp } from '@points/testing';
import { AppModule } from '../app.module';
import { MIGRATIONS } from '../migrations';
import { TestClock, testOptions } from '../test-support';

const XUHUI_EMPLOYER = '11111111-1111-4111-8111-111111111111';
const PUDONG_EMPLOYER = '22222222-2222-4222-8222-222222222222';

describe('employer-registration subgraph (foundation)', () => {
  let t: SubgraphTestApp;

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'employer-registration',
      createModule: (config) => AppModule.forRoot(config, testOptions(new TestClock(new Date()))),
      migrations: MIGRATIONS,
      // Any free port: /metrics has its own, apart from GraphQL's.
      config: { metricsPort: 0 },
    });
    await t.dataSource.query(
      `INSERT INTO employer_registration.employer (id, name, credit_code, district, status, version) VALUES
       ($1, '徐汇示例公司', 'CODE-XUHUI', 'XUHUI', 'APPROVED', 1),
       ($2, '浦东示例公司', 'CODE-PUDONG', 'PUDONG', 'APPROVED', 1)`,
      [XUHUI_EMPLOYER, PUDONG_EMPLOYER],
    );
  });
  afterAll(() => t.close());

  const employerQuery = `query($id: ID!) { employer(id: $id) { id name district status } }`;

  it('lists the 16 districts to anyone, without logging in', async () => {
    const res = await t.gql<{ districts: Array<{ code: string; name: string }> }>(
      `{ districts { code name } }`,
    );
    expect(res.data?.districts).toHaveLength(16);
    expect(res.data?.districts).toContainEqual({ code: 'PUDONG', name: '浦东新区' });
  });

  it('shows an officer the employers of their district only', async () => {
    const officer = { sub: 'o1', role: Role.CENTRE_OFFICER, district: 'XUHUI' as const };
    const own = await t.gql(employerQuery, { variables: { id: XUHUI_EMPLOYER }, as: officer });
    expect(own.data).toEqual({
      employer: { id: XUHUI_EMPLOYER, name: '徐汇示例公司', district: 'XUHUI', status: 'APPROVED' },
    });
    const other = await t.gql(employerQuery, { variables: { id: PUDONG_EMPLOYER }, as: officer });
    expect(errorCodes(other)).toEqual(['NOT_FOUND']);
    expect(other.data).toEqual({ employer: null });
  });

  it('shows HR their own employer and nothing else', async () => {
    const hr = { sub: 'h1', role: Role.EMPLOYER_HR, employerId: PUDONG_EMPLOYER };
    expect(
      (await t.gql(employerQuery, { variables: { id: PUDONG_EMPLOYER }, as: hr })).errors,
    ).toBeUndefined();
    expect(errorCodes(await t.gql(employerQuery, { variables: { id: XUHUI_EMPLOYER }, as: hr }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('refuses without a token, for a role with no access, and with a forged token', async () => {
    expect(errorCodes(await t.gql(employerQuery, { variables: { id: XUHUI_EMPLOYER } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const applicant = { sub: 'a1', role: Role.APPLICANT, applicantId: 'x' };
    expect(
      errorCodes(await t.gql(employerQuery, { variables: { id: XUHUI_EMPLOYER }, as: applicant })),
    ).toEqual(['FORBIDDEN']);
    const forged = await t.gql(employerQuery, {
      variables: { id: XUHUI_EMPLOYER },
      headers: { authorization: 'Bearer eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln' },
    });
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
  });

  it('resolves an Employer reference for the gateway with the same scoping', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Employer { id name } } }`;
    const variables = { r: [{ __typename: 'Employer', id: XUHUI_EMPLOYER }] };
    const hrss = await t.gql(query, { variables, as: { sub: 'x', role: Role.HRSS_ADMIN } });
    expect(hrss.data).toEqual({ _entities: [{ id: XUHUI_EMPLOYER, name: '徐汇示例公司' }] });
    const otherDistrict = await t.gql(query, {
      variables,
      as: { sub: 'o', role: Role.CENTRE_OFFICER, district: 'PUDONG' },
    });
    expect(errorCodes(otherDistrict)).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(query, { variables }))).toEqual(['UNAUTHENTICATED']);
  });

  it('resolves a page of 30 Employer references in one read, each its own row, another district staying hidden', async () => {
    // A queue page as the gateway asks for it: 30 XUHUI items, each with its own employer, and one
    // PUDONG employer among them that a XUHUI officer may not see.
    const xuhui = Array.from({ length: 30 }, (_, i) => ({
      id: randomUUID(),
      name: `徐汇批量单位${i + 1}`,
      creditCode: `BATCH-XUHUI-${i + 1}`,
    }));
    for (const e of xuhui) {
      await t.dataSource.query(
        `INSERT INTO employer_registration.employer (id, name, credit_code, district, status, version)
         VALUES ($1, $2, $3, 'XUHUI', 'APPROVED', 1)`,
        [e.id, e.name, e.creditCode],
      );
    }
    const ids = [
      ...xuhui.slice(0, 15).map((e) => e.id),
      PUDONG_EMPLOYER,
      ...xuhui.slice(15).map((e) => e.id),
    ];
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Employer { id name district } } }`;
    const variables = { r: ids.map((id) => ({ __typename: 'Employer', id })) };
    type Entities = { _entities: Array<{ id: string; name: string; district: string } | null> };
    const officer = { sub: 'o1', role: Role.CENTRE_OFFICER, district: 'XUHUI' as const };

    // The statements the subgraph sends while answering (its outbox relay polls other tables).
    const { result: page, statements } = await statementsDuring(t.dataSource, () =>
      t.gql<Entities>(query, { variables, as: officer }),
    );
    expect(statements.filter((sql) => /"employer_registration"\."employer"/.test(sql)).length).toBe(1);

    const expected = xuhui.map((e) => ({ id: e.id, name: e.name, district: 'XUHUI' }));
    expect(page.data?._entities).toEqual([...expected.slice(0, 15), null, ...expected.slice(15)]);
    expect(page.errors?.map((e) => [e.extensions?.['code'], e.path])).toEqual([
      ['NOT_FOUND', ['_entities', 15]],
    ]);

    // HR of one of them at the same time: its own employer only, no cache shared with the officer.
    const hr = { sub: 'h1', role: Role.EMPLOYER_HR, employerId: xuhui[3]!.id };
    const [again, own] = await Promise.all([
      t.gql<Entities>(query, { variables, as: officer }),
      t.gql<Entities>(query, { variables, as: hr }),
    ]);
    expect(again.data?._entities.filter(Boolean)).toHaveLength(30);
    expect(own.data?._entities.map((e) => e?.name ?? null)).toEqual(
      ids.map((id) => (id === xuhui[3]!.id ? '徐汇批量单位4' : null)),
    );

    // A malformed reference is refused on its own; the valid one beside it still resolves.
    const mixed = await t.gql<Entities>(query, {
      variables: {
        r: [
          { __typename: 'Employer', id: 'not-a-uuid' },
          { __typename: 'Employer', id: xuhui[0]!.id },
        ],
      },
      as: officer,
    });
    expect(mixed.data?._entities).toEqual([null, expected[0]]);
    expect(errorCodes(mixed)).toEqual(['NOT_FOUND']);
  });

  it('answers /health and /ready on its port, and /metrics only on its metrics port', async () => {
    const base = t.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { postgres: 'up', redis: 'up' } });
    expect((await fetch(`${base}/metrics`)).status).toBe(404);

    await t.gql('query Districts { districts { code } }');
    const metricsPort = t.app.get(SubgraphTelemetryService).metricsPort();
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toContain('process_cpu_user_seconds_total');
    const line = (name: string, ...labels: string[]): string | undefined =>
      metrics.split('\n').find((l) => l.startsWith(`${name}{`) && labels.every((label) => l.includes(label)));
    expect(
      line(
        'graphql_operation_duration_seconds_count',
        'operation="Districts"',
        'subgraph="employer-registration"',
        'outcome="ok"',
      ),
    ).toMatch(/ [1-9]\d*$/);
    // Its queue, counted in Redis at scrape time.
    expect(line('queue_jobs', 'queue="employer-registration.events"', 'state="waiting"')).toMatch(/ 0$/);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/graphql`)).status).toBe(404);
  });
});
