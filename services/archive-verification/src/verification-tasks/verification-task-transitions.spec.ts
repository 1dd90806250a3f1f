import { Role } from '@points/auth';
import { VerificationTaskKind, VerificationTaskStatus } from './verification-task.enums';
import {
  roleMayTake,
  taskMayTake,
  VerificationTaskAction,
  type TaskRowState,
} from './verification-task-transitions';

const A = VerificationTaskAction;
const T = VerificationTaskStatus;
const row = (over: Partial<TaskRowState>): TaskRowState => ({
  status: T.PENDING,
  automated: true,
  kind: VerificationTaskKind.SOCIAL_INSURANCE,
  requestedAt: null,
  ...over,
});

describe('the verification task transition table', () => {
  it('lets a person complete only what the registries could not answer', () => {
    expect(taskMayTake(row({ status: T.NEEDS_MANUAL }), A.COMPLETE_MANUALLY)).toBe(true);
    // An overseas diploma: only a person can answer it.
    expect(taskMayTake(row({ status: T.PENDING, automated: false }), A.COMPLETE_MANUALLY)).toBe(true);
    // A registry job is on it.
    expect(taskMayTake(row({ status: T.PENDING, automated: true }), A.COMPLETE_MANUALLY)).toBe(false);
    expect(taskMayTake(row({ status: T.IN_PROGRESS }), A.COMPLETE_MANUALLY)).toBe(false);
    expect(taskMayTake(row({ status: T.PASSED }), A.COMPLETE_MANUALLY)).toBe(false);
  });

  it('takes an archive arrival only on an archive task that requested it or needs a person', () => {
    const archive = { kind: VerificationTaskKind.ARCHIVE_RETRIEVAL };
    const requested = new Date('2024-03-01T02:00:00Z');
    expect(
      taskMayTake(
        row({ ...archive, status: T.IN_PROGRESS, requestedAt: requested }),
        A.RECORD_ARCHIVE_ARRIVAL,
      ),
    ).toBe(true);
    expect(taskMayTake(row({ ...archive, status: T.IN_PROGRESS }), A.RECORD_ARCHIVE_ARRIVAL)).toBe(false);
    expect(taskMayTake(row({ ...archive, status: T.NEEDS_MANUAL }), A.RECORD_ARCHIVE_ARRIVAL)).toBe(true);
    expect(taskMayTake(row({ status: T.NEEDS_MANUAL }), A.RECORD_ARCHIVE_ARRIVAL)).toBe(false);
  });

  it('never lets the job take a task back once the archive was requested or the task is final', () => {
    expect(taskMayTake(row({ status: T.PENDING }), A.CLAIM)).toBe(true);
    expect(taskMayTake(row({ status: T.IN_PROGRESS }), A.CLAIM)).toBe(true);
    expect(taskMayTake(row({ status: T.IN_PROGRESS, requestedAt: new Date() }), A.CLAIM)).toBe(false);
    expect(taskMayTake(row({ status: T.FAILED }), A.CLAIM)).toBe(false);
    expect(taskMayTake(row({ status: T.PENDING, automated: false }), A.CLAIM)).toBe(false);
  });

  it('leaves the system actions to the system and the retry to HRSS', () => {
    expect(roleMayTake(Role.HRSS_ADMIN, A.CLAIM)).toBe(false);
    expect(roleMayTake(Role.HRSS_ADMIN, A.RETRY)).toBe(true);
    expect(roleMayTake(Role.CENTRE_OFFICER, A.RETRY)).toBe(false);
    expect(roleMayTake(Role.CITY_VERIFIER, A.COMPLETE_MANUALLY)).toBe(true);
    expect(roleMayTake(Role.CITY_VERIFIER, A.RECORD_ARCHIVE_ARRIVAL)).toBe(false);
  });
});
