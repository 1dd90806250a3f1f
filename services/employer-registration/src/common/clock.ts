import { toShanghaiDate } from '@points/calendar';

/**
 * Where "now" comes from. Injected (token CLOCK) so that the working-day rule and the lockout can
 * be tested around a given day and across 15 minutes without waiting.
 */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

/** Today in Shanghai ("YYYY-MM-DD"): the day the rules (permit delay, suspension, ban) count in. */
export function todayOf(clock: Clock): string {
  return toShanghaiDate(clock.now());
}
