import { calendarSourceOf, CalendarSource, currentCalendarVersion, isDateCovered } from './holiday-data.util';
import { usePublishedSchedules } from './published-schedule.util';
import { statutoryDaysOff, statutoryDaysOffList } from './statutory-rules.util';
import { addWorkingDays, isWorkingDay } from './working-days.util';

// The law: 《全国年节及纪念日放假办法》 (2024 revision, in force 2025): 元旦 1 day, 春节 4 days (除夕 and
// 初一至初三), 清明 1, 劳动节 2 (1–2 May), 端午 1, 中秋 1, 国庆 3 (1–3 October); a holiday on a weekend
// is made up on a working day (补假). The expected days below are the law's days read off the State
// Council notices for 2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号), not the code.

describe('statutoryDaysOff: the law alone', () => {
  it('2025: the thirteen statutory days, 端午 on Saturday 5-31 made up on Monday 6-2', () => {
    expect([...statutoryDaysOff(2025).keys()]).toEqual([
      '2025-01-01', // 元旦（周三）
      '2025-01-28', // 春节：1月28日（农历除夕、周二）
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-04', // 清明节 4月4日（周五）
      '2025-05-01', // 劳动节 5月1日（周四）、2日
      '2025-05-02',
      '2025-05-31', // 端午节 5月31日（周六）至6月2日（周一）
      '2025-06-02',
      '2025-10-01', // 国庆节 10月1日（周三）至3日
      '2025-10-02',
      '2025-10-03',
      '2025-10-06', // 中秋节（八月十五，周一）
    ]);
  });

  it('2026: 除夕 is 2-16 (腊月二十九); 清明 on Sunday, 5-2 and 10-3 on Saturday are made up on Mondays', () => {
    expect(statutoryDaysOffList(2026)).toEqual([
      { date: '2026-01-01', name: '元旦' },
      { date: '2026-02-16', name: '春节' },
      { date: '2026-02-17', name: '春节' },
      { date: '2026-02-18', name: '春节' },
      { date: '2026-02-19', name: '春节' },
      { date: '2026-04-05', name: '清明节' },
      { date: '2026-04-06', name: '清明节（补假）' }, // 清明节：4月4日（周六）至6日（周一）
      { date: '2026-05-01', name: '劳动节' },
      { date: '2026-05-02', name: '劳动节' },
      { date: '2026-05-04', name: '劳动节（补假）' },
      { date: '2026-06-19', name: '端午节' },
      { date: '2026-09-25', name: '中秋节' },
      { date: '2026-10-01', name: '国庆节' },
      { date: '2026-10-02', name: '国庆节' },
      { date: '2026-10-03', name: '国庆节' },
      { date: '2026-10-05', name: '国庆节（补假）' },
    ]);
  });

  it.each([2025, 2026])('never calls a day off that the %i notice kept a working day', (year) => {
    for (const date of statutoryDaysOff(year).keys())
      expect([date, isWorkingDay(date)]).toEqual([date, false]);
  });

  it('2027 (no notice yet): 春节 6 February, weekend holidays made up on the next free weekdays', () => {
    const off = statutoryDaysOff(2027);
    expect([...off.keys()]).toEqual([
      '2027-01-01', // Friday
      '2027-02-05', // 除夕, Friday
      '2027-02-06', // 正月初一, Saturday
      '2027-02-07',
      '2027-02-08',
      '2027-02-09', // 补假 for Saturday 2-6
      '2027-02-10', // 补假 for Sunday 2-7
      '2027-04-05', // 清明, Monday
      '2027-05-01', // Saturday
      '2027-05-02', // Sunday
      '2027-05-03',
      '2027-05-04',
      '2027-06-09', // 端午, Wednesday
      '2027-09-15', // 中秋, Wednesday
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
      '2027-10-04',
      '2027-10-05',
    ]);
  });

  it('2028: 正月初一 is 26 January, so 除夕 is 25 January', () => {
    expect(statutoryDaysOff(2028).get('2028-01-25')).toBe('春节');
    expect(statutoryDaysOff(2028).get('2028-01-26')).toBe('春节');
  });

  it('gives nothing before the 2024 revision (such years are outside the data and the law used here)', () => {
    expect(statutoryDaysOff(2003).size).toBe(0);
  });
});

describe('working days in a year without a notice', () => {
  afterEach(() => usePublishedSchedules([]));

  it('counts the law: 1 working day after Thursday 2027-09-30 is Wednesday 10-06, provisional', () => {
    expect(calendarSourceOf(2027)).toBe(CalendarSource.STATUTORY_RULES);
    expect(addWorkingDays('2027-09-30', 1)).toEqual({ date: '2027-10-06', provisional: true });
  });

  it('a published schedule comes first: the notice’s 调休 then decides, and the deadline is settled', () => {
    usePublishedSchedules([
      {
        year: 2027,
        revision: 1,
        holidays: ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
          date: `2027-10-${d}`,
          name: '国庆节',
        })),
        workdays: [
          { date: '2027-09-26', name: '国庆节调休上班' },
          { date: '2027-10-09', name: '国庆节调休上班' },
        ],
      },
    ]);
    expect(calendarSourceOf(2027)).toBe(CalendarSource.PUBLISHED);
    expect(isWorkingDay('2027-09-26')).toBe(true); // a Sunday
    expect(isWorkingDay('2027-10-06')).toBe(false); // off by the entry, a working day by the law alone
    // Days the entry does not name are ordinary: 元旦 must be entered too (HRSS enters the whole notice).
    expect(isWorkingDay('2027-01-01')).toBe(true);
    expect(addWorkingDays('2027-09-30', 1)).toEqual({ date: '2027-10-08', provisional: false });
    expect(currentCalendarVersion()).toContain('published:2027r1');
  });

  it('the next year published settles late December of the last package year', () => {
    expect(isDateCovered('2026-12-28')).toBe(false);
    usePublishedSchedules([
      { year: 2027, revision: 3, holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] },
    ]);
    expect(isDateCovered('2026-12-28')).toBe(true);
    expect(addWorkingDays('2026-12-28', 5)).toEqual({ date: '2027-01-05', provisional: false });
  });

  it('refuses a schedule with a day outside its year or a day listed twice', () => {
    expect(() =>
      usePublishedSchedules([
        { year: 2027, revision: 1, holidays: [{ date: '2028-01-01', name: '元旦' }], workdays: [] },
      ]),
    ).toThrow('outside 2027');
    expect(() =>
      usePublishedSchedules([
        {
          year: 2027,
          revision: 1,
          holidays: [{ date: '2027-01-01', name: '元旦' }],
          workdays: [{ date: '2027-01-01', name: '上班' }],
        },
      ]),
    ).toThrow('listed twice');
  });
});
