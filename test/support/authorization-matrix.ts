// The machinery of the authorization matrix (test/e2e/authorization-matrix.e2e-spec.ts): the
// supergraph's operations, a document per operation generated from its schema, and the
// classification of an answer into the outcome the table expects.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** An answer as the gateway sends it. */
export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

const SUPERGRAPH = path.resolve(__dirname, '../../gateway/supergraph.graphql');

/** What clients see: the supergraph without the join/link machinery (federation's own API-schema extraction). */
export function loadApiSchema(file = SUPERGRAPH): GraphQLSchema {
  return Supergraph.build(fs.readFileSync(file, 'utf8')).apiSchema().toGraphQLJSSchema();
}

/** Every root field as `Query.x` / `Mutation.y`. */
export function operationsOf(schema: GraphQLSchema): string[] {
  const names = (kind: 'Query' | 'Mutation'): string[] => {
    const type = kind === 'Query' ? schema.getQueryType() : schema.getMutationType();
    return type ? Object.keys(type.getFields()).map((f) => `${kind}.${f}`) : [];
  };
  return [...names('Query'), ...names('Mutation')];
}

function rootField(schema: GraphQLSchema, op: string): GraphQLField<unknown, unknown> {
  const [kind, name = ''] = op.split('.');
  const type = kind === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const field = type?.getFields()[name];
  if (!field) throw new Error(`${op} is not in the supergraph`);
  return field;
}

/** A plausible value of a type: the first enum value, a fresh UUID for an ID, required input fields filled. */
export function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) return completeInput(type, {});
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
        return '2026-01-01';
      case 'DateTime':
        return '2026-01-01T00:00:00Z';
      default:
        return 'x';
    }
  }
  return null;
}

/** A row's (partial) input object with every required field it left out filled with a sample. */
function completeInput(type: GraphQLInputType, value: unknown): unknown {
  const named = isNonNullType(type) ? type.ofType : type;
  if (!isInputObjectType(named) || typeof value !== 'object' || value === null || Array.isArray(value))
    return value;
  const given = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of Object.values(named.getFields())) {
    if (field.name in given) out[field.name] = completeInput(field.type, given[field.name]);
    else if (isNonNullType(field.type) && field.defaultValue === undefined)
      out[field.name] = sampleValue(field.type);
  }
  return out;
}

/**
 * `__typename`, the ids (`id`, `…Id`) of a type, and for wrappers without an id (pages,
 * connections, results) the same of what they hold: enough to tell who answered and whether a
 * record of someone else leaked into the answer, without touching fields with their own rules.
 */
function selectionOf(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return ' { __typename }';
  const fields = Object.values(type.getFields()).filter((f) =>
    f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
  );
  const parts = ['__typename'];
  for (const f of fields) {
    const named = getNamedType(f.type);
    if (isLeafType(named) && (f.name === 'id' || /Id$/.test(f.name))) parts.push(f.name);
  }
  if (!('id' in type.getFields()) && depth < 3) {
    for (const f of fields) {
      const named = getNamedType(f.type);
      if (isObjectType(named)) parts.push(`${f.name}${selectionOf(named, depth + 1)}`);
    }
  }
  return ` { ${parts.join(' ')} }`;
}

export interface OperationCall {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The operation as a client would send it: every argument a variable; the row's values where it
 * gives them, a sample for any other required argument (and required input fields it left out).
 */
export function documentFor(
  schema: GraphQLSchema,
  op: string,
  args: Record<string, unknown> = {},
): OperationCall {
  const field = rootField(schema, op);
  const unknown = Object.keys(args).filter((a) => !field.args.some((f) => f.name === a));
  if (unknown.length > 0) throw new Error(`${op} has no argument(s) ${unknown.join(', ')}`);
  const definitions: string[] = [];
  const passed: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    let value: unknown;
    if (arg.name in args) value = completeInput(arg.type, args[arg.name]);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) value = sampleValue(arg.type);
    else continue;
    definitions.push(`$${arg.name}: ${String(arg.type)}`);
    passed.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = value;
  }
  const [kind, name] = op.split('.');
  const query = `${kind === 'Query' ? 'query' : 'mutation'} Matrix${definitions.length ? `(${definitions.join(', ')})` : ''} { ${name}${passed.length ? `(${passed.join(', ')})` : ''}${selectionOf(getNamedType(field.type))} }`;
  return { query, variables };
}

/** What the table says a caller gets. */
export enum Outcome {
  /** Past the authorization layer: data, or a domain refusal (BAD_USER_INPUT, CONFLICT; NOT_FOUND only for a made-up target). */
  ALLOWED = 'ALLOWED',
  /** No token: UNAUTHENTICATED. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** Wrong role, or someone else's district/employer/person: FORBIDDEN or NOT_FOUND, never the data. */
  FORBIDDEN_OR_NOT_FOUND = 'FORBIDDEN_OR_NOT_FOUND',
  /** A caller-relative operation run by someone from elsewhere: any answer about their own scope, never ours. */
  OWN_SCOPE_ONLY = 'OWN_SCOPE_ONLY',
}

/** Short forms for the table: A, U, D, O. */
export const OUTCOME_OF: Record<string, Outcome> = {
  A: Outcome.ALLOWED,
  U: Outcome.UNAUTHENTICATED,
  D: Outcome.FORBIDDEN_OR_NOT_FOUND,
  O: Outcome.OWN_SCOPE_ONLY,
};

export interface Verdict {
  ok: boolean;
  /** How the answer reads, e.g. `data`, `NOT_FOUND/APPLICATION_NOT_FOUND "No application … you can see"`. */
  got: string;
}

function reasonOf(reason: unknown): string {
  return typeof reason === 'string' ? reason : '-';
}

function describe(result: GraphQLResult<unknown>): string {
  if (!result.errors?.length) return 'data';
  return result.errors
    .map(
      (e) => `${String(e.extensions?.code)}/${reasonOf(e.extensions?.reason)} "${e.message.slice(0, 140)}"`,
    )
    .join('; ');
}

/**
 * Whether an answer is the outcome expected. `leakIds`: records of the home scope that a caller
 * from elsewhere must never receive (checked in `data` only: a message may name the id asked for).
 */
export function judge(
  result: GraphQLResult<unknown>,
  expected: Outcome,
  options: { field: string; fakeTarget?: boolean; leakIds?: readonly string[] },
): Verdict {
  const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
  const payload = (result.data as Record<string, unknown> | null | undefined)?.[options.field];
  const dataText = JSON.stringify(result.data ?? null);
  const leaked = (options.leakIds ?? []).filter((id) => dataText.includes(id));
  const got = describe(result) + (leaked.length ? ` LEAKED ${leaked.join(', ')}` : '');
  if (leaked.length > 0) return { ok: false, got };
  // A document the gateway refuses, or a crash, is a broken row, never an authorization answer.
  const broken = codes.some(
    (c) => !['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'].includes(c),
  );
  if (broken) return { ok: false, got };
  const empty = payload === undefined || payload === null;
  switch (expected) {
    case Outcome.ALLOWED: {
      const fine = new Set(['BAD_USER_INPUT', 'CONFLICT', ...(options.fakeTarget ? ['NOT_FOUND'] : [])]);
      return { ok: codes.every((c) => fine.has(c)), got };
    }
    case Outcome.UNAUTHENTICATED:
      return { ok: codes.length > 0 && codes.every((c) => c === 'UNAUTHENTICATED') && empty, got };
    case Outcome.FORBIDDEN_OR_NOT_FOUND:
      return {
        ok: codes.length > 0 && codes.every((c) => c === 'FORBIDDEN' || c === 'NOT_FOUND') && empty,
        got,
      };
    case Outcome.OWN_SCOPE_ONLY:
      return { ok: !codes.includes('UNAUTHENTICATED'), got };
  }
}

/** Runs `tasks` with at most `limit` at a time; results in order. */
export async function limited<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
