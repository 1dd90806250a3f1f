import type { AccountRole } from '../gql/graphql';

/** Where each role starts after logging in: its own work (a role with no page yet: the home page). */
export const HOME_OF: Record<AccountRole, string> = {
  APPLICANT: '/applicant',
  EMPLOYER_HR: '/employer',
  CENTRE_OFFICER: '/centre',
  CENTRE_SUPERVISOR: '/supervisor',
  CITY_VERIFIER: '/verification-tasks',
  HRSS_ADMIN: '/',
};

export const homeOf = (role: AccountRole | undefined): string => (role ? HOME_OF[role] : '/');
