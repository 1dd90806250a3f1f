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
  /** SCORING after a failed assessment: HRSS fixed the cause and asks scoring again. */
  RESCORE = 'RESCORE',
  /** 复核 upheld by HRSS on a scored rejection and the corrected total reaches the standard score. */
  APPROVE_ON_APPEAL = 'APPROVE_ON_APPEAL',
  /**
   * 复核 upheld by HRSS on a rejection without a score (the officer's, or failed checks): the
   * application is checked again (a verification case of purpose APPEAL), its deadline anew.
   */
  REOPEN_ON_APPEAL = 'REOPEN_ON_APPEAL',
  /** 第二十条: an officer enters that the residence permit was cancelled; the points are void at once. */
  RECORD_PERMIT_CANCELLED = 'RECORD_PERMIT_CANCELLED',
  /** 第二十一条: HRSS corrects points obtained with irregular materials (the corrected total, with the reason). */
  CORRECT_POINTS = 'CORRECT_POINTS',
}

/**
 * The system's moves: events (verification outcome, scoring decision, job change) and the daily
 * job (lapse). Same-state entries (APPROVED → APPROVED) change what the points are worth, not the
 * state: they go through `transition()` all the same, so each one is checked and in the history.
 */
export enum SystemAction {
  VERIFICATION_PASSED = 'VERIFICATION_PASSED',
  VERIFICATION_FAILED = 'VERIFICATION_FAILED',
  SCORED_ELIGIBLE = 'SCORED_ELIGIBLE',
  SCORED_NOT_ELIGIBLE = 'SCORED_NOT_ELIGIBLE',
  /** applicant.employment-changed: the old employer released the person before submitting. */
  RELEASED_BY_JOB_CHANGE = 'RELEASED_BY_JOB_CHANGE',
  /** RENEWAL, same employer and details, passed the online review (网审). */
  RENEWAL_CONFIRMED_ONLINE = 'RENEWAL_CONFIRMED_ONLINE',
  /** The permit expired without a renewal in time: the points lapse (APPROVED, points void). */
  POINTS_LAPSED = 'POINTS_LAPSED',
  /** A RENEWAL or CHANGE was approved: the decision it continues is void from today. */
  POINTS_SUPERSEDED = 'POINTS_SUPERSEDED',
  /** residence-permit.cancelled from the registry adapter (第二十条): the points are void at once. */
  PERMIT_CANCELLED = 'PERMIT_CANCELLED',
  /** The daily overdue job: SUBMITTED or MATERIALS_REQUIRED with nothing happening for too long expires. */
  EXPIRED_WAITING = 'EXPIRED_WAITING',
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
  // From SCORING only after a failed assessment (the service checks): otherwise the system decides.
  [ApplicationAction.REJECT]: {
    from: [S.ARCHIVE_REVIEW, S.SCORING],
    to: S.REJECTED,
    roles: [Role.CENTRE_OFFICER],
  },
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
  [ApplicationAction.RESCORE]: { from: [S.SCORING], to: S.SCORING, roles: [Role.HRSS_ADMIN] },
  [ApplicationAction.APPROVE_ON_APPEAL]: {
    from: [S.REJECTED],
    to: S.APPROVED,
    roles: [Role.HRSS_ADMIN],
  },
  // Only a rejection without a score (the service checks): a scored one is corrected, not re-checked.
  [ApplicationAction.REOPEN_ON_APPEAL]: {
    from: [S.REJECTED],
    to: S.ARCHIVE_REVIEW,
    roles: [Role.HRSS_ADMIN],
  },
  [ApplicationAction.RECORD_PERMIT_CANCELLED]: {
    from: [S.APPROVED],
    to: S.APPROVED,
    roles: [Role.CENTRE_OFFICER],
  },
  [ApplicationAction.CORRECT_POINTS]: { from: [S.APPROVED], to: S.APPROVED, roles: [Role.HRSS_ADMIN] },
};

export const SYSTEM_TRANSITIONS: Readonly<
  Record<SystemAction, { from: readonly ApplicationState[]; to: ApplicationState }>
> = {
  [SystemAction.VERIFICATION_PASSED]: { from: [S.ARCHIVE_REVIEW], to: S.SCORING },
  [SystemAction.VERIFICATION_FAILED]: { from: [S.ARCHIVE_REVIEW], to: S.REJECTED },
  [SystemAction.SCORED_ELIGIBLE]: { from: [S.SCORING], to: S.APPROVED },
  [SystemAction.SCORED_NOT_ELIGIBLE]: { from: [S.SCORING], to: S.REJECTED },
  [SystemAction.RELEASED_BY_JOB_CHANGE]: { from: [S.DRAFT, S.EMPLOYER_REVIEW], to: S.WITHDRAWN },
  [SystemAction.RENEWAL_CONFIRMED_ONLINE]: { from: [S.SUBMITTED], to: S.APPROVED },
  [SystemAction.POINTS_LAPSED]: { from: [S.APPROVED], to: S.APPROVED },
  [SystemAction.POINTS_SUPERSEDED]: { from: [S.APPROVED], to: S.APPROVED },
  [SystemAction.PERMIT_CANCELLED]: { from: [S.APPROVED], to: S.APPROVED },
  [SystemAction.EXPIRED_WAITING]: { from: [S.SUBMITTED, S.MATERIALS_REQUIRED], to: S.WITHDRAWN },
};

/** Whether the system may take `action` on an application in `state` (event handlers ask first: a late event changes nothing). */
export function systemMayTake(state: ApplicationState, action: SystemAction): boolean {
  return SYSTEM_TRANSITIONS[action].from.includes(state);
}

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

/** The system's counterpart of `checkTransition` (no role: the actor is the system). */
export function checkSystemTransition(state: ApplicationState, action: SystemAction): TransitionCheck {
  const transition = SYSTEM_TRANSITIONS[action];
  if (!transition.from.includes(state)) {
    return {
      allowed: false,
      reason: 'STATE',
      message: `The system cannot ${action.toLowerCase().replace(/_/g, ' ')} on an application in ${state}; allowed from ${transition.from.join(', ')}`,
    };
  }
  return { allowed: true, to: transition.to };
}
