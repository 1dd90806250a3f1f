import type { ScoreProfileInput } from '@points/scoring-engine';
import { addCalendarDays } from '@points/calendar';

/** The same day a year on, less one: a year's validity counted from `date`. */
export function oneYearFrom(date: string): string {
  const next = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  // 29 February has no twin next year: from 28 February, less one day.
  return addCalendarDays(next.endsWith('-02-29') ? `${next.slice(0, 8)}28` : next, -1);
}

/**
 * How long approved points are valid (domain.md: until the permit expires; 002: the permit runs a
 * year): until the permit's expiry as the residence registry holds it (`residencePermitValidUntil`
 * of the verified profile), and never more than a year: a year from the decision, or for a
 * renewal or CHANGE that continues points, a year from the day after the validity it continues
 * (the endorsed permit's new year). Only without a registry answer is the typed expiry used, and
 * it is capped the same way: a typed 2099-12-31 never gives points to 2099. Null: nothing to run to.
 */
export function pointsValidUntil(input: {
  verifiedExpiry: string | null;
  typedExpiry: string | null;
  decidedOn: string;
  /** The validity the decision continues (the previous approval's validUntil), if any. */
  continuesUntil?: string | null;
}): string | null {
  const nextPeriod = input.continuesUntil ? addCalendarDays(input.continuesUntil, 1) : null;
  const cap = oneYearFrom(nextPeriod && nextPeriod > input.decidedOn ? nextPeriod : input.decidedOn);
  const expiry = input.verifiedExpiry ?? input.typedExpiry;
  if (!expiry) return null;
  return expiry < cap ? expiry : cap;
}

/** `residencePermitValidUntil` of a verified profile (the registry's expiry), when it holds a real date. */
export function verifiedPermitExpiry(profile: ScoreProfileInput | null): string | null {
  const value = profile?.residencePermitValidUntil;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
