import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { findInputProblem, type InputProblem } from '@points/validation';
import type { GatewayContext } from './gateway.server';

const badRequest = (message: string, extensions: Record<string, unknown>): GraphQLError =>
  new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });

/** The first argument anywhere in the operation (its fragments included) that the input check refuses. */
function firstInputProblem(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  definitions: readonly DefinitionNode[],
  variables: Record<string, unknown> | undefined,
): InputProblem | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  // Variables that do not fit their types are answered by execution, with Apollo's own 400.
  if (coerced.errors) return undefined;
  let found: InputProblem | undefined;
  const roots = [operation, ...definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  for (const root of roots) {
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!field || !parent || !node.arguments?.length) return undefined;
          try {
            found = findInputProblem(
              parent.name,
              field.name,
              field.args,
              getArgumentValues(field, node, coerced.coerced),
            );
          } catch {
            return undefined;
          }
          return found ? false : undefined;
        },
      }),
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * Requests that are the client's fault get a 400 with a GraphQL error, before any subgraph: an
 * operation that cannot be chosen (two without `operationName`, or a name that is not there) and
 * an argument the input check refuses (non-UUID id, U+0000, lone surrogate, over-long string).
 * The subgraphs run the same check for anything that reaches them another way.
 */
export function requestHygienePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(context: GraphQLRequestContextDidResolveOperation<GatewayContext>) {
          const { operation, document, schema, request } = context;
          if (!operation) {
            const message = request.operationName
              ? `Unknown operation named "${request.operationName.slice(0, 100)}"`
              : 'Must provide operationName when the document holds more than one operation';
            return Promise.reject(badRequest(message, { code: 'OPERATION_RESOLUTION_FAILURE' }));
          }
          const problem = firstInputProblem(schema, operation, document.definitions, request.variables);
          if (problem) {
            return Promise.reject(
              badRequest(problem.message, {
                code: 'BAD_USER_INPUT',
                field: problem.field,
                rule: problem.rule,
              }),
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * Apollo answers some refusals of the client's request (a persisted-query hash that does not
 * match) with HTTP 400 but no code, which would read as INTERNAL_SERVER_ERROR: name them BAD_REQUEST.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const status = (error as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http
    ?.status;
  if (
    formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' &&
    typeof status === 'number' &&
    status >= 400 &&
    status < 500
  ) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  }
  return formatted;
}
