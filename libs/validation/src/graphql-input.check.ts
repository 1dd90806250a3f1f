import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputObjectType,
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
  const rule = stringRuleBroken(value);
  return rule ? problemOf(rule, field) : undefined;
}

/** The rule a string breaks, if any; the field's name is needed only then. */
function stringRuleBroken(value: string): Exclude<InputRule, 'UUID'> | undefined {
  if (value.length > MAX_INPUT_STRING_LENGTH) return 'MAX_LENGTH';
  if (value.includes('\u0000')) return 'NO_NUL_CHARACTER';
  if (LONE_SURROGATE.test(value)) return 'WELL_FORMED_UNICODE';
  return undefined;
}

function problemOf(rule: InputRule, field: string): InputProblem {
  switch (rule) {
    case 'MAX_LENGTH':
      return { field, rule, message: `${field} must be at most ${MAX_INPUT_STRING_LENGTH} characters long` };
    case 'NO_NUL_CHARACTER':
      return { field, rule, message: `${field} must not contain the NUL character (U+0000)` };
    case 'WELL_FORMED_UNICODE':
      return { field, rule, message: `${field} must be well-formed Unicode (it holds a lone surrogate)` };
    case 'UUID':
      return {
        field,
        rule,
        message: `${field} must be an id (a UUID such as 6f1f6c1e-0000-4000-8000-000000000001)`,
      };
  }
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

/**
 * Where a value sits, as a chain from the argument down: the text (`input.periods[3].from`) is
 * built only for a problem. Built eagerly for every value, it was most of the check's cost on a
 * 72-period profile, at the gateway and again in the subgraph.
 */
interface ValuePath {
  readonly parent: ValuePath | undefined;
  readonly key: string | number;
}

function pathText(path: ValuePath): string {
  let text = '';
  for (let at: ValuePath | undefined = path; at; at = at.parent)
    text =
      typeof at.key === 'number'
        ? `[${at.key}]${text}`
        : at.parent
          ? `.${at.key}${text}`
          : `${at.key}${text}`;
  return text;
}

/**
 * An input object type's fields as an array, made once per type (schemas are built once). Every
 * field is walked, numbers included: a raw variable may carry a string where an Int belongs, and
 * it is refused here with the field's name before coercion would echo it in its own message.
 */
const fieldsByType = new WeakMap<GraphQLInputObjectType, ReadonlyArray<GraphQLInputField>>();

function fieldsOf(type: GraphQLInputObjectType): ReadonlyArray<GraphQLInputField> {
  let fields = fieldsByType.get(type);
  if (!fields) fieldsByType.set(type, (fields = Object.values(type.getFields())));
  return fields;
}

function valueProblem(
  type: GraphQLInputType,
  value: unknown,
  path: ValuePath,
  uuidIds: boolean,
): InputProblem | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return valueProblem(type.ofType, value, path, uuidIds);
  if (isListType(type)) {
    // A single value given for a list is coerced to a one-item list.
    if (!Array.isArray(value)) return valueProblem(type.ofType, value, { parent: path, key: 0 }, uuidIds);
    for (let i = 0; i < value.length; i++) {
      const problem = valueProblem(type.ofType, value[i], { parent: path, key: i }, uuidIds);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return undefined;
    for (const field of fieldsOf(type)) {
      const problem = valueProblem(
        field.type,
        (value as Record<string, unknown>)[field.name],
        { parent: path, key: field.name },
        true,
      );
      if (problem) return problem;
    }
    return undefined;
  }
  if (isEnumType(type)) return undefined;
  if (isScalarType(type) && type.name === 'ID') {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const rule = uuidIds && !isUuid(text) ? 'UUID' : stringRuleBroken(text);
    return rule ? problemOf(rule, pathText(path)) : undefined;
  }
  if (typeof value === 'string') {
    const rule = stringRuleBroken(value);
    return rule ? problemOf(rule, pathText(path)) : undefined;
  }
  // Numbers and booleans hold no text; a custom scalar's JSON value is walked (rare, small).
  if (typeof value !== 'object') return undefined;
  return anyStringProblem(value, pathText(path));
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
    const problem = valueProblem(arg.type, values[arg.name], { parent: undefined, key: arg.name }, uuidIds);
    if (problem) return problem;
  }
  return undefined;
}
