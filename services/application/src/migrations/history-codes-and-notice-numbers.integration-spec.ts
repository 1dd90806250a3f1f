import { createServiceDataSource, runServiceMigrations } from '@points/db';
import { createTestDatabase, type TestDatabase } from '@points/testing';
import type { DataSource } from 'typeorm';
import { nextNoticeNo } from '../notice/notice-number';
import { HistoryCodesAndNoticeNumbers1764800000300 } from './1764800000300-history-codes-and-notice-numbers';
import { MIGRATIONS } from '.';

const SCHEMA = 'application';
const EMPLOYER = 'eeeeeeee-0000-4000-8000-000000000001';

// A database as it was before history codes: entries written by the code of that time (their
// reasons as it wrote them), then the migration, which must tell each entry's code.
describe('migration: history codes and notice numbers for the rows written before', () => {
  let db: TestDatabase;
  let ds: DataSource;

  async function migrate(migrations: typeof MIGRATIONS): Promise<DataSource> {
    const source = createServiceDataSource({ url: db.url, schema: SCHEMA, entities: [], migrations });
    await source.initialize();
    await runServiceMigrations(source, SCHEMA);
    return source;
  }

  async function application(state: string, decidedAt: string | null, code: string | null): Promise<string> {
    const [row] = await ds.query(
      `INSERT INTO application.application (employer_id, applicant_id, district, kind, state, version, decided_at, notice_code)
       VALUES ($1, gen_random_uuid(), 'XUHUI', 'NEW', $2, 1, $3, $4) RETURNING id`,
      [EMPLOYER, state, decidedAt, code],
    );
    return row.id as string;
  }

  async function entry(id: string, from: string | null, to: string, role: string, reason: string | null) {
    await ds.query(
      `INSERT INTO application.application_history (application_id, from_state, to_state, actor, role, reason)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, from, to, role === 'SYSTEM' ? 'system' : 'someone', role, reason],
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase('history-backfill');
    // The migrations that came before it (later ones may read the codes, e.g. the waiting queue due).
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(HistoryCodesAndNoticeNumbers1764800000300));
    expect(before.length).toBeGreaterThan(1);
    const old = await migrate(before);
    ds = old;
    const a = await application('APPROVED', '2025-06-01T02:00:00Z', 'AAAA-0000-0000-0002');
    const b = await application('APPROVED', '2025-03-01T02:00:00Z', 'AAAA-0000-0000-0001');
    const c = await application('APPROVED', '2026-01-05T02:00:00Z', 'AAAA-0000-0000-0003');
    const d = await application('WITHDRAWN', null, null);
    await entry(a, null, 'DRAFT', 'EMPLOYER_HR', 'NEW application opened');
    await entry(a, 'DRAFT', 'DRAFT', 'APPLICANT', '表单修改: archiveLocation, socialInsurance (form edited)');
    await entry(a, 'DRAFT', 'EMPLOYER_REVIEW', 'APPLICANT', null);
    await entry(a, 'EMPLOYER_REVIEW', 'DRAFT', 'EMPLOYER_HR', '请补充学位证书编号');
    await entry(a, 'EMPLOYER_REVIEW', 'SUBMITTED', 'EMPLOYER_HR', null);
    await entry(a, 'SUBMITTED', 'ARCHIVE_REVIEW', 'CENTRE_OFFICER', '受理 XUHUI-2025-000001');
    await entry(a, 'ARCHIVE_REVIEW', 'ARCHIVE_REVIEW', 'CENTRE_OFFICER', '认领 (claimed by o1)');
    await entry(a, 'ARCHIVE_REVIEW', 'SCORING', 'SYSTEM', '档案及各项核查通过');
    await entry(a, 'SCORING', 'APPROVED', 'SYSTEM', null);
    await entry(a, 'APPROVED', 'APPROVED', 'SYSTEM', '积分由申请 x 接续 (the points continue under application x)');
    await entry(b, 'SCORING', 'REJECTED', 'SYSTEM', null);
    await entry(b, 'SCORING', 'REJECTED', 'CENTRE_OFFICER', '材料不实');
    await entry(b, 'REJECTED', 'APPROVED', 'HRSS_ADMIN', '复核改正后总分 130 分，达到标准分值 120 分');
    await entry(c, 'ARCHIVE_REVIEW', 'REJECTED', 'SYSTEM', 'EDU: 学历不符');
    await entry(d, 'EMPLOYER_REVIEW', 'WITHDRAWN', 'SYSTEM', '单位解除关联（工作变动）: released');
    await entry(d, 'DRAFT', 'WITHDRAWN', 'APPLICANT', null);
    await entry(d, 'SCORING', 'WITHDRAWN', 'CENTRE_OFFICER', '单位申请撤销');
    await entry(d, 'DRAFT', 'DRAFT', 'EMPLOYER_HR', '某个不认识的说明');
    await old.destroy();
    ds = await migrate(MIGRATIONS);
  }, 120_000);

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('gives each old entry the code its states, actor and reason tell', async () => {
    const rows: Array<{ code: string | null; fields: string[] | null }> = await ds.query(
      `SELECT code, fields FROM application.application_history ORDER BY id`,
    );
    expect(rows.map((r) => r.code)).toEqual([
      'OPENED',
      'FORM_EDITED',
      'SUBMIT_TO_EMPLOYER',
      'RETURN_TO_APPLICANT',
      'APPROVE_AND_SUBMIT',
      'ACCEPT',
      'OFFICER_CLAIMED',
      'VERIFICATION_PASSED',
      'SCORED_ELIGIBLE',
      'POINTS_SUPERSEDED',
      'SCORED_NOT_ELIGIBLE',
      'REJECT',
      'APPROVE_ON_APPEAL',
      'VERIFICATION_FAILED',
      'RELEASED_BY_JOB_CHANGE',
      'WITHDRAW',
      'REVOKE',
      'AMENDED',
    ]);
    expect(rows[1]!.fields).toEqual(['archiveLocation', 'socialInsurance']);
  });

  it('numbers the old approvals per year in the order decided, and goes on from there', async () => {
    const rows: Array<{ notice_code: string; notice_no: string }> = await ds.query(
      `SELECT notice_code, notice_no FROM application.application WHERE notice_code IS NOT NULL ORDER BY notice_code`,
    );
    expect(rows).toEqual([
      { notice_code: 'AAAA-0000-0000-0001', notice_no: '沪人社积〔2025〕000001号' },
      { notice_code: 'AAAA-0000-0000-0002', notice_no: '沪人社积〔2025〕000002号' },
      { notice_code: 'AAAA-0000-0000-0003', notice_no: '沪人社积〔2026〕000001号' },
    ]);
    await ds.transaction(async (manager) => {
      expect(await nextNoticeNo(manager, '2025-12-31')).toBe('沪人社积〔2025〕000003号');
      expect(await nextNoticeNo(manager, '2027-01-04')).toBe('沪人社积〔2027〕000001号');
    });
  });
});
