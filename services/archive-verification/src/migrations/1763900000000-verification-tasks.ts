import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'archive_verification';
const DISTRICTS = [
  'HUANGPU',
  'XUHUI',
  'CHANGNING',
  'JINGAN',
  'PUTUO',
  'HONGKOU',
  'YANGPU',
  'MINHANG',
  'BAOSHAN',
  'JIADING',
  'PUDONG',
  'JINSHAN',
  'SONGJIANG',
  'QINGPU',
  'FENGXIAN',
  'CHONGMING',
];

/**
 * The case grows what it needs to open and complete (the accepted application's data, the
 * outcome), each check becomes a task row, the per-district archive mode is a setting, and the
 * registry simulator gets its own tables. The case table was never written before this version
 * (nothing consumed application.accepted), so the new NOT NULL columns need no default.
 */
export class VerificationTasks1763900000000 implements MigrationInterface {
  name = 'VerificationTasks1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE ${SCHEMA}.verification_case
        ADD COLUMN kind text NOT NULL,
        ADD COLUMN applicant_id uuid NOT NULL,
        ADD COLUMN employer_id uuid NOT NULL,
        ADD COLUMN employer_credit_code text NOT NULL,
        ADD COLUMN receipt_no text NOT NULL,
        ADD COLUMN accepted_on date NOT NULL,
        ADD COLUMN resident_id_enc text NOT NULL,
        ADD COLUMN resident_id_index text NOT NULL,
        ADD COLUMN claimed_profile jsonb NOT NULL,
        ADD COLUMN education_history jsonb NOT NULL,
        ADD COLUMN archive_holder text NOT NULL,
        ADD COLUMN outcome text,
        ADD COLUMN findings jsonb,
        ADD COLUMN verified_profile jsonb,
        ADD COLUMN completed_at timestamptz,
        ADD COLUMN certificates_returned_on date,
        ADD COLUMN certificates_returned_by text,
        ADD COLUMN certificates_return_note text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await runner.query(
      `CREATE INDEX verification_case_district_keyset ON ${SCHEMA}.verification_case (district, created_at, id)`,
    );
    await runner.query(
      `CREATE INDEX verification_case_keyset ON ${SCHEMA}.verification_case (created_at, id)`,
    );

    await runner.query(`
      CREATE TABLE ${SCHEMA}.verification_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES ${SCHEMA}.verification_case (id) ON DELETE CASCADE,
        district text NOT NULL,
        kind text NOT NULL,
        ordinal integer NOT NULL,
        claim jsonb NOT NULL,
        archive_mode text,
        automated boolean NOT NULL,
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'IN_PROGRESS', 'PASSED', 'FAILED', 'NEEDS_MANUAL')),
        reason text,
        note text,
        facts jsonb,
        forged_material boolean NOT NULL DEFAULT false,
        attempts integer NOT NULL DEFAULT 0,
        dispatched_at timestamptz,
        requested_at timestamptz,
        archive_arrived_on date,
        letter_returned_on date,
        completed_by text,
        completed_manually boolean NOT NULL DEFAULT false,
        completed_at timestamptz,
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, ordinal)
      )`);
    await runner.query(
      `CREATE INDEX verification_task_case ON ${SCHEMA}.verification_task (case_id, ordinal)`,
    );
    // The queues: district staff by district, city verifiers by kind; both newest-last keyset.
    await runner.query(
      `CREATE INDEX verification_task_district_queue ON ${SCHEMA}.verification_task (district, status, created_at, id)`,
    );
    await runner.query(
      `CREATE INDEX verification_task_kind_queue ON ${SCHEMA}.verification_task (kind, status, created_at, id)`,
    );
    await runner.query(
      `CREATE INDEX verification_task_keyset ON ${SCHEMA}.verification_task (created_at, id)`,
    );
    // The dispatcher's look-up: automated tasks not yet on the queue.
    await runner.query(
      `CREATE INDEX verification_task_undispatched ON ${SCHEMA}.verification_task (created_at, id)
        WHERE status = 'PENDING' AND automated AND dispatched_at IS NULL`,
    );

    await runner.query(`
      CREATE TABLE ${SCHEMA}.district_archive_setting (
        district text PRIMARY KEY,
        archive_mode text NOT NULL CHECK (archive_mode IN ('TRANSFER', 'CHECK_LETTER')),
        updated_by text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // 调档 (TRANSFER) is the usual way; HRSS switches a district that only checks to CHECK_LETTER.
    await runner.query(
      `INSERT INTO ${SCHEMA}.district_archive_setting (district, archive_mode)
       SELECT unnest($1::text[]), 'TRANSFER'`,
      [DISTRICTS],
    );

    // The registry simulator: one person row holds the encrypted ID; the records key on its index.
    await runner.query(`
      CREATE TABLE ${SCHEMA}.registry_sim_person (
        resident_index text PRIMARY KEY,
        resident_id_enc text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    const person = `resident_index text NOT NULL REFERENCES ${SCHEMA}.registry_sim_person (resident_index) ON DELETE CASCADE`;
    await runner.query(`
      CREATE TABLE ${SCHEMA}.registry_sim_education (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${person},
        level text NOT NULL,
        school text NOT NULL,
        major text,
        graduation_date date NOT NULL,
        full_time boolean NOT NULL,
        certificate_no text
      )`);
    await runner.query(`
      CREATE TABLE ${SCHEMA}.registry_sim_qualification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${person},
        level text NOT NULL,
        certificate_no text,
        issued_on date NOT NULL,
        matches_position boolean NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE ${SCHEMA}.registry_sim_social_insurance_month (
        ${person},
        month text NOT NULL CHECK (month ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
        base numeric(12, 2) NOT NULL CHECK (base >= 0),
        payer_credit_code text NOT NULL,
        back_paid boolean NOT NULL,
        PRIMARY KEY (resident_index, month, payer_credit_code)
      )`);
    await runner.query(`
      CREATE TABLE ${SCHEMA}.registry_sim_tax_month (
        ${person},
        month text NOT NULL CHECK (month ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
        tax_base numeric(12, 2) NOT NULL CHECK (tax_base >= 0),
        payer_credit_code text NOT NULL,
        PRIMARY KEY (resident_index, month, payer_credit_code)
      )`);
    await runner.query(`
      CREATE TABLE ${SCHEMA}.registry_sim_civil_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${person},
        kind text NOT NULL,
        record_date date NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await runner.query(`
      CREATE TABLE ${SCHEMA}.registry_sim_archive_holding (
        ${person} PRIMARY KEY,
        holder text NOT NULL,
        answers_online boolean NOT NULL
      )`);
    for (const table of ['education', 'qualification', 'civil_record']) {
      await runner.query(
        `CREATE INDEX registry_sim_${table}_person ON ${SCHEMA}.registry_sim_${table} (resident_index)`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'registry_sim_archive_holding',
      'registry_sim_civil_record',
      'registry_sim_tax_month',
      'registry_sim_social_insurance_month',
      'registry_sim_qualification',
      'registry_sim_education',
      'registry_sim_person',
      'district_archive_setting',
      'verification_task',
    ]) {
      await runner.query(`DROP TABLE ${SCHEMA}.${table}`);
    }
    await runner.query(`DROP INDEX ${SCHEMA}.verification_case_district_keyset`);
    await runner.query(`DROP INDEX ${SCHEMA}.verification_case_keyset`);
    await runner.query(`
      ALTER TABLE ${SCHEMA}.verification_case
        DROP COLUMN kind, DROP COLUMN applicant_id, DROP COLUMN employer_id,
        DROP COLUMN employer_credit_code, DROP COLUMN receipt_no, DROP COLUMN accepted_on,
        DROP COLUMN resident_id_enc, DROP COLUMN resident_id_index, DROP COLUMN claimed_profile,
        DROP COLUMN education_history, DROP COLUMN archive_holder, DROP COLUMN outcome,
        DROP COLUMN findings, DROP COLUMN verified_profile, DROP COLUMN completed_at,
        DROP COLUMN certificates_returned_on, DROP COLUMN certificates_returned_by,
        DROP COLUMN certificates_return_note, DROP COLUMN updated_at`);
  }
}
