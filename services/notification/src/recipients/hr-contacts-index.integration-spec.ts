import { randomUUID } from 'node:crypto';
import {
  startNotificationTestKit,
  testSmsSettings,
  type NotificationTestKit,
} from '../test-support/notification-test-kit';
import { HR_CONTACTS_SQL } from './recipient-directory.service';

// Every SMS to HR reads the employer's HR contacts. With the index partial on `active` (which the
// query does not say) PostgreSQL read the whole directory for each message (issue 18).
describe('notification: an employer HR contacts are read by index', () => {
  let kit: NotificationTestKit;
  const employer = randomUUID();

  beforeAll(async () => {
    kit = await startNotificationTestKit(testSmsSettings());
    // 3,000 applicants and 600 employers' HR, one of them closed: the directory a district has.
    await kit.t.dataSource.query(
      `INSERT INTO notification.recipient_contact (account_id, role, employer_id, district, active, changed_at)
       SELECT gen_random_uuid(), CASE WHEN g % 5 = 0 THEN 'EMPLOYER_HR' ELSE 'APPLICANT' END,
              CASE WHEN g % 5 = 0 THEN gen_random_uuid() END, 'XUHUI', true, now()
         FROM generate_series(1, 3000) g`,
    );
    await kit.t.dataSource.query(
      `INSERT INTO notification.recipient_contact (account_id, role, employer_id, district, active, changed_at)
       VALUES (gen_random_uuid(), 'EMPLOYER_HR', $1, 'XUHUI', true, now()),
              (gen_random_uuid(), 'EMPLOYER_HR', $1, 'XUHUI', false, now())`,
      [employer],
    );
    await kit.t.dataSource.query('ANALYZE notification.recipient_contact');
  });
  afterAll(() => kit.close());

  it('reads the two contacts of the employer, the closed one included, without scanning the table', async () => {
    const rows: Array<{ active: boolean }> = await kit.t.dataSource.query(HR_CONTACTS_SQL, [employer]);
    expect(rows.map((r) => r.active).sort()).toEqual([false, true]);
    const plan = await kit.t.dataSource.query<Array<{ 'QUERY PLAN': unknown }>>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${HR_CONTACTS_SQL}`,
      [employer],
    );
    const text = JSON.stringify(plan[0]?.['QUERY PLAN']);
    expect(text).toContain('recipient_contact_hr_contacts');
    expect(text).not.toContain('Seq Scan');
  });
});
