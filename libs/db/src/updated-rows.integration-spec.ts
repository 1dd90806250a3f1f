import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@points/test-infra';
import { updatedRows, updateReturning } from './updated-rows';

// Real PostgreSQL through TypeORM's driver: the shapes `query()` really answers with.
describe('updatedRows / updateReturning', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('updated_rows');
    dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    await dataSource.query(`CREATE TABLE item (id int PRIMARY KEY, version int NOT NULL)`);
    await dataSource.query(`INSERT INTO item VALUES (1, 1), (2, 1)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('answers the updated rows of a guarded UPDATE … RETURNING that matched', async () => {
    const rows = await updateReturning<{ id: number; version: number }>(
      dataSource,
      `UPDATE item SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING id, version`,
      [1, 1],
    );
    expect(rows).toEqual([{ id: 1, version: 2 }]);
  });

  it('answers no rows when the guard no longer matches (a stale version)', async () => {
    const rows = await updateReturning(
      dataSource,
      `UPDATE item SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
      [1, 1],
    );
    expect(rows).toEqual([]);
  });

  it('reads INSERT … RETURNING and DELETE … RETURNING the same way', async () => {
    expect(updatedRows(await dataSource.query(`INSERT INTO item VALUES (3, 1) RETURNING id`))).toEqual([
      { id: 3 },
    ]);
    expect(
      updatedRows(await dataSource.query(`DELETE FROM item WHERE id IN (2, 3) RETURNING id`)).length,
    ).toBe(2);
  });
});
