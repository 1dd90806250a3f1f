import { GraphQLError } from 'graphql';
import { createGraphQLErrorFormatter } from './graphql-error.formatter';

describe('createGraphQLErrorFormatter', () => {
  const validation = new GraphQLError(
    'Cannot query field "applicaton" on type "Query". Did you mean "application" or "applications"?',
    {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    },
  );
  const formatted = { message: validation.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };

  it('drops field suggestions outside development, so a stranger cannot spell out the schema', () => {
    expect(createGraphQLErrorFormatter(false)(formatted, validation)).toEqual({
      message: 'Cannot query field "applicaton" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('keeps them in development', () => {
    expect(createGraphQLErrorFormatter(true)(formatted, validation).message).toMatch(
      /Did you mean "application"/,
    );
  });
});
