import { Initial1763800000000 } from './1763800000000-initial';
import { VerificationTasks1763900000000 } from './1763900000000-verification-tasks';

/** Every migration of this service, in order (explicit, so builds and tests load the same list). */
export const MIGRATIONS = [Initial1763800000000, VerificationTasks1763900000000];
