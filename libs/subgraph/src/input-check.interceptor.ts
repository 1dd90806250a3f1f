import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Observable } from 'rxjs';
import { InvalidInputException } from '@points/errors';
import { findInputProblem } from '@points/validation';

/**
 * Every resolver's arguments pass the platform's input check (libs/validation) before the
 * resolver runs: a non-UUID id, U+0000, a lone surrogate or an over-long string is BAD_USER_INPUT
 * naming the argument, never a PostgreSQL error. Registered once for every subgraph; the guards
 * run first, so a stranger learns nothing about the arguments.
 */
@Injectable()
export class InputCheckInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<GraphQLResolveInfo>();
      const field = info.parentType.getFields()[info.fieldName];
      if (field) {
        const problem = findInputProblem(
          info.parentType.name,
          info.fieldName,
          field.args,
          gql.getArgs<Record<string, unknown>>(),
        );
        if (problem) throw new InvalidInputException(problem.field, problem.rule, problem.message);
      }
    }
    return next.handle();
  }
}
