import { registerEnumType } from '@nestjs/graphql';

/**
 * GOV.UK Notify's states. CREATED: written, waiting for a worker (or for its rate-limit window);
 * SENDING: claimed by a worker, then handed to a provider and awaiting its receipt; the other
 * four are final. A provider is called only from CREATED (retries go back to CREATED) or from a
 * SENDING claim whose worker died (resumed with the same provider and idempotency key).
 */
export enum SmsMessageStatus {
  CREATED = 'CREATED',
  SENDING = 'SENDING',
  DELIVERED = 'DELIVERED',
  /** The number does not exist or refuses SMS: resending will not help. */
  PERMANENT_FAILURE = 'PERMANENT_FAILURE',
  /** The handset was off or out of coverage past the provider's retries (Notify: "temporary"). */
  TEMPORARY_FAILURE = 'TEMPORARY_FAILURE',
  /** Our side or the providers failed every attempt. */
  TECHNICAL_FAILURE = 'TECHNICAL_FAILURE',
}

registerEnumType(SmsMessageStatus, { name: 'SmsMessageStatus' });

export const FINAL_STATUSES: readonly SmsMessageStatus[] = [
  SmsMessageStatus.DELIVERED,
  SmsMessageStatus.PERMANENT_FAILURE,
  SmsMessageStatus.TEMPORARY_FAILURE,
  SmsMessageStatus.TECHNICAL_FAILURE,
];

export const FAILURE_STATUSES: readonly SmsMessageStatus[] = [
  SmsMessageStatus.PERMANENT_FAILURE,
  SmsMessageStatus.TEMPORARY_FAILURE,
  SmsMessageStatus.TECHNICAL_FAILURE,
];

export enum SmsRecipientRole {
  EMPLOYER_HR = 'EMPLOYER_HR',
  APPLICANT = 'APPLICANT',
}

registerEnumType(SmsRecipientRole, { name: 'SmsRecipientRole' });

/** At rest the mobile is encrypted with the column as associated data. */
export const MESSAGE_MOBILE_AAD = 'sms_message.mobile';
