import type { DataSource } from 'typeorm';

/** Demo data for `npm start` only (never in production): an approved employer in 徐汇区. */
export const DEMO_EMPLOYER_ID = '6f1f6c1e-0000-4000-8000-000000000001';

export async function seedDevelopmentData(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO employer_registration.employer (id, name, credit_code, district, status, version)
     VALUES ($1, '上海示例科技有限公司', '91310104MA1FL0001X', 'XUHUI', 'APPROVED', 1)
     ON CONFLICT (id) DO NOTHING`,
    [DEMO_EMPLOYER_ID],
  );
}
