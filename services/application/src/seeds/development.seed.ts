import type { DataSource } from 'typeorm';

/**
 * Demo data for `npm start` only: one draft application of the demo employer (employer-registration's
 * seed), and that employer's standing in this service's projection so it can file straight away.
 * The applicant's projection (with the encrypted resident ID) arrives by the
 * applicant.employment-changed event when employer-registration seeds the account.
 */
const DEMO_EMPLOYER_ID = '6f1f6c1e-0000-4000-8000-000000000001';
const DEMO_APPLICANT_ID = '6f1f6c1e-0000-4000-8000-000000000101';
const DEMO_APPLICATION_ID = '6f1f6c1e-0000-4000-8000-000000000201';

export async function seedDevelopmentData(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO application.employer_projection (employer_id, name, credit_code, district, status, suspended_until, updated_at)
     VALUES ($1, '上海示例科技有限公司', '91310104MA1FL0001X', 'XUHUI', 'APPROVED', NULL, 'epoch')
     ON CONFLICT (employer_id) DO NOTHING`,
    [DEMO_EMPLOYER_ID],
  );
  await dataSource.query(
    `INSERT INTO application.application (id, employer_id, applicant_id, district, kind, state, version, applicant_name)
     VALUES ($1, $2, $3, 'XUHUI', 'NEW', 'DRAFT', 1, '示例申请人') ON CONFLICT (id) DO NOTHING`,
    [DEMO_APPLICATION_ID, DEMO_EMPLOYER_ID, DEMO_APPLICANT_ID],
  );
  await dataSource.query(
    `INSERT INTO application.application_history (application_id, from_state, to_state, actor, role, reason)
     SELECT $1, NULL, 'DRAFT', 'seed', 'SYSTEM', 'demo data'
      WHERE NOT EXISTS (SELECT 1 FROM application.application_history WHERE application_id = $1)`,
    [DEMO_APPLICATION_ID],
  );
}
