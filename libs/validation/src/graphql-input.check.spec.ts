import { buildSchema, type GraphQLObjectType } from 'graphql';
import { findInputProblem, MAX_INPUT_STRING_LENGTH } from './graphql-input.check';

const schema = buildSchema(`
  scalar JSON
  enum Kind { A B }
  input Period { from: String! to: String! base: Float }
  input Form { name: String, employerId: ID, periods: [Period!], kind: Kind, extra: JSON }
  type Query { application(id: ID!): Int, search(text: String, form: Form, ids: [ID!]): Int }
  type Mutation { retryVerificationJob(jobId: ID!): Int }
`);

const problemOf = (typeName: 'Query' | 'Mutation', field: string, values: Record<string, unknown>) => {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const def = type.getFields()[field]!;
  return findInputProblem(typeName, field, def.args, values);
};

describe('findInputProblem', () => {
  const uuid = '6f1f6c1e-0000-4000-8000-000000000001';

  it('refuses an id that is not a UUID, at any depth, naming the path', () => {
    expect(problemOf('Query', 'application', { id: '1' })).toMatchObject({ field: 'id', rule: 'UUID' });
    expect(problemOf('Query', 'search', { ids: [uuid, "1' OR 1=1"] })).toMatchObject({
      field: 'ids[1]',
      rule: 'UUID',
    });
    expect(problemOf('Query', 'search', { form: { employerId: 'x' } })).toMatchObject({
      field: 'form.employerId',
      rule: 'UUID',
    });
  });

  it('lets through the job ids that are not row ids', () => {
    expect(problemOf('Mutation', 'retryVerificationJob', { jobId: `task-${uuid}` })).toBeUndefined();
  });

  it('refuses U+0000, lone surrogates and over-long strings anywhere, custom scalars included', () => {
    expect(problemOf('Query', 'search', { text: 'a\u0000' })).toMatchObject({
      field: 'text',
      rule: 'NO_NUL_CHARACTER',
    });
    expect(
      problemOf('Query', 'search', { form: { periods: [{ from: '2020-01', to: '\ud800' }] } }),
    ).toMatchObject({
      field: 'form.periods[0].to',
      rule: 'WELL_FORMED_UNICODE',
    });
    // A raw variable with a string where a number belongs: refused here, by name, before coercion
    // would quote it in its own message.
    expect(
      problemOf('Query', 'search', {
        form: { periods: [{ from: '2020-01', to: '2020-01', base: 'x\u0000' }] },
      }),
    ).toMatchObject({ field: 'form.periods[0].base', rule: 'NO_NUL_CHARACTER' });
    expect(problemOf('Query', 'search', { form: { extra: { deep: ['ok', '\udc00'] } } })).toMatchObject({
      field: 'form.extra.deep[1]',
      rule: 'WELL_FORMED_UNICODE',
    });
    expect(problemOf('Query', 'search', { text: 'x'.repeat(MAX_INPUT_STRING_LENGTH + 1) })).toMatchObject({
      field: 'text',
      rule: 'MAX_LENGTH',
    });
    expect(problemOf('Query', 'search', { text: 'a'.repeat(MAX_INPUT_STRING_LENGTH) })).toBeUndefined();
  });

  it('accepts ordinary input: Chinese, emoji (a surrogate pair), enums, nulls', () => {
    expect(
      problemOf('Query', 'search', {
        text: '上海示例科技有限公司 😀',
        form: { name: null, kind: 'A', periods: [], extra: { n: 1 } },
        ids: [uuid],
      }),
    ).toBeUndefined();
  });
});
