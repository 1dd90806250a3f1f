// The VerificationCase's lifecycle as data. A case opens when the application is accepted and
// completes once, by the system, when its last task is final; a person never moves its status
// (people record facts on it: the certificates returned, through `amend`).
import { VerificationCaseStatus } from './verification-case.entity';

export enum VerificationCaseAction {
  /** The last task is final: the outcome, findings and verified profile are recorded. */
  COMPLETE = 'COMPLETE',
}

export interface CaseTransition {
  from: readonly VerificationCaseStatus[];
  to: VerificationCaseStatus;
  by: 'SYSTEM';
}

export const CASE_TRANSITIONS: Readonly<Record<VerificationCaseAction, CaseTransition>> = {
  [VerificationCaseAction.COMPLETE]: {
    from: [VerificationCaseStatus.OPEN],
    to: VerificationCaseStatus.COMPLETED,
    by: 'SYSTEM',
  },
};
