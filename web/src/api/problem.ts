// An API error as a person reads it: at the field it names (`extensions.field`, e.g.
// `input.hrSpecialists[0].mobile` → the form's ['hrSpecialists', 0, 'mobile']) or as one clear
// message (CONFLICT, FORBIDDEN, ...), in the console's language, with the server's own sentence
// kept as the detail. Nothing here clears what was typed.
import type { CombinedError } from '@urql/core';
import { ERROR_CODE, ERROR_REASON, ERROR_RULE } from '@points/terms';
import { translate, type Language } from '../i18n/language';

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
  /** The console's own sentence, in the console's language (libs/terms' error terms). */
  message: string;
  fields: FieldProblem[];
  /** The server's sentences (English), shown under the message as the detail. */
  details?: string[];
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

type Sentences = Readonly<Record<string, readonly [string, string] | undefined>>;
const CODES: Sentences = ERROR_CODE;
const REASONS: Sentences = ERROR_REASON;
const RULES: Sentences = ERROR_RULE;

const inLanguage = (terms: readonly [string, string] | undefined, language: Language): string | undefined =>
  terms?.[language === 'zh' ? 0 : 1];

/**
 * The console's sentence for a refusal: by its module's reason (`extensions.reason`) if there is
 * one for it, else by its GraphQL code. Every code a subgraph or the gateway sends has one
 * (error-terms.spec.ts); an unknown one (a newer server) reads as a server error.
 */
export function refusalSentence(
  extensions: { code?: unknown; reason?: unknown },
  language: Language,
): string {
  const reason = typeof extensions.reason === 'string' ? REASONS[extensions.reason] : undefined;
  const code = typeof extensions.code === 'string' ? CODES[extensions.code] : undefined;
  return inLanguage(reason ?? code ?? CODES['INTERNAL_SERVER_ERROR'], language) ?? '';
}

/** Every error of an answer: the field ones at their fields, the rest as the message. */
export function problemOf(error: CombinedError, language: Language, explain?: Explain): Problem {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { code: 'NETWORK', message: translate(language, 'error.network'), fields: [], details: [] };
  }
  const fields: FieldProblem[] = [];
  const messages: string[] = [];
  const details: string[] = [];
  let code = 'INTERNAL_SERVER_ERROR';
  error.graphQLErrors.forEach((e, i) => {
    const extensions = e.extensions as { code?: unknown; reason?: unknown; field?: unknown; rule?: unknown };
    const errorCode = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    if (i === 0) code = errorCode;
    // The server's own sentence (English) names what was refused (a version, a date): it stays,
    // as the detail under the console's sentence. A server error's text says nothing to a person.
    if (errorCode !== 'INTERNAL_SERVER_ERROR' && e.message && !details.includes(e.message)) {
      details.push(e.message);
    }
    if (typeof extensions.field === 'string') {
      const problem: FieldProblem = {
        name: fieldPathOf(extensions.field),
        message: e.message,
        ...(typeof extensions.rule === 'string' ? { rule: extensions.rule } : {}),
      };
      // At the field: the page's own words, else the rule's, else the server's if it wrote them in
      // Chinese (some checks do, e.g. the archive holder's), else the reason's sentence.
      const ruleSentence = problem.rule ? inLanguage(RULES[problem.rule], language) : undefined;
      const serverChinese = language === 'zh' && /[\u4e00-\u9fff]/.test(e.message) ? e.message : undefined;
      fields.push({
        ...problem,
        message: explain?.(problem) ?? ruleSentence ?? serverChinese ?? refusalSentence(extensions, language),
      });
      return;
    }
    const sentence = refusalSentence(extensions, language);
    if (!messages.includes(sentence)) messages.push(sentence);
  });
  const message =
    messages.join(' ') ||
    (fields.length ? translate(language, 'error.fields', { count: fields.length }) : '');
  return { code, message, fields, details };
}
