import { registerEnumType } from '@nestjs/graphql';

/** Every SMS the platform sends (domain.md §4); each has versioned texts in sms_template. */
export enum SmsTemplateCode {
  EMPLOYER_REGISTRATION_APPROVED = 'EMPLOYER_REGISTRATION_APPROVED',
  EMPLOYER_REGISTRATION_REJECTED = 'EMPLOYER_REGISTRATION_REJECTED',
  APPLICATION_MATERIALS_REQUIRED = 'APPLICATION_MATERIALS_REQUIRED',
  APPLICATION_ACCEPTED = 'APPLICATION_ACCEPTED',
  APPLICATION_APPROVED = 'APPLICATION_APPROVED',
  APPLICATION_REJECTED = 'APPLICATION_REJECTED',
  RENEWAL_DUE = 'RENEWAL_DUE',
  RENEWAL_WINDOW_CLOSING = 'RENEWAL_WINDOW_CLOSING',
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** 第二十条: the residence permit was cancelled, the points are void. */
  POINTS_VOIDED_PERMIT_CANCELLED = 'POINTS_VOIDED_PERMIT_CANCELLED',
  /** 第二十一条: HRSS corrected points obtained with irregular materials below the standard score. */
  POINTS_VOIDED_CORRECTED = 'POINTS_VOIDED_CORRECTED',
  /** SUBMITTED or MATERIALS_REQUIRED waited too long: the application expired. */
  APPLICATION_EXPIRED = 'APPLICATION_EXPIRED',
}

registerEnumType(SmsTemplateCode, { name: 'SmsTemplateCode' });

/** The signature every text starts with (短信签名), as Chinese carriers require. */
export const SMS_SIGNATURE = '【上海人社】';
