import { jobOptionsOf, QueueName, type JobData, type JobName } from '@points/events';

export const SEND_SMS_JOB_NAME = 'send-sms' satisfies JobName<'notification.sms'>;

/** The payload of a `notification.sms` job: just the message id (the row holds everything else). */
export type SendSmsJobData = JobData<'notification.sms', typeof SEND_SMS_JOB_NAME>;

/** The catalogue's options (libs/events job-catalogue.ts says why these). */
export const SEND_SMS_JOB_OPTIONS = jobOptionsOf(QueueName.NotificationSms, SEND_SMS_JOB_NAME);
