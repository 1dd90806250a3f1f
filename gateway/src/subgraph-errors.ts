import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLFormattedError,
  OperationTypeNode,
  type OperationDefinitionNode,
} from 'graphql';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** What a client may see as it is: its own request's problems and the services' domain errors. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'RATE_LIMITED',
  SERVICE_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The error for a subgraph that did not answer: its name, never its address or the socket error. */
export function serviceUnavailable(serviceName: string): GraphQLError {
  return new GraphQLError(`The ${serviceName} service is unavailable; try again shortly`, {
    extensions: { code: SERVICE_UNAVAILABLE, serviceName },
  });
}

/**
 * Which subgraph resolves each root field (`Query.x` / `Mutation.x`), from the supergraph's
 * `@join__field(graph:)` and `@join__graph(name:)`.
 */
export function rootFieldOwners(supergraphSdl: string): Map<string, string> {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const name = value.directives
          ?.find((d) => d.name.value === 'join__graph')
          ?.arguments?.find((a) => a.name.value === 'name')?.value;
        if (name?.kind === Kind.STRING) graphNames.set(value.name.value, name.value);
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const type = definition;
    if (type.name.value !== 'Query' && type.name.value !== 'Mutation') continue;
    for (const field of type.fields ?? []) {
      const joins = (field.directives ?? []).filter((d) => d.name.value === 'join__field');
      if (joins.length !== 1) continue;
      const graph = joins[0]?.arguments?.find((a) => a.name.value === 'graph')?.value;
      const service = graph?.kind === Kind.ENUM ? graphNames.get(graph.value) : undefined;
      if (service) owners.set(`${type.name.value}.${field.name.value}`, service);
    }
  }
  return owners;
}

function rootSelections(
  document: DocumentNode,
  operationName: string | undefined | null,
): { type: string; fields: Array<{ name: string; key: string }> } | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return undefined;
  const type = operation.operation === OperationTypeNode.MUTATION ? 'Mutation' : 'Query';
  const fields = operation.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD ? [{ name: s.name.value, key: s.alias?.value ?? s.name.value }] : [],
  );
  return { type, fields };
}

/**
 * Errors as a client sees them from the gateway:
 * - a subgraph that did not answer gives one SERVICE_UNAVAILABLE error per root field it owns in
 *   the operation, with that field's `path` and the `serviceName` (the rest of `data` answers);
 * - anything that is not a client code (a subgraph's INTERNAL_SERVER_ERROR, the gateway's own
 *   DOWNSTREAM_SERVICE_ERROR) shows a generic message with its code and service, never the
 *   original text (database messages, internal addresses); the original is logged.
 */
export function subgraphErrorsPlugin(
  supergraphSdl: string,
  log: (message: string, error: GraphQLFormattedError) => void,
): ApolloServerPlugin<BaseContext> {
  const owners = rootFieldOwners(supergraphSdl);
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, document, operationName }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          if (!result.errors?.length) return Promise.resolve();
          const roots = document ? rootSelections(document, operationName) : undefined;
          const errors: GraphQLFormattedError[] = [];
          for (const error of result.errors) {
            const serviceName = error.extensions?.serviceName;
            if (
              error.extensions?.code === SERVICE_UNAVAILABLE &&
              !error.path &&
              roots &&
              typeof serviceName === 'string'
            ) {
              const owned = roots.fields.filter((f) => owners.get(`${roots.type}.${f.name}`) === serviceName);
              if (owned.length > 0) {
                for (const field of owned) errors.push({ ...error, path: [field.key] });
                continue;
              }
            }
            errors.push(masked(error, log));
          }
          result.errors = errors;
          return Promise.resolve();
        },
      });
    },
  };
}

function masked(
  error: GraphQLFormattedError,
  log: (message: string, error: GraphQLFormattedError) => void,
): GraphQLFormattedError {
  const code = error.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return error;
  log('internal error answered as INTERNAL_SERVER_ERROR', error);
  const serviceName = error.extensions?.serviceName;
  return {
    message: 'Internal server error',
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...(typeof serviceName === 'string' ? { serviceName } : {}),
    },
  };
}
