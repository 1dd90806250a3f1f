import type { District } from './district.constant';
import type { Role } from './role.enum';

/** The caller, from the verified access token's claims (architecture.md). */
export interface AuthUser {
  /** Account id. */
  sub: string;
  role: Role;
  /** Centre staff: their district. */
  district?: District;
  /** HR: their employer. */
  employerId?: string;
  /** Applicant: their applicant id. */
  applicantId?: string;
}
