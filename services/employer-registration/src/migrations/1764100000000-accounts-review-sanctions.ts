import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'employer_registration';

/**
 * Issue 4: the employer's registered details, its review and sanction history, every kind of
 * account (staff, HR, applicant) with personal data encrypted, login throttling and the audit of
 * unmasked reads. The detail columns of `employer` are nullable because rows written before this
 * migration (and the foundation tests) have none; the registration mutation always fills them.
 */
export class AccountsReviewSanctions1764100000000 implements MigrationInterface {
  name = 'AccountsReviewSanctions1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE ${SCHEMA}.employer
        ADD COLUMN organisation_type text,
        ADD COLUMN establishment text,
        ADD COLUMN licence_kind text,
        ADD COLUMN licence_number text,
        ADD COLUMN address text,
        ADD COLUMN legal_representative text,
        ADD COLUMN social_insurance_no text,
        ADD COLUMN suspended_until date,
        ADD COLUMN submitted_at timestamptz NOT NULL DEFAULT now()`);
    // The review queue reads "pending in my district, oldest submission first" with a keyset on
    // (submitted_at, id): the index matches that order exactly.
    await runner.query(`DROP INDEX IF EXISTS ${SCHEMA}.employer_district_status_idx`);
    await runner.query(
      `CREATE INDEX employer_review_queue_idx ON ${SCHEMA}.employer (district, status, submitted_at, id)`,
    );

    await runner.query(`
      CREATE TABLE ${SCHEMA}.employer_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Insertion order: entries written in one transaction share their timestamp.
        seq bigint GENERATED ALWAYS AS IDENTITY,
        employer_id uuid NOT NULL REFERENCES ${SCHEMA}.employer (id),
        action text NOT NULL,
        from_status text,
        to_status text,
        actor_id text,
        actor_role text,
        reason text,
        at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX employer_history_idx ON ${SCHEMA}.employer_history (employer_id, seq)`);

    await runner.query(`
      CREATE TABLE ${SCHEMA}.employer_sanction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES ${SCHEMA}.employer (id),
        status text NOT NULL CHECK (status IN ('PENDING_DECISION', 'DECIDED')),
        fine_cny integer CHECK (fine_cny BETWEEN 30000 AND 50000),
        suspended_until date,
        reason text NOT NULL,
        decided_by text,
        decided_role text,
        decided_at timestamptz,
        forgery_case_id uuid UNIQUE,
        application_id uuid,
        applicant_id uuid,
        found_on date,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX employer_sanction_idx ON ${SCHEMA}.employer_sanction (employer_id, created_at, id)`,
    );

    // One table for every account: login looks a username up in one place. Resident ID and mobile
    // are PiiCipher tokens (AAD = the column); *_index are keyed blind indexes for look-ups.
    await runner.query(`
      CREATE TABLE ${SCHEMA}.account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        role text NOT NULL CHECK (role IN ('EMPLOYER_HR', 'APPLICANT', 'CENTRE_OFFICER', 'CENTRE_SUPERVISOR', 'CITY_VERIFIER', 'HRSS_ADMIN')),
        login_index text NOT NULL UNIQUE,
        username text,
        name text NOT NULL,
        resident_id text,
        resident_id_index text,
        mobile text,
        mobile_index text,
        district text,
        employer_id uuid REFERENCES ${SCHEMA}.employer (id),
        last_employer_id uuid REFERENCES ${SCHEMA}.employer (id),
        permit_date date,
        banned_until date,
        password_hash text NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role NOT IN ('CENTRE_OFFICER', 'CENTRE_SUPERVISOR') OR district IS NOT NULL),
        CHECK (role <> 'EMPLOYER_HR' OR employer_id IS NOT NULL),
        CHECK (role <> 'APPLICANT' OR (resident_id IS NOT NULL AND resident_id_index IS NOT NULL))
      )`);
    // One account per person (domain.md §2.4).
    await runner.query(
      `CREATE UNIQUE INDEX account_applicant_person_idx ON ${SCHEMA}.account (resident_id_index) WHERE role = 'APPLICANT'`,
    );
    // An employer's applicants, newest first, keyset on (created_at, id).
    await runner.query(
      `CREATE INDEX account_employer_idx ON ${SCHEMA}.account (employer_id, role, created_at, id)`,
    );

    await runner.query(`
      CREATE TABLE ${SCHEMA}.account_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        account_id uuid NOT NULL REFERENCES ${SCHEMA}.account (id),
        action text NOT NULL,
        employer_id uuid,
        previous_employer_id uuid,
        actor_id text,
        actor_role text,
        reason text,
        at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX account_history_idx ON ${SCHEMA}.account_history (account_id, seq)`);

    // Keyed by the username's blind index, not the account: unknown usernames lock exactly like
    // known ones, so the lockout does not reveal which usernames exist.
    await runner.query(`
      CREATE TABLE ${SCHEMA}.login_throttle (
        login_index text PRIMARY KEY,
        failures integer NOT NULL,
        locked_until timestamptz,
        last_failure_at timestamptz NOT NULL
      )`);

    await runner.query(`
      CREATE TABLE ${SCHEMA}.pii_read_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reader_id text NOT NULL,
        reader_role text NOT NULL,
        account_id uuid NOT NULL,
        field text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX pii_read_audit_idx ON ${SCHEMA}.pii_read_audit (account_id, at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'pii_read_audit',
      'login_throttle',
      'account_history',
      'account',
      'employer_sanction',
      'employer_history',
    ]) {
      await runner.query(`DROP TABLE ${SCHEMA}.${table}`);
    }
    await runner.query(`DROP INDEX ${SCHEMA}.employer_review_queue_idx`);
    await runner.query(
      `CREATE INDEX employer_district_status_idx ON ${SCHEMA}.employer (district, status, created_at, id)`,
    );
    await runner.query(`
      ALTER TABLE ${SCHEMA}.employer
        DROP COLUMN organisation_type, DROP COLUMN establishment, DROP COLUMN licence_kind,
        DROP COLUMN licence_number, DROP COLUMN address, DROP COLUMN legal_representative,
        DROP COLUMN social_insurance_no, DROP COLUMN suspended_until, DROP COLUMN submitted_at`);
  }
}
