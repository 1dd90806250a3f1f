import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { isUuid } from './uuid.validator';

/** Longest string any argument may carry; the longest real ones (notes, reasons) stay under 1,000. */
export const MAX_INPUT_STRING_LENGTH = 2_000;

/**
 * `ID` arguments that are not row ids: BullMQ job ids (`task-<uuid>`). Every other `ID` names a
 * uuid column, so anything else can match nothing and would reach PostgreSQL as a 22P02 error.
 */
export const NON_UUID_ID_ARGUMENTS: ReadonlySet<string> = new Set(['Mutation.retryVerificationJob.jobId']);

export type InputRule = 'UUID' | 'NO_NUL_CHARACTER' | 'WELL_FORMED_UNICODE' | 'MAX_LENGTH';

export interface InputProblem {
  /** The argument path, e.g. `input.form.employment[0].title`. */
  field: string;
  rule: InputRule;
  message: string;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored: PostgreSQL refuses U+0000 in text and json, and a lone surrogate
 * is not Unicode at all (it would fail in a json column or be stored silently as U+FFFD).
 */
export function stringProblem(value: string, field: string): InputProblem | undefined {
  if (value.length > MAX_INPUT_STRING_LENGTH) {
    return {
      field,
      rule: 'MAX_LENGTH',
      message: `${field} must be at most ${MAX_INPUT_STRING_LENGTH} characters long`,
    };
  }
  if (value.includes('\u0000')) {
    return {
      field,
      rule: 'NO_NUL_CHARACTER',
      message: `${field} must not contain the NUL character (U+0000)`,
    };
  }
  if (LONE_SURROGATE.test(value)) {
    return {
      field,
      rule: 'WELL_FORMED_UNICODE',
      message: `${field} must be well-formed Unicode (it holds a lone surrogate)`,
    };
  }
  return undefined;
}

/** Strings anywhere inside a custom scalar's value (JSON objects, dates, the `_Any` representations). */
function anyStringProblem(value: unknown, field: string): InputProblem | undefined {
  if (typeof value === 'string') return stringProblem(value, field);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = anyStringProblem(item, `${field}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = stringProblem(key, field) ?? anyStringProblem(item, `${field}.${key}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

function valueProblem(
  type: GraphQLInputType,
  value: unknown,
  field: string,
  uuidIds: boolean,
): InputProblem | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return valueProblem(type.ofType, value, field, uuidIds);
  if (isListType(type)) {
    // A single value given for a list is coerced to a one-item list.
    const items: unknown[] = Array.isArray(value) ? value : [value];
    for (const [i, item] of items.entries()) {
      const problem = valueProblem(type.ofType, item, `${field}[${i}]`, uuidIds);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return undefined;
    const fields = type.getFields();
    for (const [name, fieldDef] of Object.entries(fields)) {
      const problem = valueProblem(
        fieldDef.type,
        (value as Record<string, unknown>)[name],
        `${field}.${name}`,
        true,
      );
      if (problem) return problem;
    }
    return undefined;
  }
  if (isEnumType(type)) return undefined;
  if (isScalarType(type) && type.name === 'ID') {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (uuidIds && !isUuid(text)) {
      return {
        field,
        rule: 'UUID',
        message: `${field} must be an id (a UUID such as 6f1f6c1e-0000-4000-8000-000000000001)`,
      };
    }
    return stringProblem(text, field);
  }
  return anyStringProblem(value, field);
}

/**
 * The first argument value of one field that must not go further: a non-UUID id, a string with
 * U+0000 or a lone surrogate, or one longer than `MAX_INPUT_STRING_LENGTH`. `values` are the
 * coerced arguments; `parentTypeName` names the field's type for `NON_UUID_ID_ARGUMENTS`. The
 * gateway and every subgraph run this one check, so no resolver needs its own.
 */
export function findInputProblem(
  parentTypeName: string,
  fieldName: string,
  args: readonly GraphQLArgument[],
  values: Record<string, unknown>,
): InputProblem | undefined {
  for (const arg of args) {
    const uuidIds = !NON_UUID_ID_ARGUMENTS.has(`${parentTypeName}.${fieldName}.${arg.name}`);
    const problem = valueProblem(arg.type, values[arg.name], arg.name, uuidIds);
    if (problem) return problem;
  }
  return undefined;
}
