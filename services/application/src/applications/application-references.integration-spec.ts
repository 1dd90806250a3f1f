import { randomUUID } from 'node:crypto';
import { errorCodes, statementsDuring, type SubgraphTestApp } from '@points/testing';
import { applicantUser, hrOf, officer, startApplicationApp } from '../testing/application-test.fixtures';

const PAGE = 20;
const ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Application { id district state employer { id } } }
}`;
type Seen = { id: string; district: string; state: string; employer: { id: string } };
type Entities = { _entities: Array<Seen | null> };

describe('application subgraph: Application references for the gateway', () => {
  let t: SubgraphTestApp;
  // A page of XUHUI applications, each of its own employer and applicant, and one of PUDONG.
  const xuhui = Array.from({ length: PAGE }, () => ({
    id: randomUUID(),
    employerId: randomUUID(),
    applicantId: randomUUID(),
  }));
  const pudong = { id: randomUUID(), employerId: randomUUID(), applicantId: randomUUID() };

  beforeAll(async () => {
    t = await startApplicationApp();
    const insert = (a: typeof pudong, district: string) =>
      t.dataSource.query(
        `INSERT INTO application.application (id, employer_id, applicant_id, district, kind, state, version, queue_due, submitted_at)
         VALUES ($1, $2, $3, $4, 'NEW', 'ARCHIVE_REVIEW', 1, '2026-03-30', now())`,
        [a.id, a.employerId, a.applicantId, district],
      );
    for (const a of xuhui) await insert(a, 'XUHUI');
    await insert(pudong, 'PUDONG');
    // Generous: the suites may run on a busy machine.
  }, 60_000);
  afterAll(() => t?.close());

  const seen = (a: typeof pudong, district = 'XUHUI'): Seen => ({
    id: a.id,
    district,
    state: 'ARCHIVE_REVIEW',
    employer: { id: a.employerId },
  });

  it(`resolves a page of ${PAGE} references in one read, each its own application, another district's staying hidden`, async () => {
    const asked = [...xuhui.slice(0, 8), pudong, ...xuhui.slice(8)];
    const variables = { r: asked.map(({ id }) => ({ __typename: 'Application', id })) };

    // The statements the subgraph sends while answering (its outbox relay polls other tables).
    const { result: page, statements } = await statementsDuring(t.dataSource, () =>
      t.gql<Entities>(ENTITIES, { variables, as: officer('XUHUI') }),
    );
    expect(statements.filter((sql) => /"application"\."application"/.test(sql)).length).toBe(1);

    expect(page.data?._entities).toEqual([
      ...xuhui.slice(0, 8).map((a) => seen(a)),
      null,
      ...xuhui.slice(8).map((a) => seen(a)),
    ]);
    expect(page.errors?.map((e) => [e.extensions?.['code'], e.path])).toEqual([
      ['NOT_FOUND', ['_entities', 8]],
    ]);

    // HR of one employer and one applicant at the same time: only their own, no loader shared.
    const [again, hr, applicant] = await Promise.all([
      t.gql<Entities>(ENTITIES, { variables, as: officer('XUHUI') }),
      t.gql<Entities>(ENTITIES, { variables, as: hrOf(xuhui[3]!.employerId) }),
      t.gql<Entities>(ENTITIES, { variables, as: applicantUser(xuhui[11]!.applicantId) }),
    ]);
    expect(again.data?._entities.filter(Boolean)).toHaveLength(PAGE);
    expect(hr.data?._entities).toEqual(asked.map((a) => (a === xuhui[3] ? seen(a) : null)));
    expect(applicant.data?._entities).toEqual(asked.map((a) => (a === xuhui[11] ? seen(a) : null)));
    expect(errorCodes(applicant)).toHaveLength(PAGE);
  });

  it('refuses a malformed reference on its own and still resolves the one beside it', async () => {
    const mixed = await t.gql<Entities>(ENTITIES, {
      variables: {
        r: [
          { __typename: 'Application', id: 'not-a-uuid' },
          { __typename: 'Application', id: pudong.id },
        ],
      },
      as: officer('PUDONG'),
    });
    expect(mixed.data?._entities).toEqual([null, seen(pudong, 'PUDONG')]);
    expect(errorCodes(mixed)).toEqual(['NOT_FOUND']);
  });
});
