import { addCalendarDays, addWorkingDays } from '@points/calendar';

/** The renewal (积分确认) may be made from 3 working days after the endorsement (data sync delay)… */
export const RENEWAL_OPENS_AFTER_WORKING_DAYS = 3;
/** …and within 60 days of it, else the points lapse and the holder applies anew. */
export const RENEWAL_WINDOW_DAYS = 60;

export interface RenewalWindow {
  endorsedOn: string;
  opensOn: string;
  closesOn: string;
  /** The opening day lies where the holiday data is not settled yet. */
  provisional: boolean;
}

export function renewalWindowOf(endorsedOn: string): RenewalWindow {
  const opens = addWorkingDays(endorsedOn, RENEWAL_OPENS_AFTER_WORKING_DAYS);
  return {
    endorsedOn,
    opensOn: opens.date,
    closesOn: addCalendarDays(endorsedOn, RENEWAL_WINDOW_DAYS),
    provisional: opens.provisional,
  };
}

export type WindowPosition = 'TOO_EARLY' | 'OPEN' | 'CLOSED';

export function positionInWindow(window: RenewalWindow, today: string): WindowPosition {
  if (today < window.opensOn) return 'TOO_EARLY';
  if (today > window.closesOn) return 'CLOSED';
  return 'OPEN';
}
