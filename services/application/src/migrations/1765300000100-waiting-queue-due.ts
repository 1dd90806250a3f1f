import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'application';

/**
 * A waiting application (SUBMITTED, MATERIALS_REQUIRED) is due the day the overdue pass expires
 * it: its last write's China-calendar day + 30 (WAITING_EXPIRES_AFTER_DAYS), the pass's own rule;
 * before, the queue held 9999-12-31 for them and did not sort them by urgency. A renewal whose
 * registries are being asked (网审, before their answer) is left to its case: nothing due. The
 * queue's index (district, queue_due, id) is unchanged: queue_due stays one non-null date. The
 * statistics' due counters follow the column, so they are counted again for the open states.
 */
export class WaitingQueueDue1765300000100 implements MigrationInterface {
  name = 'WaitingQueueDue1765300000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      UPDATE ${SCHEMA}.application a
         SET queue_due = (a.updated_at AT TIME ZONE 'Asia/Shanghai')::date + 30
       WHERE a.state IN ('SUBMITTED', 'MATERIALS_REQUIRED')
         AND NOT (a.kind = 'RENEWAL' AND NOT a.online_review AND EXISTS (
               SELECT 1 FROM ${SCHEMA}.application_history h
                WHERE h.application_id = a.id AND h.code = 'RENEWAL_FACTS_REQUESTED'))`);
    await this.recountDue(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      UPDATE ${SCHEMA}.application SET queue_due = '9999-12-31'
       WHERE state IN ('SUBMITTED', 'MATERIALS_REQUIRED')`);
    await this.recountDue(runner);
  }

  private async recountDue(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM ${SCHEMA}.statistics_due_count`);
    await runner.query(`
      INSERT INTO ${SCHEMA}.statistics_due_count (district, due, n)
        SELECT district, queue_due, count(*) FROM ${SCHEMA}.application
         WHERE state IN ('SUBMITTED', 'MATERIALS_REQUIRED', 'ARCHIVE_REVIEW', 'SCORING') GROUP BY 1, 2`);
  }
}
