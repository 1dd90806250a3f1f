import {
  addYears,
  formatMonthIndex,
  fullYearsBetween,
  isIsoDate,
  isYearMonth,
  monthsBetween,
  parseIsoDate,
  parseYearMonth,
} from './dates.util';

describe('date helpers', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of [
      '2023-02-29',
      '2023-02-30',
      '2023-04-31',
      '2023-13-01',
      '2023-00-10',
      '2023-1-1',
      '20230101',
      '',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isIsoDate('1900-02-29')).toBe(false); // divisible by 100
  });

  it('accepts only real months written YYYY-MM and round-trips them', () => {
    expect(isYearMonth('2023-12')).toBe(true);
    for (const bad of ['2023-13', '2023-00', '2023-1', '2023-01-01']) expect(isYearMonth(bad)).toBe(false);
    expect(formatMonthIndex(parseYearMonth('2023-12')! + 1)).toBe('2024-01');
  });

  it('counts months inclusively', () => {
    expect(monthsBetween('2024-01', '2024-12')).toBe(12);
    expect(monthsBetween('2018-07', '2024-06')).toBe(72);
    expect(monthsBetween('2024-05', '2024-04')).toBe(0);
  });

  it('adds years, keeping 29 February inside February', () => {
    expect(addYears('2024-07-15', -3)).toBe('2021-07-15');
    expect(addYears('2024-02-29', -3)).toBe('2021-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts full years with the anniversary itself included', () => {
    expect(fullYearsBetween('1980-07-15', '2024-07-15')).toBe(44);
    expect(fullYearsBetween('1980-07-16', '2024-07-15')).toBe(43);
    expect(fullYearsBetween('2000-02-29', '2021-02-28')).toBe(20);
    expect(fullYearsBetween('2000-02-29', '2021-03-01')).toBe(21);
  });
});
