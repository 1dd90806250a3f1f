// The hostile inputs of the fuzz suite (test/e2e/hostile-input.e2e-spec.ts): for every operation of
// the supergraph, its well-formed call (authorization-matrix's documentFor) with one argument or
// input field at a time replaced by something an attacker would send, plus malformed documents
// that belong to no operation. Deterministic: the same variants on every run.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { validateResidentId } from '@points/validation';
import { documentFor, sampleValue, type OperationCall } from './authorization-matrix';

/** A real-looking resident ID (GB 11643 check character valid): it must never appear in a log. */
export const PROBE_RESIDENT_ID = '110105194912310021';

/** The kinds of bad input, as the report names them. */
export enum HostileClass {
  MALFORMED_DOCUMENT = 'malformed document',
  WRONG_TYPE = 'wrong type',
  MISSING_REQUIRED = 'null for a required value',
  NON_UUID_ID = 'non-UUID id',
  HOSTILE_STRING = 'hostile string (U+0000, lone surrogate, 10,000 characters, injection)',
  OUT_OF_RANGE_NUMBER = 'out-of-range number',
  UNKNOWN_ENUM = 'unknown enum value',
  IMPOSSIBLE_DATE = 'impossible date',
  HUGE_LIST = 'huge list (1,000 items)',
}

export interface HostileRequest {
  label: string;
  klass: HostileClass;
  /** The operation it targets (`Query.x`), or undefined for documents that belong to none. */
  op?: string;
  method?: 'GET' | 'POST';
  /** A raw body (for bodies that are not JSON of a query), else `query` and `variables`. */
  rawBody?: string;
  query?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
  operationName?: string;
}

const HOSTILE_STRINGS: Array<[string, string]> = [
  ['U+0000', 'abc\u0000def'],
  ['lone high surrogate', 'abc\ud800'],
  ['lone low surrogate', '\udc00abc'],
  ['10,000 characters', 'x'.repeat(10_000)],
  ['SQL injection', "x' OR '1'='1'; DROP TABLE account; --"],
  ['format string and markup', '%s%n%x<script>alert(1)</script>{{7*7}}${7*7}'],
];
const HOSTILE_IDS: Array<[string, string]> = [
  ['"1"', '1'],
  ['an injection', "00000000-0000-0000-0000-000000000000' OR 1=1 --"],
  ['U+0000 inside a UUID', '6f1f6c1e-0000-4000-8000-00000000\u00000001'],
];
const HOSTILE_NUMBERS: Array<[string, number]> = [
  ['2^31 (beyond Int)', 2_147_483_648],
  ['-2^31', -2_147_483_648],
  ['1e308', 1e308],
  ['-1', -1],
];
const IMPOSSIBLE_DATES = ['2023-02-30', '0000-00-00', '9999-12-31T99:99:99Z', '2024-13'];

interface Slot {
  /** Where the value sits in the variables, e.g. ['input', 'form', 'mobile']. */
  path: Array<string | number>;
  type: GraphQLInputType;
  name: string;
}

/** Every argument and input field (two levels deep) of a call, with its type. */
function slotsOf(type: GraphQLInputType, path: Array<string | number>, name: string, depth: number): Slot[] {
  const slots: Slot[] = [{ path, type, name }];
  const named = getNamedType(type);
  if (depth < 2 && isInputObjectType(named)) {
    const list = isListType(isNonNullType(type) ? type.ofType : type);
    for (const field of Object.values(named.getFields())) {
      slots.push(...slotsOf(field.type, [...path, ...(list ? [0] : []), field.name], field.name, depth + 1));
    }
  }
  return slots;
}

function withValue(
  variables: Record<string, unknown>,
  path: Array<string | number>,
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(variables);
  let node: Record<string | number, unknown> = copy;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      node[key] = value;
      break;
    }
    const next = node[key];
    if (next === null || typeof next !== 'object') {
      // The slot's parent is optional and was left out: fill it with a sample first.
      node[key] = typeof path[i + 1] === 'number' ? [{}] : {};
    }
    node = node[key] as Record<string | number, unknown>;
  }
  return copy;
}

/** The bad values one slot gets, by its type. */
function mutationsOf(slot: Slot): Array<{ label: string; klass: HostileClass; value: unknown }> {
  const out: Array<{ label: string; klass: HostileClass; value: unknown }> = [];
  const nonNull = isNonNullType(slot.type);
  const inner: GraphQLInputType = isNonNullType(slot.type) ? slot.type.ofType : slot.type;
  if (nonNull) out.push({ label: 'null', klass: HostileClass.MISSING_REQUIRED, value: null });
  if (isListType(inner)) {
    const item = sampleValue(inner.ofType);
    out.push({
      label: '1,000 items',
      klass: HostileClass.HUGE_LIST,
      value: Array.from({ length: 1_000 }, () => item),
    });
    out.push({ label: 'an object for a list', klass: HostileClass.WRONG_TYPE, value: { not: 'a list' } });
    return out;
  }
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    out.push({ label: 'a string for an object', klass: HostileClass.WRONG_TYPE, value: 'not an object' });
    return out;
  }
  if (isEnumType(named)) {
    out.push({ label: 'NOT_A_VALUE', klass: HostileClass.UNKNOWN_ENUM, value: 'NOT_A_VALUE' });
    return out;
  }
  if (!isScalarType(named)) return out;
  switch (named.name) {
    case 'ID':
      for (const [label, value] of HOSTILE_IDS) out.push({ label, klass: HostileClass.NON_UUID_ID, value });
      break;
    case 'Int':
    case 'Float':
      for (const [label, value] of HOSTILE_NUMBERS)
        out.push({ label, klass: HostileClass.OUT_OF_RANGE_NUMBER, value });
      out.push({ label: 'a string for a number', klass: HostileClass.WRONG_TYPE, value: '12' });
      break;
    case 'Boolean':
      out.push({ label: 'a string for a boolean', klass: HostileClass.WRONG_TYPE, value: 'true' });
      break;
    case 'String':
      for (const [label, value] of HOSTILE_STRINGS)
        out.push({ label, klass: HostileClass.HOSTILE_STRING, value });
      // A real resident ID where one might go: it must never reach a log line.
      if (/resident|idNumber|username/i.test(slot.name))
        out.push({
          label: 'a real resident ID',
          klass: HostileClass.HOSTILE_STRING,
          value: PROBE_RESIDENT_ID,
        });
      out.push({ label: 'an object for a string', klass: HostileClass.WRONG_TYPE, value: { $gt: '' } });
      break;
    default:
      // Custom scalars: Date, DateTime, YearMonth, JSON.
      for (const value of IMPOSSIBLE_DATES)
        out.push({ label: value, klass: HostileClass.IMPOSSIBLE_DATE, value });
      out.push({ label: 'U+0000', klass: HostileClass.HOSTILE_STRING, value: '2024-01-01\u0000' });
      out.push({ label: 'a number for a scalar', klass: HostileClass.WRONG_TYPE, value: 20240101 });
  }
  return out;
}

/** At most `max` of `items`, spread evenly, so every slot of a big input has a chance. */
function spread<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)]!);
}

/** The hostile calls of one operation: its well-formed call with one slot at a time made bad. */
export function hostileCallsOf(
  schema: GraphQLSchema,
  op: string,
  perOperation: number,
): {
  base: OperationCall;
  calls: HostileRequest[];
} {
  const base = documentFor(schema, op);
  const [kind, name = ''] = op.split('.');
  const root = kind === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const field = root?.getFields()[name];
  const candidates: HostileRequest[] = [];
  for (const arg of field?.args ?? []) {
    for (const slot of slotsOf(arg.type, [arg.name], arg.name, 0)) {
      // The document declares only the arguments it passes; an optional one left out is added.
      const declared = arg.name in base.variables;
      const query = declared
        ? base.query
        : documentFor(schema, op, { [arg.name]: sampleValue(arg.type) }).query;
      const variables = declared ? base.variables : { ...base.variables, [arg.name]: sampleValue(arg.type) };
      for (const mutation of mutationsOf(slot)) {
        candidates.push({
          label: `${op} ${slot.path.join('.')} = ${mutation.label}`,
          klass: mutation.klass,
          op,
          query,
          variables: withValue(variables, slot.path, mutation.value),
        });
      }
    }
  }
  return { base, calls: spread(candidates, perOperation) };
}

/** Requests that are broken as GraphQL, whatever the operation. */
export function malformedDocuments(): HostileRequest[] {
  const klass = HostileClass.MALFORMED_DOCUMENT;
  const deep = `{ districts ${'{ code '.repeat(40)}${'}'.repeat(40)} }`;
  const aliases = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: districts { code }`).join(' ')} }`;
  return [
    { label: '"{"', klass, query: '{' },
    { label: 'empty query', klass, query: '' },
    { label: 'query is a number', klass, rawBody: JSON.stringify({ query: 42 }) },
    { label: 'body is not JSON', klass, rawBody: '{"query": "{ districts { code } }"' },
    { label: 'body is JSON null', klass, rawBody: 'null' },
    { label: 'a batch (array)', klass, rawBody: JSON.stringify([{ query: '{ districts { code } }' }]) },
    { label: 'over the token limit', klass, query: `{ districts { ${'code '.repeat(5_000)} } }` },
    {
      label: 'a \\ud800 escape in a literal',
      klass,
      query: '{ verifyPointsNotice(code: "\\ud800") { valid } }',
    },
    { label: 'U+0000 in a literal', klass, query: '{ verifyPointsNotice(code: "a\\u0000") { valid } }' },
    {
      label: 'a raw lone surrogate in the document',
      klass,
      query: '{ verifyPointsNotice(code: "\ud800") { valid } }',
    },
    {
      label: 'two operations, no operationName',
      klass,
      query: 'query A { districts { code } } query B { districts { code } }',
    },
    {
      label: 'an operationName that is not there',
      klass,
      query: 'query A { districts { code } }',
      operationName: 'B',
    },
    {
      label: 'a persisted-query hash that does not match',
      klass,
      query: '{ districts { code } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    },
    {
      label: 'an unknown persisted query',
      klass,
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    },
    { label: '40 levels deep', klass, query: deep },
    { label: '200 aliases', klass, query: aliases },
    {
      label: 'a fragment cycle',
      klass,
      query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    },
    { label: 'an unknown field', klass, query: '{ nope }' },
    {
      label: 'variables that are a string',
      klass,
      rawBody: JSON.stringify({ query: '{ districts { code } }', variables: '{}' }),
    },
    {
      label: 'a variable of the wrong type',
      klass,
      query: 'query($c: Int!) { verifyPointsNotice(code: $c) { valid } }',
      variables: { c: 1 },
    },
    { label: '@include with a string', klass, query: '{ districts @include(if: "yes") { code } }' },
    {
      label: 'a mutation over GET',
      klass,
      method: 'GET',
      query: 'mutation { login(username: "a", password: "b") { role } }',
    },
    { label: 'a body over 100 kB', klass, query: `{ districts { code } } # ${'x'.repeat(150_000)}` },
    {
      label: 'GET with a resident ID in the variables',
      klass,
      method: 'GET',
      query: 'query($r: String!) { applicationsByResidentId(residentId: $r) { id } }',
      variables: { r: PROBE_RESIDENT_ID },
    },
  ];
}

/** 18-character strings in `text` that are valid resident ID numbers (check character and date). */
export function residentIdsIn(text: string): string[] {
  return [...text.matchAll(/(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/g)]
    .map((m) => m[0])
    .filter((candidate) => validateResidentId(candidate).ok);
}

/** Compact JWTs (header.payload.signature, base64url, JSON header) in `text`. */
export function tokensIn(text: string): string[] {
  return [...text.matchAll(/eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}/g)].map((m) => m[0]);
}
