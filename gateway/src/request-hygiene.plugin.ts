import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  getArgumentValues,
  GraphQLError,
  isInputType,
  Kind,
  typeFromAST,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { findInputProblem, type InputProblem } from '@points/validation';
import type { GatewayContext } from './gateway.server';

const badRequest = (message: string, extensions: Record<string, unknown>): GraphQLError =>
  new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });

/** A field of the operation that takes arguments, with what checking its arguments needs. */
interface ArgumentSite {
  parent: GraphQLNamedType;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/**
 * The fields with arguments of one operation (its fragments included), found once per document:
 * Apollo keeps the parsed document of a known query, so this walk with TypeInfo is not repeated
 * on every request (it was, with a second coercion of every variable, ~8% of the gateway's CPU).
 */
const sitesByDocument = new WeakMap<DocumentNode, Map<OperationDefinitionNode, ArgumentSite[]>>();

function argumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentSite[] {
  let byOperation = sitesByDocument.get(document);
  if (!byOperation)
    sitesByDocument.set(document, (byOperation = new Map<OperationDefinitionNode, ArgumentSite[]>()));
  const known = byOperation.get(operation);
  if (known) return known;
  const sites: ArgumentSite[] = [];
  const roots = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  for (const root of roots) {
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (field && parent && node.arguments?.length) sites.push({ parent, field, node });
        },
      }),
    );
  }
  byOperation.set(operation, sites);
  return sites;
}

/**
 * The first argument anywhere in the operation that the input check refuses. Variables are
 * checked as sent (with their declared defaults), not coerced: the check looks only at strings
 * and ids, which coercion leaves as they are, and execution coerces them anyway (a variable that
 * does not fit its type is answered there, with Apollo's own 400).
 */
function firstInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): InputProblem | undefined {
  const sites = argumentSites(schema, document, operation);
  if (sites.length === 0) return undefined;
  const values: Record<string, unknown> = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] !== undefined || !definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type);
    if (type && isInputType(type)) values[name] = valueFromAST(definition.defaultValue, type);
  }
  for (const { parent, field, node } of sites) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, values);
    } catch {
      continue;
    }
    const found = findInputProblem(parent.name, field.name, field.args, args);
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
          const problem = firstInputProblem(schema, document, operation, request.variables);
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
