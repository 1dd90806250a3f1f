import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'notification';

/** Version 1 of every SMS text (domain.md §4); later wording changes add version 2, 3, ... */
export const SMS_TEMPLATES_V1: ReadonlyArray<{ code: string; body: string }> = [
  {
    code: 'EMPLOYER_REGISTRATION_APPROVED',
    body: '【上海人社】您单位“{employerName}”的居住证积分网上注册已审核通过，可登录系统办理居住证积分业务。',
  },
  {
    code: 'EMPLOYER_REGISTRATION_REJECTED',
    body: '【上海人社】您单位“{employerName}”的居住证积分网上注册未通过审核，原因：{reason}。请修改后重新提交。',
  },
  {
    code: 'APPLICATION_MATERIALS_REQUIRED',
    body: '【上海人社】您单位经办的居住证积分申请需补充材料：{materials}。请携带材料至区人才服务中心受理点办理。',
  },
  {
    code: 'APPLICATION_ACCEPTED',
    body: '【上海人社】居住证积分申请已受理，受理编号：{receiptNo}。审核结果将以短信通知。',
  },
  {
    code: 'APPLICATION_APPROVED',
    body: '【上海人社】居住证积分申请已审核通过，积分有效期至{validUntil}。积分通知书可登录系统在线打印。',
  },
  {
    code: 'APPLICATION_REJECTED',
    body: '【上海人社】居住证积分申请未通过审核，原因：{reason}。如有异议，可申请复核。',
  },
  {
    code: 'RENEWAL_DUE',
    body: '【上海人社】居住证将于{permitExpiresOn}到期，请及时办理签注，并在签注后60日内办理积分确认，逾期积分失效。',
  },
  {
    code: 'RENEWAL_WINDOW_CLOSING',
    body: '【上海人社】居住证积分确认办理期限将于{windowClosesOn}截止，逾期未办理积分将失效，请尽快办理。',
  },
  {
    code: 'PASSWORD_RESET',
    body: '【上海人社】您的居住证积分系统账户密码已于{resetOn}在区人才服务中心窗口重置。如非本人办理，请立即联系该中心。',
  },
];

const STATUSES = `'CREATED','SENDING','DELIVERED','PERMANENT_FAILURE','TEMPORARY_FAILURE','TECHNICAL_FAILURE'`;
const FAILURES = `'PERMANENT_FAILURE','TEMPORARY_FAILURE','TECHNICAL_FAILURE'`;

/** Recipient directory, messages with their delivery states, the development sink, template v1. */
export class SmsMessages1763900000000 implements MigrationInterface {
  name = 'SmsMessages1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${SCHEMA}.sms_template ADD COLUMN active boolean NOT NULL DEFAULT true`);
    // One live version per code: a new wording is inserted active and the old one switched off.
    await runner.query(
      `CREATE UNIQUE INDEX sms_template_one_active ON ${SCHEMA}.sms_template (code) WHERE active`,
    );
    for (const template of SMS_TEMPLATES_V1) {
      await runner.query(
        `INSERT INTO ${SCHEMA}.sms_template (code, version, body, active) VALUES ($1, 1, $2, true)`,
        [template.code, template.body],
      );
    }

    await runner.query(`
      CREATE TABLE ${SCHEMA}.recipient_contact (
        account_id uuid PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('EMPLOYER_HR', 'APPLICANT')),
        employer_id uuid,
        district text,
        mobile_encrypted text,
        mobile_index text,
        active boolean NOT NULL,
        changed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX recipient_contact_hr_of_employer ON ${SCHEMA}.recipient_contact (employer_id)
        WHERE role = 'EMPLOYER_HR' AND active`,
    );

    await runner.query(`
      CREATE TABLE ${SCHEMA}.sms_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        template_code text NOT NULL,
        template_version integer NOT NULL,
        recipient_account_id uuid NOT NULL,
        recipient_role text NOT NULL CHECK (recipient_role IN ('EMPLOYER_HR', 'APPLICANT')),
        mobile_encrypted text NOT NULL,
        mobile_index text NOT NULL,
        mobile_masked text NOT NULL,
        body text NOT NULL,
        variables jsonb NOT NULL DEFAULT '[]',
        segments integer NOT NULL,
        employer_id uuid,
        applicant_id uuid,
        district text,
        status text NOT NULL DEFAULT 'CREATED' CHECK (status IN (${STATUSES})),
        attempts integer NOT NULL DEFAULT 0,
        provider text,
        provider_reference text,
        claim_token uuid,
        claimed_at timestamptz,
        not_before timestamptz,
        sent_at timestamptz,
        completed_at timestamptz,
        failure_reason text,
        resend_of uuid UNIQUE REFERENCES ${SCHEMA}.sms_message (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The "never twice" key: one message per (event, recipient, template); resends are linked rows.
    await runner.query(
      `CREATE UNIQUE INDEX sms_message_once_per_event ON ${SCHEMA}.sms_message
        (event_id, recipient_account_id, template_code) WHERE resend_of IS NULL`,
    );
    // Keyset pagination, newest first, for each scope the queries filter by.
    await runner.query(`CREATE INDEX sms_message_all ON ${SCHEMA}.sms_message (created_at DESC, id DESC)`);
    await runner.query(
      `CREATE INDEX sms_message_by_recipient ON ${SCHEMA}.sms_message (recipient_account_id, created_at DESC, id DESC)`,
    );
    await runner.query(
      `CREATE INDEX sms_message_by_employer ON ${SCHEMA}.sms_message (employer_id, created_at DESC, id DESC)`,
    );
    await runner.query(
      `CREATE INDEX sms_message_by_district ON ${SCHEMA}.sms_message (district, created_at DESC, id DESC)`,
    );
    await runner.query(
      `CREATE INDEX sms_message_failed ON ${SCHEMA}.sms_message (created_at DESC, id DESC)
        WHERE status IN (${FAILURES})`,
    );
    // The sweeper's look-up of unfinished work.
    await runner.query(
      `CREATE INDEX sms_message_unfinished ON ${SCHEMA}.sms_message (status, updated_at)
        WHERE status IN ('CREATED', 'SENDING')`,
    );
    await runner.query(
      `CREATE INDEX sms_message_awaiting_receipt ON ${SCHEMA}.sms_message (sent_at)
        WHERE status = 'SENDING' AND sent_at IS NOT NULL`,
    );

    // What the development sink "sent": one row per idempotency key, mobile masked.
    await runner.query(`
      CREATE TABLE ${SCHEMA}.sms_sink (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL UNIQUE,
        provider text NOT NULL,
        mobile_masked text NOT NULL,
        body text NOT NULL,
        outcome text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${SCHEMA}.sms_sink`);
    await runner.query(`DROP TABLE ${SCHEMA}.sms_message`);
    await runner.query(`DROP TABLE ${SCHEMA}.recipient_contact`);
    await runner.query(`DELETE FROM ${SCHEMA}.sms_template WHERE version = 1`);
    await runner.query(`DROP INDEX ${SCHEMA}.sms_template_one_active`);
    await runner.query(`ALTER TABLE ${SCHEMA}.sms_template DROP COLUMN active`);
  }
}
