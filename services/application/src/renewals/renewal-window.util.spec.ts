import { positionInWindow, renewalWindowOf } from './renewal-window.util';

// Worked by hand from the State Council's 2026 notice: 中秋 25–27 Sep off; 国庆 1–7 Oct off;
// Sun 20 Sep and Sat 10 Oct are make-up working days.
describe('renewal window (3 working days after the endorsement, within 60 days of it)', () => {
  it('skips the National Day holiday and counts the make-up Saturday', () => {
    // Endorsed Wed 30 Sep: 1–7 Oct off; Thu 8 (1), Fri 9 (2), Sat 10 make-up day (3).
    expect(renewalWindowOf('2026-09-30')).toEqual({
      endorsedOn: '2026-09-30',
      opensOn: '2026-10-10',
      closesOn: '2026-11-29',
      provisional: false,
    });
  });

  it('skips the Mid-Autumn Friday and the weekend after it', () => {
    // Endorsed Thu 24 Sep: Fri 25–Sun 27 off; Mon 28 (1), Tue 29 (2), Wed 30 (3).
    expect(renewalWindowOf('2026-09-24').opensOn).toBe('2026-09-30');
  });

  it('counts an ordinary week plainly', () => {
    // Endorsed Mon 9 Mar 2026: Tue 10, Wed 11, Thu 12.
    expect(renewalWindowOf('2026-03-09').opensOn).toBe('2026-03-12');
  });

  it('places a day before, inside and after the window', () => {
    const window = renewalWindowOf('2026-09-30');
    expect(positionInWindow(window, '2026-10-09')).toBe('TOO_EARLY');
    expect(positionInWindow(window, '2026-10-10')).toBe('OPEN');
    expect(positionInWindow(window, '2026-11-29')).toBe('OPEN');
    expect(positionInWindow(window, '2026-11-30')).toBe('CLOSED');
  });

  it('marks an opening day in a year the calendar does not know yet as provisional', () => {
    // 2027's notice is not in the data: 29 Dec 2026 (Tue) + 3 working days = Mon 4 Jan 2027 (元旦 by law only).
    const window = renewalWindowOf('2026-12-29');
    expect(window.provisional).toBe(true);
  });
});
