import type { AnyEventEnvelope, EventType } from '@points/events';
import { SmsTemplateCode } from '../templates/sms-template-code.enum';
import { chineseDate, shanghaiDateOf } from '../templates/sms-template.render.util';

/** Who receives one SMS of an event: the applicant, the employer's HR contacts, or one account. */
export type RecipientSelector =
  | { kind: 'applicant'; applicantId: string }
  | { kind: 'employer-hr'; employerId: string }
  | { kind: 'account'; accountId: string };

export interface MessagePlan {
  recipients: RecipientSelector[];
  templateCode: SmsTemplateCode;
  /** Null/undefined values are left for the renderer to refuse (a missing variable is an error). */
  variables: Record<string, string | null | undefined>;
  /** For scoping the messages queries. */
  employerId: string | null;
  applicantId: string | null;
  district: string | null;
}

/** The events that send SMS (account.contact-changed only feeds the directory). */
export type MessagingEventType = Exclude<EventType, 'account.contact-changed'>;

const dateOrNull = (value: string | null): string | null => (value === null ? null : chineseDate(value));

/**
 * What each event says to whom (domain.md §4 and each section's "told by SMS"). Pure, so the
 * routing is unit-tested apart from the database.
 */
export function planMessages(event: AnyEventEnvelope): MessagePlan[] {
  switch (event.type) {
    case 'employer.registration-reviewed': {
      const d = event.data;
      const approved = d.decision === 'APPROVED';
      return [
        {
          recipients: [{ kind: 'employer-hr', employerId: d.employerId }],
          templateCode: approved
            ? SmsTemplateCode.EMPLOYER_REGISTRATION_APPROVED
            : SmsTemplateCode.EMPLOYER_REGISTRATION_REJECTED,
          variables: approved
            ? { employerName: d.employerName }
            : { employerName: d.employerName, reason: d.reason },
          employerId: d.employerId,
          applicantId: null,
          district: d.district,
        },
      ];
    }
    case 'employer.password-reset': {
      const d = event.data;
      return [
        {
          recipients: [{ kind: 'account', accountId: d.accountId }],
          templateCode: SmsTemplateCode.PASSWORD_RESET,
          variables: { resetOn: chineseDate(shanghaiDateOf(event.occurredAt)) },
          employerId: null,
          applicantId: null,
          district: d.district,
        },
      ];
    }
    case 'application.accepted': {
      const d = event.data;
      return [
        {
          recipients: [
            { kind: 'employer-hr', employerId: d.employerId },
            { kind: 'applicant', applicantId: d.applicantId },
          ],
          templateCode: SmsTemplateCode.APPLICATION_ACCEPTED,
          variables: { receiptNo: d.receiptNo },
          employerId: d.employerId,
          applicantId: d.applicantId,
          district: d.district,
        },
      ];
    }
    case 'application.materials-required': {
      const d = event.data;
      return [
        {
          recipients: [{ kind: 'employer-hr', employerId: d.employerId }],
          templateCode: SmsTemplateCode.APPLICATION_MATERIALS_REQUIRED,
          variables: { materials: d.missing.join('、') },
          employerId: d.employerId,
          applicantId: d.applicantId,
          district: d.district,
        },
      ];
    }
    case 'application.decided': {
      const d = event.data;
      const approved = d.decision === 'APPROVED';
      return [
        {
          recipients: [
            { kind: 'applicant', applicantId: d.applicantId },
            { kind: 'employer-hr', employerId: d.employerId },
          ],
          templateCode: approved
            ? SmsTemplateCode.APPLICATION_APPROVED
            : SmsTemplateCode.APPLICATION_REJECTED,
          variables: approved ? { validUntil: dateOrNull(d.validUntil) } : { reason: d.reason },
          employerId: d.employerId,
          applicantId: d.applicantId,
          district: d.district,
        },
      ];
    }
    case 'renewal.due': {
      const d = event.data;
      return [
        {
          recipients: [
            { kind: 'applicant', applicantId: d.applicantId },
            { kind: 'employer-hr', employerId: d.employerId },
          ],
          templateCode: SmsTemplateCode.RENEWAL_DUE,
          variables: { permitExpiresOn: chineseDate(d.permitExpiresOn) },
          employerId: d.employerId,
          applicantId: d.applicantId,
          district: d.district,
        },
      ];
    }
    case 'renewal.window-closing': {
      const d = event.data;
      return [
        {
          recipients: [
            { kind: 'applicant', applicantId: d.applicantId },
            { kind: 'employer-hr', employerId: d.employerId },
          ],
          templateCode: SmsTemplateCode.RENEWAL_WINDOW_CLOSING,
          variables: { windowClosesOn: chineseDate(d.windowClosesOn) },
          employerId: d.employerId,
          applicantId: d.applicantId,
          district: d.district,
        },
      ];
    }
    case 'application.points-voided': {
      const d = event.data;
      return [
        {
          recipients: [
            { kind: 'applicant', applicantId: d.applicantId },
            { kind: 'employer-hr', employerId: d.employerId },
          ],
          templateCode:
            d.cause === 'PERMIT_CANCELLED'
              ? SmsTemplateCode.POINTS_VOIDED_PERMIT_CANCELLED
              : SmsTemplateCode.POINTS_VOIDED_CORRECTED,
          variables: { voidedOn: chineseDate(d.voidedOn), reason: d.reason },
          employerId: d.employerId,
          applicantId: d.applicantId,
          district: d.district,
        },
      ];
    }
    case 'application.expired': {
      const d = event.data;
      return [
        {
          recipients: [
            { kind: 'employer-hr', employerId: d.employerId },
            { kind: 'applicant', applicantId: d.applicantId },
          ],
          templateCode: SmsTemplateCode.APPLICATION_EXPIRED,
          variables: { waitingSince: chineseDate(d.waitingSince), expiredOn: chineseDate(d.expiredOn) },
          employerId: d.employerId,
          applicantId: d.applicantId,
          district: d.district,
        },
      ];
    }
    case 'residence-permit.cancelled':
    case 'account.contact-changed':
    case 'employer.status-changed':
    case 'applicant.employment-changed':
    case 'verification.case-completed':
    case 'verification.renewal-facts-verified':
    case 'application.renewal-review-requested':
    case 'application.reopened-on-appeal':
    case 'verification.forgery-found':
    case 'application.scoring-requested':
    case 'application.score-corrected':
    case 'staff.account-changed':
    case 'application.points-validity-changed':
    case 'score.assessed':
    case 'score.assessment-failed':
      return [];
  }
}
