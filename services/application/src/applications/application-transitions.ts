// The NEW lifecycle table of domain.md §3 as data: each action, the states it leaves from, the
// state it leads to and the one role that may take it. Scoping (district, employer, self) is the
// service's query; this table answers "may this role do this now?".
import { Role } from '@points/auth';
import { ApplicationState } from './application-state.enum';

export enum ApplicationAction {
  SUBMIT_TO_EMPLOYER = 'SUBMIT_TO_EMPLOYER',
  RETURN_TO_APPLICANT = 'RETURN_TO_APPLICANT',
  APPROVE_AND_SUBMIT = 'APPROVE_AND_SUBMIT',
  ACCEPT = 'ACCEPT',
  REQUEST_MATERIALS = 'REQUEST_MATERIALS',
  REJECT = 'REJECT',
  /** Before the employer approved: by the applicant or HR. */
  WITHDRAW = 'WITHDRAW',
  /** 撤销 after the employer approved: by an officer at the window, on the employer's request. */
  REVOKE = 'REVOKE',
}

/** Events, not people, move these: the verification outcome and the scoring decision. */
export enum SystemAction {
  VERIFICATION_PASSED = 'VERIFICATION_PASSED',
  VERIFICATION_FAILED = 'VERIFICATION_FAILED',
  SCORED_ELIGIBLE = 'SCORED_ELIGIBLE',
  SCORED_NOT_ELIGIBLE = 'SCORED_NOT_ELIGIBLE',
}

interface Transition {
  from: readonly ApplicationState[];
  to: ApplicationState;
  roles: readonly Role[];
}

const S = ApplicationState;

export const TRANSITIONS: Readonly<Record<ApplicationAction, Transition>> = {
  [ApplicationAction.SUBMIT_TO_EMPLOYER]: {
    from: [S.DRAFT],
    to: S.EMPLOYER_REVIEW,
    roles: [Role.APPLICANT, Role.EMPLOYER_HR],
  },
  [ApplicationAction.RETURN_TO_APPLICANT]: {
    from: [S.EMPLOYER_REVIEW],
    to: S.DRAFT,
    roles: [Role.EMPLOYER_HR],
  },
  [ApplicationAction.APPROVE_AND_SUBMIT]: {
    from: [S.EMPLOYER_REVIEW],
    to: S.SUBMITTED,
    roles: [Role.EMPLOYER_HR],
  },
  [ApplicationAction.ACCEPT]: {
    from: [S.SUBMITTED, S.MATERIALS_REQUIRED],
    to: S.ARCHIVE_REVIEW,
    roles: [Role.CENTRE_OFFICER],
  },
  [ApplicationAction.REQUEST_MATERIALS]: {
    from: [S.SUBMITTED],
    to: S.MATERIALS_REQUIRED,
    roles: [Role.CENTRE_OFFICER],
  },
  [ApplicationAction.REJECT]: { from: [S.ARCHIVE_REVIEW], to: S.REJECTED, roles: [Role.CENTRE_OFFICER] },
  [ApplicationAction.WITHDRAW]: {
    from: [S.DRAFT, S.EMPLOYER_REVIEW],
    to: S.WITHDRAWN,
    roles: [Role.APPLICANT, Role.EMPLOYER_HR],
  },
  [ApplicationAction.REVOKE]: {
    from: [S.SUBMITTED, S.MATERIALS_REQUIRED, S.ARCHIVE_REVIEW, S.SCORING],
    to: S.WITHDRAWN,
    roles: [Role.CENTRE_OFFICER],
  },
};

export const SYSTEM_TRANSITIONS: Readonly<
  Record<SystemAction, { from: ApplicationState; to: ApplicationState }>
> = {
  [SystemAction.VERIFICATION_PASSED]: { from: S.ARCHIVE_REVIEW, to: S.SCORING },
  [SystemAction.VERIFICATION_FAILED]: { from: S.ARCHIVE_REVIEW, to: S.REJECTED },
  [SystemAction.SCORED_ELIGIBLE]: { from: S.SCORING, to: S.APPROVED },
  [SystemAction.SCORED_NOT_ELIGIBLE]: { from: S.SCORING, to: S.REJECTED },
};

export type TransitionCheck =
  { allowed: true; to: ApplicationState } | { allowed: false; reason: 'ROLE' | 'STATE'; message: string };

/** Whether `role` may take `action` on an application in `state` (role first: it is the stabler answer). */
export function checkTransition(
  state: ApplicationState,
  action: ApplicationAction,
  role: Role,
): TransitionCheck {
  const transition = TRANSITIONS[action];
  if (!transition.roles.includes(role)) {
    return {
      allowed: false,
      reason: 'ROLE',
      message: `${role} may not ${action.toLowerCase().replace(/_/g, ' ')}`,
    };
  }
  if (!transition.from.includes(state)) {
    return {
      allowed: false,
      reason: 'STATE',
      message: `Cannot ${action.toLowerCase().replace(/_/g, ' ')} an application in ${state}; allowed from ${transition.from.join(', ')}`,
    };
  }
  return { allowed: true, to: transition.to };
}
