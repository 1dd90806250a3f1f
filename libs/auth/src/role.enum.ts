/** Logged-in roles (domain.md "Who uses it"). PUBLIC is the absence of a token, not a role. */
export enum Role {
  /** 单位人事专员: only their own employer and its applicants. */
  EMPLOYER_HR = 'EMPLOYER_HR',
  /** 持证人: only themselves; username = resident ID number. */
  APPLICANT = 'APPLICANT',
  /** 区人才服务中心受理点: only their own district. */
  CENTRE_OFFICER = 'CENTRE_OFFICER',
  /** Senior district staff, the second pair of eyes: own district. */
  CENTRE_SUPERVISOR = 'CENTRE_SUPERVISOR',
  /** City centre education verification (学历背景调查): all districts, verification tasks only. */
  CITY_VERIFIER = 'CITY_VERIFIER',
  /** 市人社局: everything. */
  HRSS_ADMIN = 'HRSS_ADMIN',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles whose tokens carry a district and whose reads are filtered by it. */
export const DISTRICT_SCOPED_ROLES: readonly Role[] = [Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR];
