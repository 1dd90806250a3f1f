import type { DataSource } from 'typeorm';

/** Demo data for `npm start` only: one draft application of the demo employer (employer-registration's seed). */
const DEMO_EMPLOYER_ID = '6f1f6c1e-0000-4000-8000-000000000001';
const DEMO_APPLICANT_ID = '6f1f6c1e-0000-4000-8000-000000000101';
const DEMO_APPLICATION_ID = '6f1f6c1e-0000-4000-8000-000000000201';

export async function seedDevelopmentData(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO application.application (id, employer_id, applicant_id, district, kind, state, version)
     VALUES ($1, $2, $3, 'XUHUI', 'NEW', 'DRAFT', 1) ON CONFLICT (id) DO NOTHING`,
    [DEMO_APPLICATION_ID, DEMO_EMPLOYER_ID, DEMO_APPLICANT_ID],
  );
}
