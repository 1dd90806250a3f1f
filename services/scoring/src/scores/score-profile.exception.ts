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

/**
 * A profile that cannot be scored. `field`/`rule` name the first problem (the contract's
 * `extensions.field`); `extensions.errors` lists every problem, so a form can mark them all at once.
 */
export class ScoreProfileException extends AppException<ScoreProfileExceptionCode> {
  constructor(
    code: ScoreProfileExceptionCode,
    readonly errors: readonly ProfileProblem[],
  ) {
    const [first] = errors;
    const message =
      errors.length <= 1
        ? (first?.message ?? 'The profile cannot be scored')
        : `${first?.message ?? ''} (and ${errors.length - 1} more: ${errors
            .slice(1)
            .map((error) => error.field)
            .join(', ')})`;
    super(message, code, graphqlCodeOf[code], { field: first?.field, rule: first?.rule });
  }

  override toExtensions(): Record<string, unknown> {
    return {
      ...super.toExtensions(),
      errors: this.errors.map(({ field, rule, message }) => ({ field, rule, message })),
    };
  }
}
