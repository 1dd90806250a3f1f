import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthException, AuthExceptionCode } from './auth.exception';
import { IS_PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { JwtVerifier } from './jwt';
import { requestOf } from './request-of';
import type { AuthUser } from './auth-user';
import type { Role } from './role.enum';

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  verifier: JwtVerifier;
  /** When set, GraphQL requests must carry it in `x-gateway-secret` (subgraphs behind the gateway). */
  gatewaySecret?: string;
}

export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/** Whether a request carries the gateway's shared secret (compared in constant time). */
export function carriesGatewaySecret(
  headers: Record<string, string | string[] | undefined>,
  expected: string,
): boolean {
  const given = headers[GATEWAY_SECRET_HEADER];
  const value = Buffer.from(Array.isArray(given) ? (given[0] ?? '') : (given ?? ''));
  const want = Buffer.from(expected);
  return value.length === want.length && timingSafeEqual(value, want);
}

/**
 * Deny by default: every handler must say who may call it with `@Public()`, `@Roles(...)` or
 * `@AnyRole()`; a handler with no rule is refused for everyone. Runs on queries, mutations,
 * entity references and field resolvers alike (fieldResolverEnhancers includes guards).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets) === true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = requestOf(context);
    if (!request) throw new AuthException(AuthExceptionCode.NO_RULE, 'No request context');

    if (context.getType<string>() === 'graphql') this.checkGatewaySecret(request.headers);
    await this.authenticate(request);

    if (isPublic) return true;
    if (!roles) throw new AuthException(AuthExceptionCode.NO_RULE, 'This operation is not open to anyone');
    if (!request.user) throw new AuthException(AuthExceptionCode.MISSING_TOKEN, 'Log in first');
    if (!roles.includes(request.user.role)) {
      throw new AuthException(
        AuthExceptionCode.ROLE_NOT_ALLOWED,
        `Not allowed for role ${request.user.role}`,
      );
    }
    return true;
  }

  /** Verifies the token once per request; every guard of the request awaits the same result. */
  private async authenticate(request: NonNullable<ReturnType<typeof requestOf>>): Promise<void> {
    request.authentication ??= this.verifyHeader(request.headers.authorization);
    request.user = await request.authentication;
  }

  private async verifyHeader(header: string | string[] | undefined): Promise<AuthUser | undefined> {
    const value = Array.isArray(header) ? header[0] : header;
    if (!value) return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(value);
    if (!match?.[1])
      throw new AuthException(AuthExceptionCode.INVALID_TOKEN, 'Authorization must be "Bearer <token>"');
    try {
      return await this.options.verifier.verify(match[1]);
    } catch {
      throw new AuthException(AuthExceptionCode.INVALID_TOKEN, 'The access token is invalid or expired');
    }
  }

  private checkGatewaySecret(headers: Record<string, string | string[] | undefined>): void {
    const expected = this.options.gatewaySecret;
    if (expected && !carriesGatewaySecret(headers, expected)) {
      throw new AuthException(AuthExceptionCode.NOT_FROM_GATEWAY, 'Requests must come through the gateway');
    }
  }
}
