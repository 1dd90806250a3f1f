import { GraphQLError } from 'graphql';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { createGraphQLErrorFormatter } from './graphql-error.formatter';

// What reaches a client when the database misbehaves, in development too (where other
// unexpected errors show their message).
describe('database errors as clients see them', () => {
  const format = createGraphQLErrorFormatter(true, 'scoring');
  const asResolverError = (original: Error) =>
    new GraphQLError(original.message, { path: ['ruleSets'], originalError: original });

  it('PostgreSQL away: SERVICE_UNAVAILABLE naming the service, without the address', async () => {
    const client = new Client({ host: '127.0.0.1', port: 1, user: 'postgres' });
    client.on('error', () => undefined);
    const refused = (await client.connect().catch((e: unknown) => e)) as Error;
    const error = asResolverError(refused);
    const shown = format({ message: error.message, path: ['ruleSets'] }, error);
    expect(shown).toEqual({
      message: 'The scoring service cannot reach its database; try again shortly',
      path: ['ruleSets'],
      locations: undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'scoring' },
    });
  });

  it('"the database system is shutting down" and any SQL error: a generic message with a code', () => {
    const shutdown = Object.assign(new Error('the database system is shutting down'), {
      code: '57P03',
      severity: 'FATAL',
    });
    expect(format({ message: shutdown.message }, asResolverError(shutdown)).extensions?.code).toBe(
      'SERVICE_UNAVAILABLE',
    );
    const sqlError = new QueryFailedError(
      'SELECT * FROM scoring.rule_set WHERE version = $1',
      ['secret-param'],
      Object.assign(new Error('relation "scoring.rule_set" does not exist'), {
        code: '42P01',
        severity: 'ERROR',
      }),
    );
    const shown = format({ message: sqlError.message }, asResolverError(sqlError));
    expect(shown.message).toBe('Internal server error');
    expect(shown.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(shown)).not.toMatch(/rule_set|secret-param/);
  });
});

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
