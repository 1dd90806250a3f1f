/**
 * The GraphQL error codes clients see in `extensions.code` (architecture.md, "Gateway and auth").
 */
export enum GraphQLErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** A dependency (a subgraph, a service's database) is not answering; try again shortly. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface AppExceptionOptions {
  /** The input field at fault, e.g. `profile.socialInsurance[1].to`. */
  field?: string;
  /** A stable rule name for the failure, e.g. `CHECK_CHARACTER`. */
  rule?: string;
  cause?: unknown;
}

/**
 * Base of every module's exception (twenty-style): a module declares `XException` with its own
 * `XExceptionCode` enum and maps each code to a GraphQL code; one formatter turns it into the
 * GraphQL error. Resolvers just throw.
 */
export abstract class AppException<TCode extends string = string> extends Error {
  readonly field?: string;
  readonly rule?: string;

  protected constructor(
    message: string,
    readonly code: TCode,
    readonly graphqlCode: GraphQLErrorCode,
    options: AppExceptionOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.field = options.field;
    this.rule = options.rule;
  }

  /** What goes into `extensions`: never a stack, never personal data. */
  toExtensions(): Record<string, unknown> {
    return {
      code: this.graphqlCode,
      reason: this.code,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.rule === undefined ? {} : { rule: this.rule }),
    };
  }
}

/** Input that breaks a rule: always names the field and the rule. */
export class InvalidInputException extends AppException<'INVALID_INPUT'> {
  constructor(field: string, rule: string, message: string) {
    super(message, 'INVALID_INPUT', GraphQLErrorCode.BAD_USER_INPUT, { field, rule });
  }
}
