import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import type { ServiceName } from '@points/config';
import { isConnectionError } from '@points/db';
import { AppException, GraphQLErrorCode } from '@points/errors';

function originalOf(error: unknown): unknown {
  let current = error;
  // GraphQLError wraps the thrown error in `originalError` (sometimes twice through federation).
  for (let i = 0; i < 3 && current && typeof current === 'object' && 'originalError' in current; i++) {
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

/** graphql-js appends suggestions as ` Did you mean "x" or "y"?` at the end of a message. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ Did you mean .*\?$/s, '');
}

const httpStatusToCode: Record<number, GraphQLErrorCode> = {
  400: GraphQLErrorCode.BAD_USER_INPUT,
  401: GraphQLErrorCode.UNAUTHENTICATED,
  403: GraphQLErrorCode.FORBIDDEN,
  404: GraphQLErrorCode.NOT_FOUND,
  409: GraphQLErrorCode.CONFLICT,
  429: GraphQLErrorCode.TOO_MANY_REQUESTS,
};

/**
 * One place maps every thrown error to what a client sees: the module exception's code (and the
 * field and rule for input), Nest HTTP exceptions by status, GraphQL's own validation errors as
 * they are, and anything unexpected as INTERNAL_SERVER_ERROR without its message or stack
 * outside development. Database errors never show their own text, in development neither (it can
 * hold SQL, parameters, host names): PostgreSQL away is SERVICE_UNAVAILABLE naming the service,
 * any other database error a plain INTERNAL_SERVER_ERROR.
 */
export function createGraphQLErrorFormatter(exposeInternals: boolean, service?: ServiceName) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (isConnectionError(original)) {
      return {
        ...base,
        message: `The ${service ?? 'service'} service cannot reach its database; try again shortly`,
        extensions: {
          code: GraphQLErrorCode.SERVICE_UNAVAILABLE,
          ...(service ? { serviceName: service } : {}),
        },
      };
    }
    if (isDatabaseError(original)) {
      return {
        ...base,
        message: 'Internal server error',
        extensions: { code: GraphQLErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    if (original instanceof AppException) {
      return { ...base, message: original.message, extensions: original.toExtensions() };
    }
    if (original instanceof HttpException) {
      const code = httpStatusToCode[original.getStatus()] ?? GraphQLErrorCode.INTERNAL_SERVER_ERROR;
      return { ...base, message: original.message, extensions: { code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== String(GraphQLErrorCode.INTERNAL_SERVER_ERROR)) {
      // GraphQL validation, parse and variable-coercion errors: the client's own request. Outside
      // development without graphql-js's "Did you mean …?", which would spell out the schema.
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      if (exposeInternals) return { ...base, extensions: formatted.extensions ?? {} };
      return { ...base, message: withoutSuggestions(base.message), extensions };
    }
    if (exposeInternals) return formatted;
    return {
      ...base,
      message: 'Internal server error',
      extensions: { code: GraphQLErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** TypeORM's and pg's errors: a driver error, or a PostgreSQL SQLSTATE on the error itself. */
function isDatabaseError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: unknown; driverError?: unknown; code?: unknown; severity?: unknown };
  return (
    e.name === 'QueryFailedError' ||
    e.driverError !== undefined ||
    (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string')
  );
}
