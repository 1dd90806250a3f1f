import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  contributionCeilingsFromWages,
  ruleSetSchema,
  SH_2017_RULE_SET,
  type RuleSet,
} from '@points/scoring-engine';
import { parametersSha256 } from '../rule-sets/canonical-json.util';

const SCHEMA = 'scoring';

/**
 * Issue 14: SH-2017 gains the apply conditions of 第二条 (`eligibility`) and the 合理对应 rule of
 * 第七条(五) (`incomeTaxMatch`: tolerance and contribution ceilings). Not a policy change, so not a
 * new version (docs/decisions/0005): a new revision of SH-2017 on top of its latest one, keeping
 * whatever wage table HRSS has set; the ceilings are 3× that table's wages (how Shanghai sets
 * them). Past decisions keep the revision they used and reproduce exactly as before. Assessments
 * gain `can_apply` and `unmet_conditions`.
 */
export class Sh2017EligibilityAndTaxMatch1764800000000 implements MigrationInterface {
  name = 'Sh2017EligibilityAndTaxMatch1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    // A decision keeps canApply beside eligible; NULL for decisions made before it was checked.
    await runner.query(`
      ALTER TABLE ${SCHEMA}.assessment
        ADD COLUMN can_apply boolean,
        ADD COLUMN unmet_conditions jsonb NOT NULL DEFAULT '[]'`);
    await runner.query(`
      ALTER TABLE ${SCHEMA}.rule_set_change DROP CONSTRAINT rule_set_change_kind_check,
        ADD CONSTRAINT rule_set_change_kind_check
        CHECK (kind IN ('SEEDED', 'CREATED', 'AVERAGE_WAGE_SET', 'PARAMETERS_ADDED'))`);

    const rows = (await runner.query(
      `SELECT parameters, revision FROM ${SCHEMA}.rule_set WHERE version = $1 FOR UPDATE`,
      [SH_2017_RULE_SET.version],
    )) as Array<{ parameters: RuleSet; revision: number }>;
    const current = rows[0];
    if (!current || current.parameters.incomeTaxMatch) return;
    const before = current.parameters;
    const parameters = ruleSetSchema.parse({
      ...before,
      eligibility: SH_2017_RULE_SET.eligibility,
      incomeTaxMatch: {
        relativeTolerance: SH_2017_RULE_SET.incomeTaxMatch?.relativeTolerance ?? 0.1,
        contributionCeiling: contributionCeilingsFromWages(before.averageMonthlyWage),
      },
    });
    const sha256 = parametersSha256(parameters);
    const revision = current.revision + 1;
    const json = JSON.stringify(parameters);
    await runner.query(
      `UPDATE ${SCHEMA}.rule_set SET parameters = $2, revision = $3, parameters_sha256 = $4, updated_at = now()
        WHERE version = $1`,
      [parameters.version, json, revision, sha256],
    );
    await runner.query(
      `INSERT INTO ${SCHEMA}.rule_set_revision (version, revision, parameters, parameters_sha256, created_by)
       VALUES ($1, $2, $3, $4, $5)`,
      [parameters.version, revision, json, sha256, `migration:${this.name}`],
    );
    await runner.query(
      `INSERT INTO ${SCHEMA}.rule_set_change
         (id, rule_set_version, revision, kind, changed_by, changed_by_role, summary, before, after)
       VALUES ($1, $2, $3, 'PARAMETERS_ADDED', $4, 'SYSTEM', $5, NULL, $6)`,
      [
        randomUUID(),
        parameters.version,
        revision,
        `migration:${this.name}`,
        `为 ${parameters.version} 增加申请条件（第二条）和社保基数与个税合理对应的容差及缴费基数上限（第七条(五)）` +
          ` (added the apply conditions of article 2 and the income-tax correspondence tolerance and contribution ceilings of article 7(5) to ${parameters.version})`,
        JSON.stringify({
          parametersSha256: sha256,
          eligibility: parameters.eligibility,
          incomeTaxMatch: parameters.incomeTaxMatch,
        }),
      ],
    );
  }

  down(): Promise<void> {
    // Revisions are append-only (a trigger refuses deletes): a decision may already rest on this one.
    return Promise.reject(new Error(`${this.name} cannot be reverted: rule-set revisions are append-only`));
  }
}
