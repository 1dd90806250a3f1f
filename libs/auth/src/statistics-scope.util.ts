import { isDistrict, type District } from './district.constant';
import { assertDistrictAccess, districtScopeOf } from './scope.util';
import { AuthException, AuthExceptionCode } from './auth.exception';
import type { AuthUser } from './auth-user';

/**
 * The key of the federated `Statistics` entity, `<district or CITY>:<from>:<to>`: the application
 * subgraph writes it, and a subgraph adding figures for the same scope (notification: SMS) reads
 * it back and checks the caller may see that district, like any entity reference.
 */
export interface StatisticsScope {
  district: District | null;
  from: string;
  to: string;
}

export function formatStatisticsScope(scope: StatisticsScope): string {
  return `${scope.district ?? 'CITY'}:${scope.from}:${scope.to}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The scope of a key, or undefined if it is not one `formatStatisticsScope` writes. */
export function parseStatisticsScope(key: string): StatisticsScope | undefined {
  const [district, from, to, ...rest] = key.split(':');
  if (rest.length || !district || !from || !to || !DAY.test(from) || !DAY.test(to)) return undefined;
  if (district === 'CITY') return { district: null, from, to };
  return isDistrict(district) ? { district, from, to } : undefined;
}

/** A supervisor reads their own district only (FORBIDDEN otherwise); a city-wide scope is HRSS's. */
export function assertStatisticsAccess(user: AuthUser, scope: StatisticsScope): void {
  if (scope.district !== null) return assertDistrictAccess(user, scope.district);
  if (districtScopeOf(user) !== null)
    throw new AuthException(AuthExceptionCode.OUT_OF_SCOPE, 'The whole city is for HRSS to see');
}
