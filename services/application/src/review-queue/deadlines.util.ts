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
