import { Role, type AuthUser } from '@points/auth';
import { PiiCipher } from '@points/crypto';
import {
  deliverEvent,
  errorCodes,
  eventually,
  startSubgraphTestApp,
  statementsDuring,
  type SubgraphTestApp,
} from '@points/testing';
import { acceptedEvent, residentIdOf } from '../../test-support/fixtures';
import { AppModule } from '../app.module';
import { MIGRATIONS } from '../migrations';

const S = 'archive_verification';
const XUHUI: AuthUser = { sub: 'o-xh', role: Role.CENTRE_OFFICER, district: 'XUHUI' };
const PUDONG: AuthUser = { sub: 'o-pd', role: Role.CENTRE_OFFICER, district: 'PUDONG' };
const PAGE = 12;

const ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on VerificationCase { id district receiptNo } }
}`;
type Entities = { _entities: Array<{ id: string; district: string; receiptNo: string } | null> };

// Real PostgreSQL, Redis and worker processes on a shared machine: generous, not tight.
jest.setTimeout(60_000);

describe('archive-verification: VerificationCase references for the gateway', () => {
  let t: SubgraphTestApp;
  let xuhui: Array<{ id: string; receiptNo: string }>;
  let pudongCase: { id: string; receiptNo: string };

  beforeAll(async () => {
    t = await startSubgraphTestApp({
      service: 'archive-verification',
      createModule: (config) => AppModule.forRoot(config, { dispatchIntervalMs: 60_000 }),
      migrations: MIGRATIONS,
    });
    const cipher = t.app.get(PiiCipher);
    // A page of XUHUI acceptances and one of PUDONG, each opening its own case.
    for (let i = 0; i < PAGE; i++) {
      await deliverEvent(t, 'archive-verification', acceptedEvent(cipher, residentIdOf(300 + i)));
    }
    await deliverEvent(
      t,
      'archive-verification',
      acceptedEvent(cipher, residentIdOf(399), { district: 'PUDONG', archiveHolder: '浦东新区人才服务中心' }),
    );
    const rows = await eventually(async () => {
      const found: Array<{ id: string; district: string; receipt_no: string }> = await t.dataSource.query(
        `SELECT id, district, receipt_no FROM ${S}.verification_case ORDER BY receipt_no`,
      );
      return found.length === PAGE + 1 ? found : undefined;
    }, 45_000);
    xuhui = rows.filter((r) => r.district === 'XUHUI').map((r) => ({ id: r.id, receiptNo: r.receipt_no }));
    const p = rows.find((r) => r.district === 'PUDONG')!;
    pudongCase = { id: p.id, receiptNo: p.receipt_no };
  }, 90_000);
  afterAll(() => t.close());

  it(`resolves a page of ${PAGE} references in one read, each its own case, another district's staying hidden`, async () => {
    const asked = [...xuhui.slice(0, 5), pudongCase, ...xuhui.slice(5)];
    const variables = { r: asked.map(({ id }) => ({ __typename: 'VerificationCase', id })) };

    // The statements the subgraph sends while answering (its dispatcher polls other tables).
    const { result: page, statements } = await statementsDuring(t.dataSource, () =>
      t.gql<Entities>(ENTITIES, { variables, as: XUHUI }),
    );
    const caseReads = statements.filter((sql) => /"archive_verification"\."verification_case"/.test(sql));
    expect(caseReads.length).toBe(1);

    const seen = (c: { id: string; receiptNo: string }) => ({
      id: c.id,
      district: 'XUHUI',
      receiptNo: c.receiptNo,
    });
    expect(page.data?._entities).toEqual([...xuhui.slice(0, 5).map(seen), null, ...xuhui.slice(5).map(seen)]);
    expect(page.errors?.map((e) => [e.extensions?.['code'], e.path])).toEqual([
      ['NOT_FOUND', ['_entities', 5]],
    ]);

    // The other district at the same time: only its own case, no loader shared between the two.
    const [again, pudong] = await Promise.all([
      t.gql<Entities>(ENTITIES, { variables, as: XUHUI }),
      t.gql<Entities>(ENTITIES, { variables, as: PUDONG }),
    ]);
    expect(again.data?._entities.filter(Boolean)).toHaveLength(PAGE);
    expect(pudong.data?._entities).toEqual(
      asked.map((c) => (c.id === pudongCase.id ? { ...pudongCase, district: 'PUDONG' } : null)),
    );
    expect(errorCodes(pudong)).toHaveLength(PAGE);
  });

  it('refuses a malformed reference on its own and still resolves the one beside it', async () => {
    const mixed = await t.gql<Entities>(ENTITIES, {
      variables: {
        r: [
          { __typename: 'VerificationCase', id: 'not-a-uuid' },
          { __typename: 'VerificationCase', id: xuhui[0]!.id },
        ],
      },
      as: XUHUI,
    });
    expect(mixed.data?._entities).toEqual([null, { ...xuhui[0], district: 'XUHUI' }]);
    expect(errorCodes(mixed)).toEqual(['NOT_FOUND']);
  });
});
