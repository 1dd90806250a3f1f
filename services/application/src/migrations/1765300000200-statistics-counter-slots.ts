import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'application';

/** Each counter table and the columns of its key before the slot (1764800000000-statistics-read-model). */
const TABLES: ReadonlyArray<{ table: string; key: string }> = [
  { table: 'statistics_state_count', key: 'district, state' },
  { table: 'statistics_weekly', key: 'week, district, metric, detail' },
  { table: 'statistics_decision_days', key: 'week, district, working_days' },
  { table: 'statistics_due_count', key: 'district, due' },
];

/**
 * The statistics counters split into slots (issue 18). Every acceptance of a district added to
 * the same three rows (its district's SUBMITTED/ARCHIVE_REVIEW count, today's deadline count,
 * this week's RECEIVED) and held their row locks until it committed: the district's
 * acceptances ran one after another, whatever the receipt numbers did. A write now adds to the
 * slot of its transaction (statistics-read-model.ts), so concurrent writes land on different
 * rows; readers sum the slots. Existing counts stay in slot 0.
 */
export class StatisticsCounterSlots1765300000200 implements MigrationInterface {
  name = 'StatisticsCounterSlots1765300000200';

  async up(runner: QueryRunner): Promise<void> {
    for (const { table, key } of TABLES) {
      await runner.query(`ALTER TABLE ${SCHEMA}.${table} ADD COLUMN slot smallint NOT NULL DEFAULT 0`);
      await runner.query(`ALTER TABLE ${SCHEMA}.${table} DROP CONSTRAINT ${table}_pkey`);
      await runner.query(`ALTER TABLE ${SCHEMA}.${table} ADD PRIMARY KEY (${key}, slot)`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const { table, key } of TABLES) {
      // Back to one row per key: the slots summed.
      await runner.query(`CREATE TEMP TABLE merged AS
        SELECT ${key}, sum(n)::bigint AS n FROM ${SCHEMA}.${table} GROUP BY ${key}`);
      await runner.query(`DELETE FROM ${SCHEMA}.${table}`);
      await runner.query(`ALTER TABLE ${SCHEMA}.${table} DROP CONSTRAINT ${table}_pkey`);
      await runner.query(`ALTER TABLE ${SCHEMA}.${table} DROP COLUMN slot`);
      await runner.query(`INSERT INTO ${SCHEMA}.${table} (${key}, n) SELECT ${key}, n FROM merged`);
      await runner.query(`DROP TABLE merged`);
      await runner.query(`ALTER TABLE ${SCHEMA}.${table} ADD PRIMARY KEY (${key})`);
    }
  }
}
