import { ALL_ROLES, Role } from '@points/auth';
import { ApplicationState } from './application-state.enum';
import { ApplicationAction, checkTransition } from './application-transitions';

// The NEW lifecycle of domain.md §3, written out by hand from the table (not from TRANSITIONS):
// "state action role -> next state". Everything not listed must be refused.
const ALLOWED = `
DRAFT SUBMIT_TO_EMPLOYER APPLICANT -> EMPLOYER_REVIEW
DRAFT SUBMIT_TO_EMPLOYER EMPLOYER_HR -> EMPLOYER_REVIEW
EMPLOYER_REVIEW RETURN_TO_APPLICANT EMPLOYER_HR -> DRAFT
EMPLOYER_REVIEW APPROVE_AND_SUBMIT EMPLOYER_HR -> SUBMITTED
SUBMITTED ACCEPT CENTRE_OFFICER -> ARCHIVE_REVIEW
MATERIALS_REQUIRED ACCEPT CENTRE_OFFICER -> ARCHIVE_REVIEW
SUBMITTED REQUEST_MATERIALS CENTRE_OFFICER -> MATERIALS_REQUIRED
ARCHIVE_REVIEW REJECT CENTRE_OFFICER -> REJECTED
SCORING REJECT CENTRE_OFFICER -> REJECTED
SCORING RESCORE HRSS_ADMIN -> SCORING
REJECTED APPROVE_ON_APPEAL HRSS_ADMIN -> APPROVED
REJECTED REOPEN_ON_APPEAL HRSS_ADMIN -> ARCHIVE_REVIEW
DRAFT WITHDRAW APPLICANT -> WITHDRAWN
DRAFT WITHDRAW EMPLOYER_HR -> WITHDRAWN
EMPLOYER_REVIEW WITHDRAW APPLICANT -> WITHDRAWN
EMPLOYER_REVIEW WITHDRAW EMPLOYER_HR -> WITHDRAWN
SUBMITTED REVOKE CENTRE_OFFICER -> WITHDRAWN
MATERIALS_REQUIRED REVOKE CENTRE_OFFICER -> WITHDRAWN
ARCHIVE_REVIEW REVOKE CENTRE_OFFICER -> WITHDRAWN
SCORING REVOKE CENTRE_OFFICER -> WITHDRAWN
APPROVED RECORD_PERMIT_CANCELLED CENTRE_OFFICER -> APPROVED
APPROVED CORRECT_POINTS HRSS_ADMIN -> APPROVED
`
  .trim()
  .split('\n')
  .map((line) => {
    const [state, action, role, , to] = line.split(' ');
    return { key: `${state} ${action} ${role}`, to };
  });

const expected = new Map(ALLOWED.map((a) => [a.key, a.to]));

describe('application lifecycle table (every state × action × role)', () => {
  const cases = Object.values(ApplicationState).flatMap((state) =>
    Object.values(ApplicationAction).flatMap((action) =>
      ALL_ROLES.map((role) => [state, action, role] as const),
    ),
  );

  it('covers 9 states × 13 actions × 6 roles', () => {
    expect(cases).toHaveLength(9 * 13 * 6);
  });

  it.each(cases)('%s %s by %s', (state, action, role) => {
    const result = checkTransition(state, action, role);
    const to = expected.get(`${state} ${action} ${role}`);
    if (to) {
      expect(result).toEqual({ allowed: true, to });
    } else {
      expect(result.allowed).toBe(false);
    }
  });

  it('refuses a role before looking at the state, with a sentence that names the allowed states', () => {
    expect(checkTransition(ApplicationState.DRAFT, ApplicationAction.ACCEPT, Role.APPLICANT)).toMatchObject({
      allowed: false,
      reason: 'ROLE',
    });
    expect(checkTransition(ApplicationState.APPROVED, ApplicationAction.ACCEPT, Role.CENTRE_OFFICER)).toEqual(
      {
        allowed: false,
        reason: 'STATE',
        message: 'Cannot accept an application in APPROVED; allowed from SUBMITTED, MATERIALS_REQUIRED',
      },
    );
  });
});
