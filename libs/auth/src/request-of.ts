import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser } from './auth-user';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthUser;
  /** Set once the token was checked, so field resolvers don't verify it again. */
  authChecked?: boolean;
}

/** The HTTP request behind an HTTP or GraphQL execution context. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest | undefined {
  if (context.getType<string>() === 'graphql') {
    const ctx = GqlExecutionContext.create(context).getContext<{ req?: AuthenticatedRequest }>();
    return ctx.req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}
