import { isRealDate, validateIsoDate } from './iso-date.validator';

describe('validateIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '1900-01-01'])('accepts %s', (input) => {
    expect(validateIsoDate(input)).toEqual({ ok: true, value: input });
  });

  it.each(['2023-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00'])(
    'DATE_INVALID: %s does not exist',
    (input) => {
      expect(validateIsoDate(input)).toEqual({
        ok: false,
        rule: 'DATE_INVALID',
        message: 'must be a date that exists in the calendar',
      });
    },
  );

  it.each(['2025-1-5', '20250105', '2025/01/05', '2025-01-05T00:00:00Z', ' 2025-01-05', ''])(
    'FORMAT: %s',
    (input) => {
      expect(validateIsoDate(input)).toMatchObject({ ok: false, rule: 'FORMAT' });
    },
  );
});

describe('isRealDate', () => {
  it('knows the Gregorian leap-year rule', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2100, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
  });

  it('rejects non-integers', () => {
    expect(isRealDate(2024, 1.5, 1)).toBe(false);
    expect(isRealDate(Number.NaN, 1, 1)).toBe(false);
  });
});
