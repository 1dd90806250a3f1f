import { isoWeekStart } from './statistics-read-model';
import { histogramMedian, isoWeekLabel } from './statistics.service';

describe('statistics arithmetic', () => {
  it('puts a day in the ISO week that starts on its Monday', () => {
    expect(isoWeekStart('2026-03-02')).toBe('2026-03-02'); // a Monday
    expect(isoWeekStart('2026-03-08')).toBe('2026-03-02'); // its Sunday
    expect(isoWeekStart('2026-01-01')).toBe('2025-12-29'); // Thursday 1 January 2026
  });

  it('labels ISO weeks by the year of their Thursday', () => {
    expect(isoWeekLabel('2025-12-29')).toBe('2026-W01'); // its Thursday is 1 January 2026
    expect(isoWeekLabel('2026-03-02')).toBe('2026-W10');
    expect(isoWeekLabel('2026-12-28')).toBe('2026-W53'); // 2026 starts on a Thursday: 53 weeks
    expect(isoWeekLabel('2027-01-04')).toBe('2027-W01');
  });

  it('takes the exact median of a histogram', () => {
    expect(histogramMedian([])).toBeNull();
    // 3, 4, 4, 9 → (4 + 4) / 2
    expect(
      histogramMedian([
        { value: 3, n: 1 },
        { value: 4, n: 2 },
        { value: 9, n: 1 },
      ]),
    ).toBe(4);
    // 3, 4, 6, 8 → 5
    expect(
      histogramMedian([
        { value: 3, n: 1 },
        { value: 4, n: 1 },
        { value: 6, n: 1 },
        { value: 8, n: 1 },
      ]),
    ).toBe(5);
    // 1 ×5, 20 ×4: the middle of nine is the fifth, 1
    expect(
      histogramMedian([
        { value: 1, n: 5 },
        { value: 20, n: 4 },
      ]),
    ).toBe(1);
  });
});
