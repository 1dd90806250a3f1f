import { CalendarException } from './calendar.exception';
import { toShanghaiDate } from './shanghai-date.util';

describe('toShanghaiDate', () => {
  it.each([
    ['2024-02-09T15:59:59.999Z', '2024-02-09'], // 23:59:59 in Shanghai
    ['2024-02-09T16:00:00.000Z', '2024-02-10'], // midnight in Shanghai, still the 9th in UTC
    ['2024-12-31T16:30:00.000Z', '2025-01-01'],
    ['2025-06-30T23:00:00.000Z', '2025-07-01'],
  ])('%s is %s in Shanghai', (instant, expected) => {
    expect(toShanghaiDate(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => toShanghaiDate(new Date('not a date'))).toThrow(CalendarException);
  });
});
