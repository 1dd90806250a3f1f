import { addWorkingDays, currentCalendarVersion } from '@points/calendar';

/** Archive retrieval (调档) takes about 20 working days from acceptance. */
export const ARCHIVE_REVIEW_WORKING_DAYS = 20;
/** 积分核定 within 20 working days of formal acceptance (正式受理). */
export const SCORING_WORKING_DAYS = 20;

export interface Deadline {
  dueOn: string;
  /** The calendar did not know every day counted: the date may move when the holidays are published. */
  provisional: boolean;
  calendarDataVersion: string;
}

export function workingDayDeadline(from: string, workingDays: number): Deadline {
  const { date, provisional } = addWorkingDays(from, workingDays);
  return { dueOn: date, provisional, calendarDataVersion: currentCalendarVersion() };
}

/** Where nothing is due, the queue sorts the row last (one non-null sort key keeps keyset simple). */
export const NOTHING_DUE = '9999-12-31';

/**
 * SUBMITTED (等待受理) or MATERIALS_REQUIRED with nothing written for this many days expires (the
 * daily overdue pass, EXPIRED_WAITING). The spec names no period; 30 days is two reminders' worth
 * of the renewal window, long enough for an employer to bring the materials and short enough that
 * the queue does not fill with the abandoned. Their queue due is the day the pass expires them:
 * the China-calendar day of the last write plus this many days.
 */
export const WAITING_EXPIRES_AFTER_DAYS = 30;
