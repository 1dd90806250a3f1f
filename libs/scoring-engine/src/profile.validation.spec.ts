import { EmployerKind, validateProfile, type FieldError, type ScoreProfileInput } from './index';

const TODAY = '2024-07-15';
const VALID: ScoreProfileInput = {
  assessmentDate: '2024-07-15',
  birthDate: '1990-03-01',
  socialInsurance: [
    { from: '2020-01', to: '2021-12', base: 8000 },
    { from: '2022-01', to: '2024-06', base: 9000 },
  ],
  spouseHukouMarriageDate: '2015-05-20',
  falseMaterialDates: ['2020-01-01'],
};

function errorsFor(change: Partial<ScoreProfileInput>, today = TODAY): FieldError[] {
  return validateProfile({ ...VALID, ...change }, { today });
}

function only(change: Partial<ScoreProfileInput>, today = TODAY): FieldError {
  const errors = errorsFor(change, today);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('validateProfile', () => {
  it('accepts a valid profile and one with only the two dates', () => {
    expect(errorsFor({})).toEqual([]);
    expect(
      validateProfile({ assessmentDate: '2024-07-15', birthDate: '1990-03-01' }, { today: TODAY }),
    ).toEqual([]);
  });

  it('rejects a period whose to is before its from, naming profile.socialInsurance[i].to', () => {
    const error = only({
      socialInsurance: [
        { from: '2020-01', to: '2020-12', base: 8000 },
        { from: '2021-01', to: '2021-12', base: 8000 },
        { from: '2023-05', to: '2023-01', base: 8000 },
      ],
    });
    expect(error).toMatchObject({ field: 'profile.socialInsurance[2].to', rule: 'to-not-before-from' });
    expect(error.message).toContain(
      'profile.socialInsurance[2].to (2023-01) is before profile.socialInsurance[2].from (2023-05)',
    );
  });

  it('rejects overlapping periods, naming the later one and the one it overlaps', () => {
    const error = only({
      socialInsurance: [
        { from: '2020-01', to: '2021-12', base: 8000 },
        { from: '2022-01', to: '2024-06', base: 9000 },
        { from: '2021-12', to: '2021-12', base: 9000 },
      ],
    });
    expect(error).toMatchObject({ field: 'profile.socialInsurance[2].from', rule: 'no-overlap' });
    expect(error.message).toContain('overlaps profile.socialInsurance[0]');
  });

  it('accepts periods that touch without overlapping, in any order', () => {
    expect(
      errorsFor({
        socialInsurance: [
          { from: '2022-01', to: '2024-06', base: 9000 },
          { from: '2020-01', to: '2021-12', base: 8000 },
        ],
      }),
    ).toEqual([]);
  });

  it('rejects a negative base and a base that is not a number', () => {
    expect(only({ socialInsurance: [{ from: '2020-01', to: '2020-12', base: -1 }] })).toMatchObject({
      field: 'profile.socialInsurance[0].base',
      rule: 'non-negative',
    });
    expect(only({ socialInsurance: [{ from: '2020-01', to: '2020-12', base: Number.NaN }] })).toMatchObject({
      field: 'profile.socialInsurance[0].base',
      rule: 'finite-number',
    });
  });

  it('rejects a birth date after the assessment date', () => {
    const error = only({ birthDate: '2024-07-16' });
    expect(error).toMatchObject({ field: 'profile.birthDate', rule: 'not-after-assessment-date' });
    expect(error.message).toContain('profile.assessmentDate');
  });

  it('rejects dates and months that do not exist', () => {
    expect(only({ birthDate: '2023-02-30' })).toMatchObject({
      field: 'profile.birthDate',
      rule: 'real-date',
    });
    expect(only({ birthDate: '1990-3-1' })).toMatchObject({ field: 'profile.birthDate', rule: 'real-date' });
    expect(only({ spouseHukouMarriageDate: '2019-02-29' })).toMatchObject({
      field: 'profile.spouseHukouMarriageDate',
      rule: 'real-date',
    });
    expect(only({ criminalRecordDates: ['2020-04-31'] })).toMatchObject({
      field: 'profile.criminalRecordDates[0]',
      rule: 'real-date',
    });
    const month = only({ socialInsurance: [{ from: '2023-13', to: '2024-01', base: 8000 }] });
    expect(month).toMatchObject({ field: 'profile.socialInsurance[0].from', rule: 'real-month' });
    expect(month.message).toContain('"2023-13"');
    expect(errorsFor({ birthDate: '2020-02-29', socialInsurance: [] })).toEqual([]); // a real leap day (a child: no insurance)
  });

  it('requires the assessment and birth dates', () => {
    const errors = validateProfile(
      // @ts-expect-error a profile without its birth date, as untyped JSON could send it
      { assessmentDate: '', birthDate: undefined },
      { today: TODAY },
    );
    expect(errors).toEqual([
      expect.objectContaining({ field: 'profile.assessmentDate', rule: 'required' }),
      expect.objectContaining({ field: 'profile.birthDate', rule: 'required' }),
    ]);
  });

  it('rejects an assessment date before 2000-01-01', () => {
    const in2000 = {
      birthDate: '1970-01-01',
      socialInsurance: [],
      spouseHukouMarriageDate: null,
      falseMaterialDates: [],
    };
    expect(errorsFor({ ...in2000, assessmentDate: '2000-01-01' })).toEqual([]);
    const error = only({ ...in2000, assessmentDate: '1999-12-31' });
    expect(error).toMatchObject({ field: 'profile.assessmentDate', rule: 'not-before-2000' });
  });

  it('rejects an assessment date more than a year after the caller’s today', () => {
    expect(errorsFor({ assessmentDate: '2025-07-15' })).toEqual([]);
    const error = only({ assessmentDate: '2025-07-16' });
    expect(error).toMatchObject({ field: 'profile.assessmentDate', rule: 'not-more-than-a-year-ahead' });
    expect(error.message).toContain('today (2024-07-15)');
    // The same profile is fine for a caller whose today is later: the engine has no clock of its own.
    expect(errorsFor({ assessmentDate: '2025-07-16' }, '2024-08-01')).toEqual([]);
  });

  it('refuses a today that is not a real date (a programming error)', () => {
    expect(() => validateProfile(VALID, { today: '2024-02-30' })).toThrow(RangeError);
  });

  it('rejects negative counts and years, NaN and fractional years', () => {
    expect(only({ averageAnnualTaxCny: -5 })).toMatchObject({
      field: 'profile.averageAnnualTaxCny',
      rule: 'non-negative',
    });
    expect(only({ averageAnnualLocalHires: Number.NaN })).toMatchObject({
      field: 'profile.averageAnnualLocalHires',
      rule: 'finite-number',
    });
    expect(only({ publicServiceYears: -1 })).toMatchObject({
      field: 'profile.publicServiceYears',
      rule: 'non-negative',
    });
    expect(only({ remoteSuburbYears: 5.5 })).toMatchObject({
      field: 'profile.remoteSuburbYears',
      rule: 'whole-number',
    });
    expect(only({ remoteSuburbYears: Number.POSITIVE_INFINITY })).toMatchObject({ rule: 'finite-number' });
  });

  it('rejects a record or marriage dated after the assessment date', () => {
    expect(only({ administrativeDetentionDates: ['2023-01-01', '2024-08-01'] })).toMatchObject({
      field: 'profile.administrativeDetentionDates[1]',
      rule: 'not-after-assessment-date',
    });
    expect(only({ spouseHukouMarriageDate: '2024-07-16' })).toMatchObject({
      field: 'profile.spouseHukouMarriageDate',
      rule: 'not-after-assessment-date',
    });
  });

  it('rejects unknown enum values coming from untyped JSON', () => {
    expect(only({ education: 'PHD' as never })).toMatchObject({
      field: 'profile.education',
      rule: 'known-value',
    });
    expect(only({ awards: ['NATIONAL', 'NOBEL'] as never })).toMatchObject({
      field: 'profile.awards[1]',
      rule: 'known-value',
    });
  });

  it('reports every problem at once, each with a message naming its field', () => {
    const errors = errorsFor({
      birthDate: '2030-01-01',
      socialInsurance: [{ from: '2020-05', to: '2020-01', base: -3 }],
      publicServiceYears: -2,
    });
    expect(errors.map((error) => `${error.field}:${error.rule}`)).toEqual([
      'profile.birthDate:not-after-assessment-date',
      'profile.socialInsurance[0].base:non-negative',
      'profile.socialInsurance[0].to:to-not-before-from',
      'profile.publicServiceYears:non-negative',
    ]);
    for (const error of errors) expect(error.message).toContain(error.field);
  });

  describe('bounds of a life (scoring.md "Bounds")', () => {
    // Born 1990-03-01, assessed 2024-07-15: insurance months 2006-03..2024-07, 18 full working years.
    it('takes contribution months from the month of the 16th birthday to the assessment month', () => {
      expect(errorsFor({ socialInsurance: [{ from: '2006-03', to: '2024-07', base: 8000 }] })).toEqual([]);
      expect(only({ socialInsurance: [{ from: '2006-02', to: '2024-06', base: 8000 }] })).toMatchObject({
        field: 'profile.socialInsurance[0].from',
        rule: 'within-working-life',
      });
      expect(only({ socialInsurance: [{ from: '2020-01', to: '2024-08', base: 8000 }] })).toMatchObject({
        field: 'profile.socialInsurance[0].to',
        rule: 'within-working-life',
      });
    });

    it('bounds years of service by the years since the 16th birthday', () => {
      expect(errorsFor({ publicServiceYears: 18, remoteSuburbYears: 18 })).toEqual([]);
      expect(only({ publicServiceYears: 19 })).toMatchObject({
        field: 'profile.publicServiceYears',
        rule: 'at-most-a-life',
      });
      expect(only({ remoteSuburbYears: 200 })).toMatchObject({
        field: 'profile.remoteSuburbYears',
        rule: 'at-most-a-life',
      });
    });

    it('bounds the lists with one problem each, without checking their items one by one', () => {
      const periods = Array.from({ length: 301 }, () => ({ from: 'bad', to: 'bad', base: -1 }));
      expect(errorsFor({ socialInsurance: periods })).toEqual([
        expect.objectContaining({ field: 'profile.socialInsurance', rule: 'too-many-items' }),
      ]);
      expect(only({ falseMaterialDates: Array.from({ length: 51 }, () => '2020-01-01') })).toMatchObject({
        field: 'profile.falseMaterialDates',
        rule: 'too-many-items',
      });
    });

    it('does not fail on a birth date too late for a 16th birthday to be written', () => {
      expect(() => errorsFor({ birthDate: '9999-12-31', assessmentDate: '9999-12-31' })).not.toThrow();
    });
  });

  describe('the facts canApply rests on (第二条)', () => {
    it('accepts a permit, a contract and an employer kind, and leaves them out without a problem', () => {
      expect(
        errorsFor({
          residencePermitIssuedOn: '2024-04-01',
          residencePermitValidUntil: '2025-03-31',
          employmentStartDate: '2021-07-01',
          employmentEndDate: null,
          employerKind: EmployerKind.SHANGHAI_REGISTERED,
        }),
      ).toEqual([]);
    });

    it('rejects a permit that ends before it starts, naming residencePermitValidUntil', () => {
      expect(
        only({ residencePermitIssuedOn: '2024-04-01', residencePermitValidUntil: '2024-03-31' }),
      ).toMatchObject({
        field: 'profile.residencePermitValidUntil',
        rule: 'not-before-start',
      });
    });

    it('rejects a date that is not real, a contract ending before it starts, and an end without a start', () => {
      expect(only({ residencePermitValidUntil: '2025-02-29' })).toMatchObject({
        field: 'profile.residencePermitValidUntil',
        rule: 'real-date',
      });
      expect(only({ employmentStartDate: '2024-05-01', employmentEndDate: '2024-04-30' })).toMatchObject({
        field: 'profile.employmentEndDate',
        rule: 'not-before-start',
      });
      expect(only({ employmentEndDate: '2024-04-30' })).toMatchObject({
        field: 'profile.employmentStartDate',
        rule: 'required',
      });
    });

    it('rejects an unknown employer kind', () => {
      expect(only({ employerKind: 'OFFSHORE' as EmployerKind })).toMatchObject({
        field: 'profile.employerKind',
        rule: 'known-value',
      });
    });

    it('rejects a negative or non-finite income-tax base, naming the period', () => {
      expect(
        only({ socialInsurance: [{ from: '2020-01', to: '2021-12', base: 8000, incomeTaxBase: -1 }] }),
      ).toMatchObject({ field: 'profile.socialInsurance[0].incomeTaxBase', rule: 'non-negative' });
      expect(
        only({
          socialInsurance: [{ from: '2020-01', to: '2021-12', base: 8000, incomeTaxBase: Number.NaN }],
        }),
      ).toMatchObject({ field: 'profile.socialInsurance[0].incomeTaxBase', rule: 'finite-number' });
    });
  });
});
