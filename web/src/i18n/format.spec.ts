import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, shanghaiToday } from './format';

describe('dates as Shanghai writes them', () => {
  it('writes 2026年12月1日 in Chinese and 2026-12-01 in English', () => {
    expect(formatDate('2026-12-01', 'zh')).toBe('2026年12月1日');
    expect(formatDate('2026-12-01', 'en')).toBe('2026-12-01');
    expect(formatDate('2026-03', 'zh')).toBe('2026年3月');
    expect(formatDate(null, 'zh')).toBe('—');
  });

  it("shows an instant on Shanghai's clock whatever the browser's time zone", () => {
    // 16:30 UTC on 30 November is 00:30 on 1 December in Shanghai (UTC+8).
    expect(formatDateTime('2026-11-30T16:30:00.000Z', 'zh')).toBe('2026年12月1日 00:30');
    expect(formatDateTime('2026-11-30T16:30:00.000Z', 'en')).toBe('2026-12-01 00:30');
    expect(shanghaiToday(new Date('2026-11-30T16:30:00.000Z'))).toBe('2026-12-01');
  });
});
