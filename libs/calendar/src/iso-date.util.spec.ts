import { CalendarException, CalendarExceptionCode } from './calendar.exception';
import { addCalendarDays, calendarDaysBetween, dayOfWeek, isIsoDate } from './iso-date.util';

describe('addCalendarDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'], // 2024 is a leap year
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-01-15', 0, '2025-01-15'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected);
  });

  it('rejects a date that does not exist', () => {
    expect(() => addCalendarDays('2023-02-29', 1)).toThrow(
      expect.objectContaining({ code: CalendarExceptionCode.INVALID_DATE }),
    );
  });

  it('rejects a fractional count', () => {
    expect(() => addCalendarDays('2025-01-01', 1.5)).toThrow(CalendarException);
  });
});

describe('calendarDaysBetween', () => {
  it('counts 366 days across the leap year 2024 and is signed', () => {
    expect(calendarDaysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(calendarDaysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['1970-01-01', 4], // a Thursday, the epoch
    ['1969-12-31', 3], // before the epoch
    ['2024-02-18', 0], // "2月18日（星期日）上班" in the 2024 holiday notice
    ['2025-10-11', 6], // "10月11日（星期六）上班" in the 2025 holiday notice
  ])('%s is day %i', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each(['2023-02-29', '2024-04-31', '2024-13-01', '2024-1-5', '20240105', '0099-01-01', '', 'today'])(
    'rejects %s',
    (date) => {
      expect(isIsoDate(date)).toBe(false);
    },
  );
});
