import { profileShapeErrors } from './score-profile.check';

// The verified profile arrives as untyped JSON inside an event; these are the shapes it must have.
describe('profileShapeErrors (verified profiles from events)', () => {
  it('accepts the two required dates alone: every other field may be left out', () => {
    expect(profileShapeErrors({ assessmentDate: '2024-07-15', birthDate: '1990-03-01' })).toEqual([]);
  });

  it('accepts every field of the contract, nulls included', () => {
    expect(
      profileShapeErrors({
        assessmentDate: '2024-07-15',
        birthDate: '1990-03-01',
        education: 'MASTER',
        qualification: 'MID_TITLE',
        qualificationMatchesPosition: true,
        socialInsurance: [
          {
            from: '2021-07',
            to: '2024-06',
            base: 5000,
            backPaid: null,
            payerMatchesContract: true,
            baseMatchesTax: true,
          },
        ],
        entrepreneur: false,
        innovationIntermediary: false,
        shortageMajor: false,
        averageAnnualTaxCny: 0,
        averageAnnualLocalHires: 0,
        publicServiceYears: 0,
        remoteSuburbYears: 0,
        freshGraduate: false,
        awards: [],
        spouseHukouMarriageDate: null,
        falseMaterialDates: [],
        administrativeDetentionDates: [],
        criminalRecordDates: [],
        familyPlanningViolation: false,
        seriousCriminalRecord: false,
      }),
    ).toEqual([]);
  });

  it('names a misspelt claim instead of silently ignoring it', () => {
    expect(
      profileShapeErrors({ assessmentDate: '2024-07-15', birthDate: '1990-03-01', entrepeneur: true }),
    ).toEqual([expect.objectContaining({ field: 'profile.entrepeneur', rule: 'unknown-field' })]);
  });

  it('names a container or flag of the wrong JSON type, down to the period', () => {
    const errors = profileShapeErrors({
      assessmentDate: '2024-07-15',
      birthDate: '1990-03-01',
      socialInsurance: [{ from: '2021-07', to: '2024-06', base: 5000, backPaid: 'no' }],
      awards: 'NATIONAL',
    });
    expect(errors.map((error) => [error.field, error.rule])).toEqual([
      ['profile.socialInsurance[0].backPaid', 'json-type'],
      ['profile.awards', 'json-type'],
    ]);
  });

  it('refuses something that is not an object at all', () => {
    expect(profileShapeErrors('a profile')).toEqual([
      expect.objectContaining({ field: 'profile', rule: 'json-type' }),
    ]);
  });
});
