import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'application';

/**
 * The `statistics` query's read model (issue 13): counters the Application's one write path keeps
 * in the same transaction as each write (statistics/statistics-read-model.ts), so HRSS reads a
 * few hundred rows instead of counting a million applications. Overdue is a fact of today, not of
 * a write: it is counted live from a partial index over the centre's states.
 */
export class StatisticsReadModel1764800000000 implements MigrationInterface {
  name = 'StatisticsReadModel1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    // Applications per district and state, now.
    await runner.query(`
      CREATE TABLE ${SCHEMA}.statistics_state_count (
        district text NOT NULL,
        state text NOT NULL,
        n bigint NOT NULL,
        PRIMARY KEY (district, state)
      )`);
    // Per ISO week (its Monday): RECEIVED (受理, by accepted_on), APPROVED and REJECTED (by the
    // Shanghai day of decided_at; REJECTED with its reason as detail).
    await runner.query(`
      CREATE TABLE ${SCHEMA}.statistics_weekly (
        week date NOT NULL,
        district text NOT NULL,
        metric text NOT NULL CHECK (metric IN ('RECEIVED', 'APPROVED', 'REJECTED')),
        detail text NOT NULL DEFAULT '',
        n bigint NOT NULL,
        PRIMARY KEY (week, district, metric, detail)
      )`);
    // Decisions of accepted applications by working days from acceptance to decision: a histogram
    // from which the median is exact.
    await runner.query(`
      CREATE TABLE ${SCHEMA}.statistics_decision_days (
        week date NOT NULL,
        district text NOT NULL,
        working_days integer NOT NULL,
        n bigint NOT NULL,
        PRIMARY KEY (week, district, working_days)
      )`);
    // Applications with the centre (its four states) per district and deadline: overdue on any day
    // is the sum of the rows due before it, a few thousand rows rather than every open application.
    await runner.query(`
      CREATE TABLE ${SCHEMA}.statistics_due_count (
        district text NOT NULL,
        due date NOT NULL,
        n bigint NOT NULL,
        PRIMARY KEY (district, due)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${SCHEMA}.statistics_due_count`);
    await runner.query(`DROP TABLE ${SCHEMA}.statistics_decision_days`);
    await runner.query(`DROP TABLE ${SCHEMA}.statistics_weekly`);
    await runner.query(`DROP TABLE ${SCHEMA}.statistics_state_count`);
  }
}
