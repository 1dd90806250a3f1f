import { Role } from '@points/auth';
import { MAX_INPUT_STRING_LENGTH } from '@points/validation';
import {
  startNotificationTestKit,
  testSmsSettings,
  type NotificationTestKit,
} from '../test-support/notification-test-kit';

// The input check every subgraph runs (libs/subgraph InputCheckInterceptor), seen through this
// subgraph's own operations: each bad argument is BAD_USER_INPUT naming it, never a PostgreSQL error.
describe('notification: hostile arguments are refused before PostgreSQL', () => {
  let kit: NotificationTestKit;
  const admin = { sub: 'admin-1', role: Role.HRSS_ADMIN };

  beforeAll(async () => {
    kit = await startNotificationTestKit(testSmsSettings());
  });
  afterAll(() => kit.close());

  const refusal = async (query: string, variables: Record<string, unknown>) => {
    const res = await kit.t.gql(query, { variables, as: admin });
    expect(res.data?.[Object.keys(res.data ?? {})[0] ?? ''] ?? null).toBeNull();
    return res.errors?.map((e) => ({
      code: e.extensions?.code,
      field: e.extensions?.field,
      rule: e.extensions?.rule,
    }));
  };

  it('refuses an id that is not a UUID, naming the argument', async () => {
    expect(await refusal('mutation($id: ID!) { resendMessage(id: $id) { id } }', { id: '1' })).toEqual([
      { code: 'BAD_USER_INPUT', field: 'id', rule: 'UUID' },
    ]);
  });

  it.each([
    ['U+0000', 'abc\u0000', 'NO_NUL_CHARACTER'],
    ['a lone high surrogate', 'abc\ud800', 'WELL_FORMED_UNICODE'],
    ['a lone low surrogate', '\udc00abc', 'WELL_FORMED_UNICODE'],
    ['a string over the length limit', 'x'.repeat(MAX_INPUT_STRING_LENGTH + 1), 'MAX_LENGTH'],
  ])('refuses %s in a string argument', async (_what, after, rule) => {
    expect(
      await refusal('query($after: String) { messages(after: $after) { nodes { id } } }', { after }),
    ).toEqual([{ code: 'BAD_USER_INPUT', field: 'after', rule }]);
  });

  it('passes a well-formed id on to the service, which answers NOT_FOUND', async () => {
    const res = await kit.t.gql('mutation($id: ID!) { resendMessage(id: $id) { id } }', {
      variables: { id: '6f1f6c1e-0000-4000-8000-0000000000ff' },
      as: admin,
    });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
