// The SmsMessage's lifecycle as data (GOV.UK Notify's states, sms-message-status.enum.ts): each
// action, the statuses it leaves from and those it may lead to. Every move is the system's (the
// worker, a provider's receipt, the sweeper); people never move a message: HRSS's resend writes a
// new one. `SmsMessageRepository.transition()` turns an entry into the guard of its one UPDATE.
import { SmsMessageStatus } from './sms-message-status.enum';

export enum SmsMessageAction {
  /** A worker takes the message (CREATED, or a dead worker's SENDING claim with no answer). */
  CLAIM = 'CLAIM',
  /** The provider took it (still SENDING until its receipt) or already knows it was delivered. */
  RECORD_ACCEPTED = 'RECORD_ACCEPTED',
  /** The provider refused it for good or for now. */
  RECORD_REFUSED = 'RECORD_REFUSED',
  /** No provider took it: back to CREATED after a backoff. */
  RETRY_LATER = 'RETRY_LATER',
  /** Rate-limited before any call: back (a resumed claim stays SENDING), the attempt not counted. */
  GIVE_BACK = 'GIVE_BACK',
  /** The provider may have it (timeout): stays SENDING, resumable after the backoff. */
  RETRY_SAME_PROVIDER = 'RETRY_SAME_PROVIDER',
  /** Every attempt used up. */
  GIVE_UP = 'GIVE_UP',
  /** A provider's delivery receipt. */
  RECEIPT = 'RECEIPT',
  /** The sweeper: no receipt came in time. */
  RECEIPT_TIMED_OUT = 'RECEIPT_TIMED_OUT',
}

export interface SmsTransition {
  from: readonly SmsMessageStatus[];
  to: readonly SmsMessageStatus[];
  by: 'SYSTEM';
}

const M = SmsMessageStatus;

export const SMS_TRANSITIONS: Readonly<Record<SmsMessageAction, SmsTransition>> = {
  [SmsMessageAction.CLAIM]: { from: [M.CREATED, M.SENDING], to: [M.SENDING], by: 'SYSTEM' },
  [SmsMessageAction.RECORD_ACCEPTED]: { from: [M.SENDING], to: [M.SENDING, M.DELIVERED], by: 'SYSTEM' },
  [SmsMessageAction.RECORD_REFUSED]: {
    from: [M.SENDING],
    to: [M.PERMANENT_FAILURE, M.TEMPORARY_FAILURE],
    by: 'SYSTEM',
  },
  [SmsMessageAction.RETRY_LATER]: { from: [M.SENDING], to: [M.CREATED], by: 'SYSTEM' },
  [SmsMessageAction.GIVE_BACK]: { from: [M.SENDING], to: [M.CREATED, M.SENDING], by: 'SYSTEM' },
  [SmsMessageAction.RETRY_SAME_PROVIDER]: { from: [M.SENDING], to: [M.SENDING], by: 'SYSTEM' },
  [SmsMessageAction.GIVE_UP]: { from: [M.SENDING], to: [M.TECHNICAL_FAILURE], by: 'SYSTEM' },
  [SmsMessageAction.RECEIPT]: {
    from: [M.SENDING],
    to: [M.DELIVERED, M.PERMANENT_FAILURE, M.TEMPORARY_FAILURE],
    by: 'SYSTEM',
  },
  [SmsMessageAction.RECEIPT_TIMED_OUT]: { from: [M.SENDING], to: [M.TEMPORARY_FAILURE], by: 'SYSTEM' },
};
