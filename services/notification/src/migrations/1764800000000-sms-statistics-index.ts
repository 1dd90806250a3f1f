import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SMS figures of HRSS's `statistics` (issue 13): messages by status over a range of days, for
 * the city or one district, counted from the index alone.
 */
export class SmsStatisticsIndex1764800000000 implements MigrationInterface {
  name = 'SmsStatisticsIndex1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX sms_message_statistics ON notification.sms_message (created_at, district, status)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX notification.sms_message_statistics`);
  }
}
