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
