import type { ExecutionContext } from '@nestjs/common';
import type { AuthUser } from './auth-user';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  /** Express's client address (the connection's, as `trust proxy` is off in subgraphs). */
  ip?: string;
  socket?: { remoteAddress?: string };
  user?: AuthUser;
  /**
   * The one verification of this request's token, shared by every guarded field of the request.
   * A promise, not a flag: GraphQL runs sibling fields concurrently, so the second field's guard
   * must wait for the first verification rather than see "checked" with no user yet.
   */
  authentication?: Promise<AuthUser | undefined>;
}

function hasRequest(value: unknown): value is { req: AuthenticatedRequest } {
  return typeof value === 'object' && value !== null && 'req' in value && typeof value.req === 'object';
}

/**
 * The HTTP request behind an HTTP or GraphQL execution context. GraphQL resolvers receive
 * (root, args, context, info), but federation's `__resolveReference` receives
 * (reference, context, info) and Nest does not remap it, so look in both places.
 */
export function requestOf(context: ExecutionContext): AuthenticatedRequest | undefined {
  if (context.getType<string>() === 'graphql') {
    const args = context.getArgs<unknown[]>();
    const gqlContext = [args[2], args[1]].find(hasRequest);
    return gqlContext?.req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}
