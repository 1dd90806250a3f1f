import { CalendarExceptionCode } from './calendar.exception';
import { calendarDataVersion, coveredYears, isDateCovered, isYearCovered } from './holiday-data.util';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.util';

// Expected values come from the State Council holiday notices (国务院办公厅关于…部分节假日安排的通知),
// not from the data under test.

describe('isWorkingDay', () => {
  describe('2024 Spring Festival: 2月10日至17日放假调休；2月4日（星期日）、2月18日（星期日）上班', () => {
    it.each([
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-02-15',
      '2024-02-16',
      '2024-02-17',
    ])('%s is a day off', (date) => {
      expect(isWorkingDay(date)).toBe(false);
    });

    it.each(['2024-02-04', '2024-02-18'])('%s (a Sunday) is a make-up working day', (date) => {
      expect(isWorkingDay(date)).toBe(true);
    });

    it('2024-02-09 (除夕, a Friday) stayed a working day that year', () => {
      expect(isWorkingDay('2024-02-09')).toBe(true);
    });

    it('an ordinary weekend next to it is still off (2024-02-03, Saturday)', () => {
      expect(isWorkingDay('2024-02-03')).toBe(false);
    });
  });

  describe('2025 National Day and Mid-autumn: 10月1日至8日放假调休；9月28日（周日）、10月11日（周六）上班', () => {
    it.each(['2025-10-01', '2025-10-03', '2025-10-06', '2025-10-08'])('%s is a day off', (date) => {
      expect(isWorkingDay(date)).toBe(false);
    });

    it.each(['2025-09-28', '2025-10-11'])('%s is a make-up working day', (date) => {
      expect(isWorkingDay(date)).toBe(true);
    });

    it('2025-10-09 (Thursday) is the first working day after it', () => {
      expect(isWorkingDay('2025-10-09')).toBe(true);
    });
  });

  it('2025 Spring Festival: 1月28日至2月4日 off; 1月26日（周日）、2月8日（周六）上班', () => {
    expect(['2025-01-26', '2025-01-28', '2025-02-04', '2025-02-05', '2025-02-08'].map(isWorkingDay)).toEqual([
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('2026 Spring Festival: 2月15日至23日 off; 2月14日（周六）、2月28日（周六）上班', () => {
    expect(['2026-02-14', '2026-02-16', '2026-02-23', '2026-02-24', '2026-02-28'].map(isWorkingDay)).toEqual([
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('2020: the Spring Festival extension to 2 February cancelled the make-up Saturday 1 February', () => {
    expect(['2020-01-19', '2020-01-31', '2020-02-01', '2020-02-03'].map(isWorkingDay)).toEqual([
      true, // 1月19日（星期日）上班
      false, // extended holiday (国办发明电〔2020〕1号)
      false, // was to be a make-up working day
      true,
    ]);
  });

  it('a notice can reach into the previous year: 2018-12-29 (Sat) worked, 2018-12-31 (Mon) off', () => {
    expect(isWorkingDay('2018-12-29')).toBe(true);
    expect(isWorkingDay('2018-12-31')).toBe(false);
  });

  it('the one-off day of 2015: 9月3日至5日 off, 9月6日（星期日）上班', () => {
    expect(isWorkingDay('2015-09-03')).toBe(false);
    expect(isWorkingDay('2015-09-04')).toBe(false);
    expect(isWorkingDay('2015-09-06')).toBe(true);
  });

  it('outside the data the law still gives 元旦: Friday 2027-01-01 is off, Monday 01-04 works', () => {
    expect(isWorkingDay('2027-01-01')).toBe(false);
    expect(isWorkingDay('2027-01-02')).toBe(false);
    expect(isWorkingDay('2027-01-04')).toBe(true);
  });

  it('rejects a date that does not exist', () => {
    expect(() => isWorkingDay('2024-02-30')).toThrow(
      expect.objectContaining({ code: CalendarExceptionCode.INVALID_DATE }),
    );
  });
});

describe('addWorkingDays', () => {
  it('3 working days after 2024-02-08 is 2024-02-19', () => {
    // 02-09 Fri works (1); 02-10..17 off; 02-18 Sun is a make-up day (2); 02-19 Mon (3).
    expect(addWorkingDays('2024-02-08', 3)).toEqual({ date: '2024-02-19', provisional: false });
  });

  it('1 working day after 2025-09-30 skips the eight days off', () => {
    expect(addWorkingDays('2025-09-30', 1)).toEqual({ date: '2025-10-09', provisional: false });
  });

  it('3 working days after 2025-09-30 lands on the make-up Saturday 2025-10-11', () => {
    // 10-09 Thu (1), 10-10 Fri (2), 10-11 Sat make-up day (3).
    expect(addWorkingDays('2025-09-30', 3).date).toBe('2025-10-11');
  });

  it('never counts the start day: 1 working day after make-up Sunday 2025-09-28 is 09-29', () => {
    // The start day itself is never counted, even when it is a working day.
    expect(addWorkingDays('2025-09-28', 1).date).toBe('2025-09-29');
  });

  it('20 working days of scoring from an acceptance on Friday 2024-09-20 end on 2024-10-23', () => {
    // 09-23..27 Mon–Fri (1–5); 09-28 Sat off; 09-29 Sun make-up (6); 09-30 Mon (7); 10-01..07 off;
    // 10-08..11 Tue–Fri (8–11); 10-12 Sat make-up (12); 10-14..18 Mon–Fri (13–17);
    // 10-21..23 Mon–Wed (18–20).
    expect(addWorkingDays('2024-09-20', 20)).toEqual({ date: '2024-10-23', provisional: false });
  });

  it('with 0 returns the day itself, even a holiday', () => {
    expect(addWorkingDays('2024-02-10', 0)).toEqual({ date: '2024-02-10', provisional: false });
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %p', (n) => {
    expect(() => addWorkingDays('2024-02-08', n)).toThrow(
      expect.objectContaining({ code: CalendarExceptionCode.INVALID_ARGUMENT }),
    );
  });

  it('rejects a start date that does not exist', () => {
    expect(() => addWorkingDays('2025-02-29', 3)).toThrow(
      expect.objectContaining({ code: CalendarExceptionCode.INVALID_DATE }),
    );
  });

  // chinese-days 1.5.7 knows 2004–2026 (see below); on upgrading it, move these to the new last year.
  describe('beyond the holiday data', () => {
    it('is exact up to 24 December of the last covered year (2026-12-21 is a Monday)', () => {
      expect(addWorkingDays('2026-12-21', 3)).toEqual({ date: '2026-12-24', provisional: false });
    });

    it('is provisional from 25 December, which the next notice may still move', () => {
      expect(addWorkingDays('2026-12-21', 4)).toEqual({ date: '2026-12-25', provisional: true });
    });

    it('is provisional across into 2027, where 元旦 (Friday 2027-01-01) is off by law alone', () => {
      // 12-29 Tue (1), 12-30 Wed (2), 12-31 Thu (3), 2027-01-01 Fri 元旦, 01-04 Mon (4), 01-05 Tue (5).
      expect(addWorkingDays('2026-12-28', 5)).toEqual({ date: '2027-01-05', provisional: true });
    });

    it('is provisional before 2004', () => {
      expect(addWorkingDays('2003-06-02', 1)).toEqual({ date: '2003-06-03', provisional: true });
    });
  });
});

describe('workingDaysBetween', () => {
  it('2024 had 251 working days', () => {
    // 366 days from Monday 1 Jan to Tuesday 31 Dec: 52 weeks + Mon, Tue = 262 weekdays.
    // Weekday holidays: 元旦 1, 春节 5 (02-12..16), 清明 2 (04-04, 05), 劳动节 3 (05-01..03), 端午 1 (06-10),
    // 中秋 2 (09-16, 17), 国庆 5 (10-01..04, 07) = 19. Make-up days: 02-04, 02-18, 04-07, 04-28, 05-11,
    // 09-14, 09-29, 10-12 = 8. 262 − 19 + 8 = 251.
    expect(workingDaysBetween('2023-12-31', '2024-12-31')).toBe(251);
  });

  it('2025 had 248 working days', () => {
    // 365 days from Wednesday 1 Jan: 52 weeks + Wed = 261 weekdays. Weekday holidays: 元旦 1,
    // 春节 6 (01-28..31, 02-03, 04), 清明 1 (04-04), 劳动节 3 (05-01, 02, 05), 端午 1 (06-02),
    // 国庆中秋 6 (10-01..03, 06..08) = 18. Make-up days: 01-26, 02-08, 04-27, 09-28, 10-11 = 5.
    // 261 − 18 + 5 = 248.
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
  });

  it('excludes `from` and includes `to`', () => {
    expect(workingDaysBetween('2024-02-08', '2024-02-19')).toBe(3);
    expect(workingDaysBetween('2024-02-19', '2024-02-19')).toBe(0);
  });

  it('is negative when `to` is earlier (days overdue read backwards)', () => {
    expect(workingDaysBetween('2024-02-19', '2024-02-08')).toBe(-3);
  });

  it('undoes addWorkingDays for every start day of 2024 and counts up to 30', () => {
    for (
      let day = new Date(Date.UTC(2024, 0, 1));
      day.getUTCFullYear() === 2024;
      day.setUTCDate(day.getUTCDate() + 1)
    ) {
      const start = day.toISOString().slice(0, 10);
      for (const n of [0, 1, 3, 20, 30]) {
        expect([start, n, workingDaysBetween(start, addWorkingDays(start, n).date)]).toEqual([start, n, n]);
      }
    }
  });
});

describe('holiday data coverage', () => {
  it('names the data version', () => {
    expect(calendarDataVersion).toBe('chinese-days@1.5.7');
  });

  it('covers 2004–2026 without a gap', () => {
    expect(coveredYears[0]).toBe(2004);
    expect(coveredYears.at(-1)).toBe(2026);
    expect(coveredYears).toHaveLength(2026 - 2004 + 1);
  });

  it.each([
    [2003, false],
    [2004, true],
    [2024, true],
    [2026, true],
    [2027, false],
  ])('isYearCovered(%i) is %p', (year, expected) => {
    expect(isYearCovered(year)).toBe(expected);
  });

  it.each([
    ['2025-12-31', true],
    ['2026-12-24', true],
    ['2026-12-25', false],
    ['2027-03-01', false],
    ['2003-12-31', false],
  ])('isDateCovered(%s) is %p', (date, expected) => {
    expect(isDateCovered(date)).toBe(expected);
  });
});
