import type { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationRepository } from '../applications/application.repository';
import { ApplicationKind } from '../applications/application-state.enum';
import { ApplicationHistoryService } from '../history/application-history.service';

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
  // Through the one write path, like every application: the DRAFT and its first history entry.
  await dataSource.transaction(async (manager) => {
    const existing = await manager.getRepository(Application).existsBy({ id: DEMO_APPLICATION_ID });
    if (existing) return;
    await new ApplicationRepository(new ApplicationHistoryService(dataSource)).insert(
      manager,
      {
        id: DEMO_APPLICATION_ID,
        employerId: DEMO_EMPLOYER_ID,
        applicantId: DEMO_APPLICANT_ID,
        district: 'XUHUI',
        kind: ApplicationKind.NEW,
        applicantName: '示例申请人',
        residentIdEnc: null,
        residentIdBidx: null,
        mobileEnc: null,
        form: {},
        previousApplicationId: null,
        permitEndorsedOn: null,
      },
      { sub: 'seed', role: 'SYSTEM' },
      'demo data',
    );
  });
}
