import { Injectable } from '@nestjs/common';
import { toShanghaiDate } from '@points/calendar';

/**
 * Today's date in Shanghai, from one place: deadlines, renewal windows and reminders depend on it,
 * and tests pin it (`app.get(ApplicationClock).pin('2026-10-09')`) instead of waiting for a date.
 */
@Injectable()
export class ApplicationClock {
  private pinned: string | undefined;

  today(): string {
    return this.pinned ?? toShanghaiDate(new Date());
  }

  /** Test seam: fixes `today()`; `undefined` returns to the real clock. */
  pin(date: string | undefined): void {
    this.pinned = date;
  }
}
