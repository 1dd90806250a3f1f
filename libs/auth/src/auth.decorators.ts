import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ALL_ROLES, type Role } from './role.enum';
import { requestOf } from './request-of';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC_KEY = 'points:auth:public';
export const ROLES_KEY = 'points:auth:roles';

/** Anyone may call it, logged in or not. The only way to opt out of the deny-by-default guard. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/** Only these roles; further scoping (district, employer, self) is the service's query. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Any logged-in user; the service must still scope what it returns. */
export const AnyRole = (): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, [...ALL_ROLES]);

/** The verified caller (`undefined` only on public operations called without a token). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | undefined => requestOf(context)?.user,
);

/**
 * The gateway's word for who is calling: the client address it saw (after its trusted proxies).
 * Subgraphs believe it because, in production, only the gateway (with the shared secret) reaches them.
 */
export const CLIENT_ADDRESS_HEADER = 'x-points-client-address';

/** The caller's client address: the gateway's header, else the connection's own address. */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = requestOf(context);
  const given = request?.headers[CLIENT_ADDRESS_HEADER];
  const forwarded = Array.isArray(given) ? given[0] : given;
  if (forwarded && /^[0-9a-fA-F:.]{2,45}$/.test(forwarded)) return forwarded;
  return request?.ip ?? request?.socket?.remoteAddress ?? 'unknown';
});
