import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SH_2017_REVISION_1 } from '@points/scoring-engine';
import { parametersSha256 } from '../rule-sets/canonical-json.util';

const SCHEMA = 'scoring';

/**
 * Rule sets as data (parameters + wage table as the engine's RuleSet JSON, revisions kept
 * immutable), their audit trail, assessments and failed scoring requests; seeds SH-2017.
 */
export class RuleSetsAndAssessments1764000000000 implements MigrationInterface {
  name = 'RuleSetsAndAssessments1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE ${SCHEMA}.rule_set
        ADD COLUMN parameters jsonb NOT NULL,
        ADD COLUMN revision integer NOT NULL,
        ADD COLUMN parameters_sha256 text NOT NULL,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT rule_set_effective_from_unique UNIQUE (effective_from),
        ADD CONSTRAINT rule_set_revision_positive CHECK (revision >= 1),
        ADD CONSTRAINT rule_set_parameters_match CHECK (
          parameters->>'version' = version
          AND parameters->>'effectiveFrom' = to_char(effective_from, 'YYYY-MM-DD'))`);

    // Rows that must never change once written: a decision's evidence and the audit trail.
    await runner.query(`
      CREATE FUNCTION ${SCHEMA}.refuse_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '%.% rows are append-only', TG_TABLE_SCHEMA, TG_TABLE_NAME;
      END $$`);

    await runner.query(`
      CREATE TABLE ${SCHEMA}.rule_set_revision (
        version text NOT NULL REFERENCES ${SCHEMA}.rule_set (version),
        revision integer NOT NULL,
        parameters jsonb NOT NULL,
        parameters_sha256 text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (version, revision)
      )`);

    await runner.query(`
      CREATE TABLE ${SCHEMA}.rule_set_change (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        rule_set_version text NOT NULL,
        revision integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SEEDED', 'CREATED', 'AVERAGE_WAGE_SET')),
        changed_by text NOT NULL,
        changed_by_role text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        summary text NOT NULL,
        before jsonb,
        after jsonb NOT NULL,
        FOREIGN KEY (rule_set_version, revision) REFERENCES ${SCHEMA}.rule_set_revision (version, revision)
      )`);
    await runner.query(
      `CREATE INDEX rule_set_change_by_version ON ${SCHEMA}.rule_set_change (rule_set_version, seq DESC)`,
    );

    await runner.query(`
      CREATE TABLE ${SCHEMA}.assessment (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL,
        request_event_id uuid NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('NEW', 'RENEWAL', 'CHANGE')),
        applicant_id uuid NOT NULL,
        employer_id uuid NOT NULL,
        district text NOT NULL,
        assessment_date date NOT NULL,
        rule_set_version text NOT NULL,
        rule_set_revision integer NOT NULL,
        rule_set_sha256 text NOT NULL,
        total integer NOT NULL CHECK (total >= 0),
        standard integer NOT NULL,
        eligible boolean NOT NULL,
        vetoed boolean NOT NULL,
        items jsonb NOT NULL,
        excluded_months jsonb NOT NULL,
        input_profile text NOT NULL,
        assessed_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (rule_set_version, rule_set_revision)
          REFERENCES ${SCHEMA}.rule_set_revision (version, revision)
      )`);
    await runner.query(
      `CREATE INDEX assessment_by_application ON ${SCHEMA}.assessment (application_id, assessed_at DESC, id DESC)`,
    );

    await runner.query(`
      CREATE TABLE ${SCHEMA}.scoring_request_failure (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        request_event_id uuid NOT NULL UNIQUE,
        application_id uuid NOT NULL,
        kind text NOT NULL,
        applicant_id uuid NOT NULL,
        employer_id uuid NOT NULL,
        district text NOT NULL,
        assessment_date date NOT NULL,
        problems jsonb NOT NULL,
        input_profile text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);

    for (const table of ['rule_set_revision', 'rule_set_change', 'assessment']) {
      await runner.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${SCHEMA}.${table}
        FOR EACH ROW EXECUTE FUNCTION ${SCHEMA}.refuse_row_change()`);
    }

    // The default rule set, number for number from the engine (policy text, chapters 2 and 3), as
    // its first revision was: later migrations add revisions on top.
    const parameters = SH_2017_REVISION_1;
    const sha256 = parametersSha256(parameters);
    const json = JSON.stringify(parameters);
    await runner.query(
      `INSERT INTO ${SCHEMA}.rule_set (version, effective_from, description, parameters, revision, parameters_sha256)
       VALUES ($1, $2, $3, $4, 1, $5)`,
      [
        parameters.version,
        parameters.effectiveFrom,
        '《上海市居住证积分管理办法》(2017) 积分指标体系 (the 2017 indicator system, chapters 2 and 3)',
        json,
        sha256,
      ],
    );
    await runner.query(
      `INSERT INTO ${SCHEMA}.rule_set_revision (version, revision, parameters, parameters_sha256, created_by)
       VALUES ($1, 1, $2, $3, 'migration')`,
      [parameters.version, json, sha256],
    );
    await runner.query(
      `INSERT INTO ${SCHEMA}.rule_set_change
         (id, rule_set_version, revision, kind, changed_by, changed_by_role, summary, before, after)
       VALUES ($1, $2, 1, 'SEEDED', 'migration:${this.name}', 'SYSTEM', $3, NULL, $4)`,
      [
        randomUUID(),
        parameters.version,
        `由数据库迁移写入默认积分指标体系 ${parameters.version} (default rule set ${parameters.version} seeded by migration)`,
        JSON.stringify({ effectiveFrom: parameters.effectiveFrom, parametersSha256: sha256, parameters }),
      ],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${SCHEMA}.scoring_request_failure`);
    await runner.query(`DROP TABLE ${SCHEMA}.assessment`);
    await runner.query(`DROP TABLE ${SCHEMA}.rule_set_change`);
    await runner.query(`DROP TABLE ${SCHEMA}.rule_set_revision`);
    await runner.query(`DROP FUNCTION ${SCHEMA}.refuse_row_change()`);
    await runner.query(`DELETE FROM ${SCHEMA}.rule_set`);
    await runner.query(`
      ALTER TABLE ${SCHEMA}.rule_set
        DROP CONSTRAINT rule_set_parameters_match,
        DROP CONSTRAINT rule_set_revision_positive,
        DROP CONSTRAINT rule_set_effective_from_unique,
        DROP COLUMN updated_at,
        DROP COLUMN parameters_sha256,
        DROP COLUMN revision,
        DROP COLUMN parameters`);
  }
}
