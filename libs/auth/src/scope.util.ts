import { AuthException, AuthExceptionCode } from './auth.exception';
import { Role } from './role.enum';
import type { AuthUser } from './auth-user';
import type { District } from './district.constant';

/**
 * The district a caller's reads are limited to, or `null` for every district (HRSS, city
 * verifiers). Services put this into the query itself, so scoping happens in the data layer.
 */
export function districtScopeOf(user: AuthUser): District | null {
  switch (user.role) {
    case Role.CENTRE_OFFICER:
    case Role.CENTRE_SUPERVISOR:
      return user.district ?? null;
    case Role.HRSS_ADMIN:
    case Role.CITY_VERIFIER:
    case Role.EMPLOYER_HR:
    case Role.APPLICANT:
      return null;
  }
}

/** Throws FORBIDDEN unless a district-scoped caller acts inside their own district. */
export function assertDistrictAccess(user: AuthUser, district: string): void {
  const scope = districtScopeOf(user);
  if (scope !== null && scope !== district) {
    throw new AuthException(AuthExceptionCode.OUT_OF_SCOPE, 'This record belongs to another district');
  }
}
