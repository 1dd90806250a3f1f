import { AppException, GraphQLErrorCode } from '@points/errors';

/** One problem of a profile: the engine's FieldError, or one this service adds (e.g. no rule set in force). */
export interface ProfileProblem {
  field: string;
  rule: string;
  message: string;
}

export enum ScoreProfileExceptionCode {
  INVALID_PROFILE = 'INVALID_PROFILE',
  NO_RULE_SET_IN_FORCE = 'NO_RULE_SET_IN_FORCE',
}

const graphqlCodeOf: Record<ScoreProfileExceptionCode, GraphQLErrorCode> = {
  [ScoreProfileExceptionCode.INVALID_PROFILE]: GraphQLErrorCode.BAD_USER_INPUT,
  [ScoreProfileExceptionCode.NO_RULE_SET_IN_FORCE]: GraphQLErrorCode.BAD_USER_INPUT,
};

/** How many problems one answer lists: enough for a form, bounded for a hostile profile. */
export const MAX_LISTED_PROBLEMS = 20;

/**
 * A profile that cannot be scored. `field`/`rule` name the first problem (the contract's
 * `extensions.field`); `extensions.errors` lists the first `MAX_LISTED_PROBLEMS` problems, so a form
 * can mark them at once, and `extensions.errorCount` says how many there are in all.
 */
export class ScoreProfileException extends AppException<ScoreProfileExceptionCode> {
  constructor(
    code: ScoreProfileExceptionCode,
    readonly errors: readonly ProfileProblem[],
  ) {
    const [first] = errors;
    const others = errors.slice(1, MAX_LISTED_PROBLEMS).map((error) => error.field);
    const unnamed = errors.length - 1 - others.length;
    const message =
      errors.length <= 1
        ? (first?.message ?? 'The profile cannot be scored')
        : `${first?.message ?? ''} (and ${errors.length - 1} more: ${others.join(', ')}${unnamed > 0 ? `, …` : ''})`;
    super(message, code, graphqlCodeOf[code], { field: first?.field, rule: first?.rule });
  }

  override toExtensions(): Record<string, unknown> {
    return {
      ...super.toExtensions(),
      errors: this.errors
        .slice(0, MAX_LISTED_PROBLEMS)
        .map(({ field, rule, message }) => ({ field, rule, message })),
      errorCount: this.errors.length,
    };
  }
}
