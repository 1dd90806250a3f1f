// The VerificationTask's lifecycle as data: each action, the rows it may leave from (a status,
// and for some the automation or archive-request flag), the statuses it may lead to, and who may
// take it: named roles (a person at the console) or the system (the job, the dispatcher's worker).
// `VerificationTaskRepository.transition()` turns an entry into the guard of its one UPDATE.
import { Role } from '@points/auth';
import { VerificationTaskKind, VerificationTaskStatus } from './verification-task.enums';

export enum VerificationTaskAction {
  /** The job takes its task (a retry of an attempt that failed or died included). */
  CLAIM = 'CLAIM',
  /** The registries answered: passed, failed, or a person must look. */
  RECORD_RESULT = 'RECORD_RESULT',
  /** 调档 / 核档函 requested: the task waits IN_PROGRESS for the archive or the letter. */
  AWAIT_ARCHIVE = 'AWAIT_ARCHIVE',
  /** Out of attempts (or stalled for good): a person takes over. */
  GIVE_UP = 'GIVE_UP',
  /** HRSS retries the failed job: the task is open for the job again. */
  RETRY = 'RETRY',
  /** A person completes a task the registries could not (or only a person can) answer. */
  COMPLETE_MANUALLY = 'COMPLETE_MANUALLY',
  /** The archive arrived or the letter came back (or did not check out). */
  RECORD_ARCHIVE_ARRIVAL = 'RECORD_ARCHIVE_ARRIVAL',
}

/** A row the action leaves from; `automated` / `archiveRequested` unset means either. */
export interface TaskSource {
  status: VerificationTaskStatus;
  automated?: boolean;
  archiveRequested?: boolean;
}

export interface TaskTransition {
  from: readonly TaskSource[];
  to: readonly VerificationTaskStatus[];
  /** 'SYSTEM': jobs and workers only; otherwise the roles a person needs. */
  by: 'SYSTEM' | readonly Role[];
  /** Only tasks of this kind. */
  kind?: VerificationTaskKind;
}

const T = VerificationTaskStatus;
const TASK_WORKERS = [Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.CITY_VERIFIER, Role.HRSS_ADMIN];
const ARCHIVE_WORKERS = [Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.HRSS_ADMIN];
const OPEN_FOR_THE_JOB: readonly TaskSource[] = [
  { status: T.PENDING, archiveRequested: false },
  { status: T.IN_PROGRESS, archiveRequested: false },
];

export const TASK_TRANSITIONS: Readonly<Record<VerificationTaskAction, TaskTransition>> = {
  [VerificationTaskAction.CLAIM]: {
    from: [
      { status: T.PENDING, automated: true },
      // IN_PROGRESS before any archive request: a previous attempt failed or died.
      { status: T.IN_PROGRESS, automated: true, archiveRequested: false },
    ],
    to: [T.IN_PROGRESS],
    by: 'SYSTEM',
  },
  [VerificationTaskAction.RECORD_RESULT]: {
    from: [{ status: T.IN_PROGRESS, archiveRequested: false }],
    to: [T.PASSED, T.FAILED, T.NEEDS_MANUAL],
    by: 'SYSTEM',
  },
  [VerificationTaskAction.AWAIT_ARCHIVE]: {
    from: [{ status: T.IN_PROGRESS, archiveRequested: false }],
    to: [T.IN_PROGRESS],
    by: 'SYSTEM',
  },
  [VerificationTaskAction.GIVE_UP]: { from: OPEN_FOR_THE_JOB, to: [T.NEEDS_MANUAL], by: 'SYSTEM' },
  [VerificationTaskAction.RETRY]: {
    from: [
      { status: T.NEEDS_MANUAL, archiveRequested: false },
      { status: T.IN_PROGRESS, archiveRequested: false },
    ],
    to: [T.PENDING],
    by: [Role.HRSS_ADMIN],
  },
  [VerificationTaskAction.COMPLETE_MANUALLY]: {
    from: [{ status: T.NEEDS_MANUAL }, { status: T.PENDING, automated: false }],
    to: [T.PASSED, T.FAILED],
    by: TASK_WORKERS,
  },
  [VerificationTaskAction.RECORD_ARCHIVE_ARRIVAL]: {
    from: [{ status: T.IN_PROGRESS, archiveRequested: true }, { status: T.NEEDS_MANUAL }],
    to: [T.PASSED, T.FAILED],
    by: ARCHIVE_WORKERS,
    kind: VerificationTaskKind.ARCHIVE_RETRIEVAL,
  },
};

/** What the table needs to know of a row. */
export interface TaskRowState {
  status: VerificationTaskStatus;
  automated: boolean;
  kind: VerificationTaskKind;
  requestedAt: Date | null;
}

/** Whether `action` may leave from this row (services ask first, to answer BAD_USER_INPUT). */
export function taskMayTake(task: TaskRowState, action: VerificationTaskAction): boolean {
  const transition = TASK_TRANSITIONS[action];
  if (transition.kind !== undefined && task.kind !== transition.kind) return false;
  return transition.from.some(
    (source) =>
      source.status === task.status &&
      (source.automated === undefined || source.automated === task.automated) &&
      (source.archiveRequested === undefined || source.archiveRequested === (task.requestedAt !== null)),
  );
}

/** Whether a person in `role` may take `action` at all (the system's actions: never). */
export function roleMayTake(role: Role, action: VerificationTaskAction): boolean {
  const by = TASK_TRANSITIONS[action].by;
  return by !== 'SYSTEM' && by.includes(role);
}
