// An API error as a person reads it: at the field it names (`extensions.field`, e.g.
// `input.hrSpecialists[0].mobile` → the form's ['hrSpecialists', 0, 'mobile']) or as one clear
// message (CONFLICT, FORBIDDEN, ...). Nothing here clears what was typed.
import type { CombinedError } from '@urql/core';
import { translate, type Language } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';

export type FieldPath = Array<string | number>;

export interface FieldProblem {
  /** The form's name path of the field (the operation's argument name dropped). */
  name: FieldPath;
  /** `extensions.rule`, e.g. TOO_SOON_AFTER_PERMIT. */
  rule?: string;
  message: string;
}

/** A page's own words for a rule the server names (the server's sentence is the fallback). */
export type Explain = (problem: FieldProblem) => string | undefined;

export interface Problem {
  /** The first error's `extensions.code`, or NETWORK when the gateway could not be reached. */
  code: string;
  message: string;
  fields: FieldProblem[];
}

// Arguments that carry a whole form: their name is not part of the form's field names.
const ARGUMENT_ROOTS = new Set(['input', 'form', 'profile']);

/** `input.socialInsurance[1].to` → ['socialInsurance', 1, 'to']. */
export function fieldPathOf(field: string): FieldPath {
  const path: FieldPath = [];
  for (const part of field.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      path.push(part);
      continue;
    }
    path.push(match[1] ?? part);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  if (path.length > 1 && typeof path[0] === 'string' && ARGUMENT_ROOTS.has(path[0])) path.shift();
  return path;
}

const CODE_MESSAGES: Record<string, MessageKey> = {
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  CONFLICT: 'error.conflict',
  NOT_FOUND: 'error.notFound',
  TOO_MANY_REQUESTS: 'error.tooManyRequests',
  INTERNAL_SERVER_ERROR: 'error.internal',
  NETWORK: 'error.network',
};

/** Every error of an answer: the field ones at their fields, the rest as the message. */
export function problemOf(error: CombinedError, language: Language, explain?: Explain): Problem {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { code: 'NETWORK', message: translate(language, 'error.network'), fields: [] };
  }
  const fields: FieldProblem[] = [];
  const messages: string[] = [];
  let code = 'INTERNAL_SERVER_ERROR';
  error.graphQLErrors.forEach((e, i) => {
    const extensions = e.extensions as { code?: unknown; field?: unknown; rule?: unknown };
    const errorCode = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    if (i === 0) code = errorCode;
    if (typeof extensions.field === 'string') {
      const problem: FieldProblem = {
        name: fieldPathOf(extensions.field),
        message: e.message,
        ...(typeof extensions.rule === 'string' ? { rule: extensions.rule } : {}),
      };
      fields.push({ ...problem, message: explain?.(problem) ?? e.message });
      return;
    }
    const known = CODE_MESSAGES[errorCode];
    // The server's own words say what conflicted or was refused; the code's sentence says what to do.
    messages.push(
      errorCode === 'BAD_USER_INPUT' || errorCode === 'CONFLICT' || errorCode === 'FORBIDDEN'
        ? `${known ? `${translate(language, known)} ` : ''}${e.message}`
        : known
          ? translate(language, known)
          : e.message,
    );
  });
  const message =
    messages.join(' ') ||
    (fields.length ? translate(language, 'error.fields', { count: fields.length }) : '');
  return { code, message, fields };
}
