import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { AppException, GraphQLErrorCode } from '@points/errors';

const isAppException = (error: unknown): error is AppException => error instanceof AppException;

const REFUSALS = new Set<string>([GraphQLErrorCode.UNAUTHENTICATED, GraphQLErrorCode.FORBIDDEN]);

/**
 * How a resolver's failure is logged, once and in one line: a refused caller (UNAUTHENTICATED,
 * FORBIDDEN) is a warning, the client's own mistake (bad input, not found, conflict) is debug, and
 * only the unexpected is an error with its stack. Nest's default handler logged every thrown
 * error, bad input included, as an error with a stack trace. The error itself goes on unchanged
 * to the GraphQL formatter (libs/subgraph graphql-error.formatter.ts), which decides what the
 * client sees. Messages of AppExceptions name fields and rules, never personal data.
 */
@Catch()
export class ExceptionLoggingFilter extends BaseExceptionFilter {
  private readonly resolverLogger = new Logger('Resolver');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    // HTTP routes (health, webhooks) keep Nest's own answer and logging.
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    if (isAppException(exception)) {
      const known = exception;
      const line = { code: known.graphqlCode, reason: known.code, field: known.field, rule: known.rule };
      if (REFUSALS.has(known.graphqlCode)) this.resolverLogger.warn(line, 'caller refused');
      else this.resolverLogger.debug(line, 'request refused');
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      this.resolverLogger.debug({ status: exception.getStatus() }, exception.message);
    } else {
      this.resolverLogger.error(exception);
    }
    // GraphQL filters hand the error back; graphql-js turns a returned Error into the field's error.
    return exception;
  }
}
