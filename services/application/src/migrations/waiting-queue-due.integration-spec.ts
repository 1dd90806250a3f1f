import { createServiceDataSource, runServiceMigrations } from '@points/db';
import { createTestDatabase, type TestDatabase } from '@points/testing';
import type { DataSource } from 'typeorm';
import { WaitingQueueDue1765300000100 } from './1765300000100-waiting-queue-due';
import { MIGRATIONS } from '.';

const SCHEMA = 'application';
const EMPLOYER = 'eeeeeeee-0000-4000-8000-000000000001';

// Rows written before the waiting applications had a due day (9999-12-31 in the queue): the
// migration gives each the day the overdue pass would expire it, and the statistics follow.
describe('migration: a waiting application is due the day it expires', () => {
  let db: TestDatabase;
  let ds: DataSource;

  async function migrate(migrations: typeof MIGRATIONS): Promise<DataSource> {
    const source = createServiceDataSource({ url: db.url, schema: SCHEMA, entities: [], migrations });
    await source.initialize();
    await runServiceMigrations(source, SCHEMA);
    return source;
  }

  async function application(
    state: string,
    updatedAt: string,
    extra: { kind?: string; onlineReview?: boolean; queueDue?: string } = {},
  ): Promise<string> {
    const [row] = await ds.query(
      `INSERT INTO application.application (employer_id, applicant_id, district, kind, state, version, updated_at,
         online_review, queue_due)
       VALUES ($1, gen_random_uuid(), 'XUHUI', $2, $3, 1, $4, $5, $6) RETURNING id`,
      [
        EMPLOYER,
        extra.kind ?? 'NEW',
        state,
        updatedAt,
        extra.onlineReview ?? false,
        extra.queueDue ?? '9999-12-31',
      ],
    );
    return row.id as string;
  }

  const dueOf = async (id: string): Promise<string> => {
    const [row] = await ds.query(
      `SELECT to_char(queue_due, 'YYYY-MM-DD') AS due FROM application.application WHERE id = $1`,
      [id],
    );
    return row.due as string;
  };

  let ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase('waiting-queue-due');
    const old = await migrate(MIGRATIONS.filter((m) => m !== WaitingQueueDue1765300000100));
    ds = old;
    // 16:30 UTC on 1 March is 00:30 on 2 March in Shanghai: the China-calendar day counts.
    const submitted = await application('SUBMITTED', '2026-03-01T16:30:00Z');
    const materials = await application('MATERIALS_REQUIRED', '2026-03-10T02:00:00Z');
    const asking = await application('SUBMITTED', '2026-03-10T02:00:00Z', { kind: 'RENEWAL' });
    await ds.query(
      `INSERT INTO application.application_history (application_id, from_state, to_state, actor, role, reason, code)
       VALUES ($1, 'SUBMITTED', 'SUBMITTED', 'system', 'SYSTEM', '网上审核', 'RENEWAL_FACTS_REQUESTED')`,
      [asking],
    );
    const answered = await application('SUBMITTED', '2026-03-12T02:00:00Z', {
      kind: 'RENEWAL',
      onlineReview: true,
    });
    await ds.query(
      `INSERT INTO application.application_history (application_id, from_state, to_state, actor, role, reason, code)
       VALUES ($1, 'SUBMITTED', 'SUBMITTED', 'system', 'SYSTEM', '网上审核', 'RENEWAL_FACTS_REQUESTED')`,
      [answered],
    );
    const reviewing = await application('ARCHIVE_REVIEW', '2026-03-10T02:00:00Z', { queueDue: '2026-04-08' });
    await old.destroy();
    ds = await migrate(MIGRATIONS);
    ids = { submitted, materials, asking, answered, reviewing };
  }, 120_000);
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('gives SUBMITTED and MATERIALS_REQUIRED their expiry; leaves a renewal being asked and a review as they were', async () => {
    expect(await dueOf(ids['submitted']!)).toBe('2026-04-01'); // 2 March (Shanghai) + 30
    expect(await dueOf(ids['materials']!)).toBe('2026-04-09');
    expect(await dueOf(ids['asking']!)).toBe('9999-12-31');
    expect(await dueOf(ids['answered']!)).toBe('2026-04-11');
    expect(await dueOf(ids['reviewing']!)).toBe('2026-04-08');
  });

  it('counts the due days again for the statistics', async () => {
    const rows: Array<{ due: string; n: string }> = await ds.query(
      `SELECT to_char(due, 'YYYY-MM-DD') AS due, n::text FROM application.statistics_due_count ORDER BY due`,
    );
    expect(rows).toEqual([
      { due: '2026-04-01', n: '1' },
      { due: '2026-04-08', n: '1' },
      { due: '2026-04-09', n: '1' },
      { due: '2026-04-11', n: '1' },
      { due: '9999-12-31', n: '1' },
    ]);
  });
});
