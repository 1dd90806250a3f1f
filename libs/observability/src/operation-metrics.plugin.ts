import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { graphqlOperationDuration, operationLabel } from './metrics';

/** `ok`, or the code of the first error (BAD_USER_INPUT, FORBIDDEN, ...): bounded by the error catalogue. */
function outcomeOf(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): string {
  const first = errors?.[0];
  if (!first) return 'ok';
  const code = first.extensions?.code;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Records every GraphQL operation in `graphql_operation_duration_seconds` (operation, subgraph,
 * outcome): from the request's arrival to the response, parse and validation failures included
 * (their outcome is the error code Apollo gives them).
 */
export function operationMetricsPlugin<C extends BaseContext>(subgraph: string): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ request, response, operationName, errors }) {
          const name = operationName ?? request.operationName;
          // The errors as the caller gets them (formatted: the module's code mapped to extensions.code).
          const body = response.body;
          const responseErrors =
            (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors) ?? errors;
          graphqlOperationDuration.observe(
            { operation: operationLabel(name), subgraph, outcome: outcomeOf(responseErrors) },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
          return Promise.resolve();
        },
      });
    },
  };
}
