import { oneYearFrom, pointsValidUntil, verifiedPermitExpiry } from './points-validity.util';

describe('pointsValidUntil', () => {
  it('runs to the verified expiry, not the typed one', () => {
    expect(
      pointsValidUntil({ verifiedExpiry: '2027-03-31', typedExpiry: '2099-12-31', decidedOn: '2026-12-01' }),
    ).toBe('2027-03-31');
  });

  it('never runs more than a year from the decision', () => {
    // Decided 2026-12-01: a year's validity ends on 2027-11-30.
    expect(
      pointsValidUntil({ verifiedExpiry: '2028-06-30', typedExpiry: null, decidedOn: '2026-12-01' }),
    ).toBe('2027-11-30');
    // Without a registry answer of its own, a typed 2099 expiry is capped the same way.
    expect(
      pointsValidUntil({ verifiedExpiry: null, typedExpiry: '2099-12-31', decidedOn: '2026-12-01' }),
    ).toBe('2027-11-30');
    expect(pointsValidUntil({ verifiedExpiry: null, typedExpiry: null, decidedOn: '2026-12-01' })).toBeNull();
  });

  it("gives a renewal the endorsed permit's new year, from the day after the validity it continues", () => {
    // Renewed on 2026-10-10 for points valid to 2026-10-31: the new year is 2026-11-01 – 2027-10-31.
    expect(
      pointsValidUntil({
        verifiedExpiry: null,
        typedExpiry: '2027-10-31',
        decidedOn: '2026-10-10',
        continuesUntil: '2026-10-31',
      }),
    ).toBe('2027-10-31');
    expect(
      pointsValidUntil({
        verifiedExpiry: null,
        typedExpiry: '2099-12-31',
        decidedOn: '2026-10-10',
        continuesUntil: '2026-10-31',
      }),
    ).toBe('2027-10-31');
  });

  it('counts a year from 29 February to 27 February', () => {
    expect(oneYearFrom('2028-02-29')).toBe('2029-02-27');
    expect(oneYearFrom('2026-03-01')).toBe('2027-02-28');
  });

  it('reads only a real date from the verified profile', () => {
    const profile = { assessmentDate: '2026-03-02', birthDate: '1990-03-07' };
    expect(verifiedPermitExpiry({ ...profile, residencePermitValidUntil: '2027-01-31' })).toBe('2027-01-31');
    expect(verifiedPermitExpiry({ ...profile, residencePermitValidUntil: 'soon' })).toBeNull();
    expect(verifiedPermitExpiry(null)).toBeNull();
  });
});
