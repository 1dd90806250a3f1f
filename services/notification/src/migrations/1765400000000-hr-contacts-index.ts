import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The HR contacts of an employer, read for every SMS to HR (RecipientDirectory.hrContactsOf),
 * inactive ones included (an employer whose HR accounts are all closed is known, and sent
 * nothing). The index of the first SMS migration was partial on `active`, which that query does
 * not say: PostgreSQL read the whole table for every message (issue 18: 1,061 rows read per
 * application at a wave of 500, growing with the number of accounts).
 */
export class HrContactsIndex1765400000000 implements MigrationInterface {
  name = 'HrContactsIndex1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX recipient_contact_hr_contacts ON notification.recipient_contact (employer_id, account_id)
        WHERE role = 'EMPLOYER_HR'`,
    );
    await runner.query(`DROP INDEX notification.recipient_contact_hr_of_employer`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX recipient_contact_hr_of_employer ON notification.recipient_contact (employer_id)
        WHERE role = 'EMPLOYER_HR' AND active`,
    );
    await runner.query(`DROP INDEX notification.recipient_contact_hr_contacts`);
  }
}
