import type { EventPayload } from '@points/events';
import { EducationLevel, QualificationLevel, type ScoreProfileInput } from '@points/scoring-engine';
import { reviewRenewalOnFacts } from './renewal-online-review.util';

type Facts = EventPayload<'verification.renewal-facts-verified'>;

const TODAY = '2026-10-10';
/** The approval being renewed: a master's degree, paid since 2020, a spouse with Shanghai hukou. */
const GRANTED: ScoreProfileInput = {
  assessmentDate: '2025-12-31',
  birthDate: '1990-03-07',
  education: EducationLevel.MASTER,
  qualification: QualificationLevel.NONE,
  socialInsurance: [{ from: '2020-01', to: '2025-12', base: 20000 }],
  spouseHukouMarriageDate: '2016-05-01',
};

/** What the registries answer when nothing changed: paid to last month, the permit endorsed a year on. */
function facts(overrides: Partial<Facts['verifiedProfile']> = {}, rest: Partial<Facts> = {}): Facts {
  return {
    caseId: '00000000-0000-4000-8000-000000000001',
    applicationId: '00000000-0000-4000-8000-000000000002',
    outcome: 'VERIFIED',
    verifiedProfile: {
      assessmentDate: TODAY,
      birthDate: '1990-03-07',
      socialInsurance: [{ from: '2020-01', to: '2026-09', base: 20000, incomeTaxBase: 20000 }],
      employmentStartDate: '2020-01-01',
      employmentEndDate: null,
      residencePermitIssuedOn: '2026-09-30',
      residencePermitValidUntil: '2027-10-31',
      spouseHukouMarriageDate: '2016-05-01',
      ...overrides,
    },
    findings: [],
    residencePermit: null,
    coResidents: [],
    ...rest,
  };
}

const review = (f: Facts) =>
  reviewRenewalOnFacts({ granted: GRANTED, grantedValidUntil: '2026-10-31', facts: f, today: TODAY });

describe('reviewRenewalOnFacts (网审 on registry facts)', () => {
  it('approves on unchanged facts, renewing on the registry months and permit, not the granted ones', () => {
    const r = review(facts());
    expect(r.decision).toBe('APPROVE');
    if (r.decision !== 'APPROVE') return;
    expect(r.profile.socialInsurance).toEqual(facts().verifiedProfile.socialInsurance);
    expect(r.profile.residencePermitValidUntil).toBe('2027-10-31');
    // What no registry re-checked stays as granted.
    expect(r.profile.education).toBe(EducationLevel.MASTER);
  });

  it('sends a changed employer, marriage or household to the window as CHANGED, naming each', () => {
    const r = review(
      facts(
        { employmentEndDate: '2026-05-31', spouseHukouMarriageDate: null },
        {
          coResidents: [
            {
              relation: 'CHILD',
              name: '王小明',
              birthDate: '2015-06-01',
              highSchoolEnrolmentProof: null,
              verified: false,
              reason: 'No child 王小明 born 2015-06-01 on the household register',
            },
          ],
        },
      ),
    );
    expect(r).toMatchObject({ decision: 'WINDOW', cause: 'CHANGED' });
    if (r.decision !== 'WINDOW') return;
    expect(r.reasons).toHaveLength(3);
    expect(r.reasons.join('\n')).toMatch(/ended on 2026-05-31[\s\S]*2016-05-01[\s\S]*王小明/);
  });

  it('fails a permit that was not endorsed past the old validity, and too few months paid', () => {
    const r = review(
      facts({
        residencePermitValidUntil: '2026-10-31',
        socialInsurance: [
          { from: '2020-01', to: '2025-12', base: 20000, incomeTaxBase: 20000 },
          { from: '2026-09', to: '2026-09', base: 20000, incomeTaxBase: 20000 },
        ],
        employmentStartDate: '2026-09-01',
      }),
    );
    expect(r).toMatchObject({ decision: 'WINDOW', cause: 'FAILED' });
    if (r.decision !== 'WINDOW') return;
    expect(r.reasons.join('\n')).toContain('not endorsed');
    expect(r.reasons.join('\n')).toContain('only 4 of the last 12 months paid');
  });

  it('fails on a registry check that failed (the findings say which)', () => {
    const r = review(
      facts(
        { residencePermitValidUntil: null, residencePermitIssuedOn: null },
        {
          outcome: 'FAILED',
          findings: [
            { code: 'RESIDENCE_PERMIT_NOT_VALID', note: 'The residence permit was cancelled (注销)' },
          ],
        },
      ),
    );
    expect(r).toMatchObject({ decision: 'WINDOW', cause: 'FAILED' });
    if (r.decision !== 'WINDOW') return;
    expect(r.reasons[0]).toBe('RESIDENCE_PERMIT_NOT_VALID: The residence permit was cancelled (注销)');
  });
});
