import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'application';

/**
 * The application lifecycle (issue 5): the form, projections of employers and applicants fed by
 * employer-registration's events, history, receipts, deadlines, review-queue indexes, reminders,
 * appeals and the audit of unmasked personal-data reads.
 */
export class ApplicationLifecycle1764000000000 implements MigrationInterface {
  name = 'ApplicationLifecycle1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${SCHEMA}.employer_projection (
        employer_id uuid PRIMARY KEY,
        name text NOT NULL,
        credit_code text NOT NULL,
        district text NOT NULL,
        status text NOT NULL,
        suspended_until date,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE ${SCHEMA}.applicant_projection (
        applicant_id uuid PRIMARY KEY,
        name text NOT NULL,
        resident_id_enc text NOT NULL,
        resident_id_bidx text NOT NULL,
        employer_id uuid,
        district text,
        banned_until date,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX applicant_projection_bidx ON ${SCHEMA}.applicant_projection (resident_id_bidx)`,
    );

    await runner.query(`
      ALTER TABLE ${SCHEMA}.application
        ADD COLUMN applicant_name text NOT NULL DEFAULT '',
        ADD COLUMN resident_id_enc text,
        ADD COLUMN resident_id_bidx text,
        ADD COLUMN mobile_enc text,
        ADD COLUMN form jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN previous_application_id uuid,
        ADD COLUMN permit_endorsed_on date,
        ADD COLUMN online_review boolean NOT NULL DEFAULT false,
        ADD COLUMN employer_approved_at timestamptz,
        ADD COLUMN submitted_at timestamptz,
        ADD COLUMN receipt_no text,
        ADD COLUMN accepted_on date,
        ADD COLUMN materials_missing jsonb,
        ADD COLUMN archive_due_on date,
        ADD COLUMN archive_due_provisional boolean,
        ADD COLUMN archive_due_calendar text,
        ADD COLUMN scoring_started_on date,
        ADD COLUMN scoring_due_on date,
        ADD COLUMN scoring_due_provisional boolean,
        ADD COLUMN scoring_due_calendar text,
        ADD COLUMN queue_due date NOT NULL DEFAULT '9999-12-31',
        ADD COLUMN assigned_officer text,
        ADD COLUMN verified_profile jsonb,
        ADD COLUMN findings jsonb,
        ADD COLUMN assessment_date date,
        ADD COLUMN assessment_id uuid,
        ADD COLUMN total_points integer,
        ADD COLUMN corrected_total integer,
        ADD COLUMN rule_set_version text,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN decision_reason text,
        ADD COLUMN valid_until date,
        ADD COLUMN notice_code text,
        ADD COLUMN points_voided_on date,
        ADD COLUMN revocation_request text`);
    await runner.query(
      `CREATE UNIQUE INDEX application_receipt_no_uq ON ${SCHEMA}.application (receipt_no) WHERE receipt_no IS NOT NULL`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX application_notice_code_uq ON ${SCHEMA}.application (notice_code) WHERE notice_code IS NOT NULL`,
    );
    await runner.query(
      `CREATE INDEX application_applicant_idx ON ${SCHEMA}.application (applicant_id, created_at DESC)`,
    );
    // The review queue: own district, earliest deadline first (overdue ones have the earliest), id as tiebreak.
    await runner.query(
      `CREATE INDEX application_queue_idx ON ${SCHEMA}.application (district, queue_due, id)`,
    );
    await runner.query(
      `CREATE INDEX application_queue_state_idx ON ${SCHEMA}.application (district, state, queue_due, id)`,
    );
    // The daily reminder job looks up approved applications by validity end.
    await runner.query(
      `CREATE INDEX application_valid_until_idx ON ${SCHEMA}.application (valid_until) WHERE state = 'APPROVED'`,
    );

    await runner.query(`
      CREATE TABLE ${SCHEMA}.application_history (
        id bigserial PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES ${SCHEMA}.application (id) ON DELETE CASCADE,
        from_state text,
        to_state text NOT NULL,
        actor text NOT NULL,
        role text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        reason text
      )`);
    await runner.query(
      `CREATE INDEX application_history_app_idx ON ${SCHEMA}.application_history (application_id, id)`,
    );

    // 收件凭证 numbers: one counter per district and year, incremented under the row lock.
    await runner.query(`
      CREATE TABLE ${SCHEMA}.receipt_sequence (
        district text NOT NULL,
        year integer NOT NULL,
        last_value integer NOT NULL,
        PRIMARY KEY (district, year)
      )`);

    // One row per reminder sent: the unique key keeps the daily job from sending one twice.
    await runner.query(`
      CREATE TABLE ${SCHEMA}.renewal_reminder (
        application_id uuid NOT NULL,
        kind text NOT NULL,
        target_date date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, kind, target_date)
      )`);

    await runner.query(`
      CREATE TABLE ${SCHEMA}.appeal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES ${SCHEMA}.application (id),
        indicator text NOT NULL,
        reason text NOT NULL,
        state text NOT NULL DEFAULT 'REQUESTED',
        requested_by text NOT NULL,
        requested_role text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        first_reviewer text,
        first_review_note text,
        proposed_delta integer,
        first_reviewed_at timestamptz,
        decided_by text,
        decision_note text,
        decided_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`);
    await runner.query(
      `CREATE INDEX appeal_application_idx ON ${SCHEMA}.appeal (application_id, requested_at)`,
    );

    await runner.query(`
      CREATE TABLE ${SCHEMA}.pii_access_log (
        id bigserial PRIMARY KEY,
        application_id uuid NOT NULL,
        field text NOT NULL,
        actor text NOT NULL,
        role text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'pii_access_log',
      'appeal',
      'renewal_reminder',
      'receipt_sequence',
      'application_history',
    ]) {
      await runner.query(`DROP TABLE ${SCHEMA}.${table}`);
    }
    for (const index of [
      'application_receipt_no_uq',
      'application_notice_code_uq',
      'application_applicant_idx',
      'application_queue_idx',
      'application_queue_state_idx',
      'application_valid_until_idx',
    ]) {
      await runner.query(`DROP INDEX ${SCHEMA}.${index}`);
    }
    await runner.query(`
      ALTER TABLE ${SCHEMA}.application
        DROP COLUMN applicant_name, DROP COLUMN resident_id_enc, DROP COLUMN resident_id_bidx,
        DROP COLUMN mobile_enc, DROP COLUMN form, DROP COLUMN previous_application_id,
        DROP COLUMN permit_endorsed_on, DROP COLUMN online_review, DROP COLUMN employer_approved_at,
        DROP COLUMN submitted_at, DROP COLUMN receipt_no, DROP COLUMN accepted_on,
        DROP COLUMN materials_missing, DROP COLUMN archive_due_on, DROP COLUMN archive_due_provisional,
        DROP COLUMN archive_due_calendar, DROP COLUMN scoring_started_on, DROP COLUMN scoring_due_on,
        DROP COLUMN scoring_due_provisional, DROP COLUMN scoring_due_calendar, DROP COLUMN queue_due,
        DROP COLUMN assigned_officer, DROP COLUMN verified_profile, DROP COLUMN findings,
        DROP COLUMN assessment_date, DROP COLUMN assessment_id, DROP COLUMN total_points,
        DROP COLUMN corrected_total, DROP COLUMN rule_set_version, DROP COLUMN decided_at,
        DROP COLUMN decision_reason, DROP COLUMN valid_until, DROP COLUMN notice_code,
        DROP COLUMN points_voided_on, DROP COLUMN revocation_request`);
    await runner.query(`DROP TABLE ${SCHEMA}.applicant_projection`);
    await runner.query(`DROP TABLE ${SCHEMA}.employer_projection`);
  }
}
