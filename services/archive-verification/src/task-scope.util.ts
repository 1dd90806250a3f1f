import { Role, type AuthUser } from '@points/auth';
import { VerificationTaskKind } from './verification-tasks/verification-task.enums';

/**
 * Which tasks a caller may see and work on, as SQL on a task alias: the city verifiers the
 * education tasks of every district; district staff every other task of their own district;
 * HRSS everything; anyone else nothing. Put into every task query, so scoping is in the data layer.
 */
export function taskScopeSql(
  user: AuthUser,
  alias: string,
  nextParam: number,
): { sql: string; params: unknown[] } {
  switch (user.role) {
    case Role.HRSS_ADMIN:
      return { sql: 'true', params: [] };
    case Role.CITY_VERIFIER:
      return { sql: `${alias}.kind = $${nextParam}`, params: [VerificationTaskKind.EDUCATION] };
    case Role.CENTRE_OFFICER:
    case Role.CENTRE_SUPERVISOR:
      if (!user.district) return { sql: 'false', params: [] };
      return {
        sql: `(${alias}.district = $${nextParam} AND ${alias}.kind <> $${nextParam + 1})`,
        params: [user.district, VerificationTaskKind.EDUCATION],
      };
    case Role.EMPLOYER_HR:
    case Role.APPLICANT:
      return { sql: 'false', params: [] };
  }
}
