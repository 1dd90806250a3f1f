/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- GraphQL answers are untyped JSON here */
import { toShanghaiDate } from '@points/calendar';
import type { SubgraphTestApp } from '@points/testing';
import { hrss, officer, pinToday, startApplicationApp } from '../testing/application-test.fixtures';
import { seedDevelopmentOffice } from './development-office.seed';

type Row = Record<string, any>;

describe('the development seed: a working office', () => {
  let t: SubgraphTestApp;
  const today = toShanghaiDate(new Date());

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, today);
  }, 60_000);
  afterAll(() => t?.close());

  it("fills every district's queue, overdue first, and its statistics; a second run adds nothing", async () => {
    // 16 districts × (3 drafts, 3 with the employer, 6 submitted, 3 missing materials, 10 archive
    // reviews, 6 scoring, 8 approved, 3 rejected, 2 withdrawn = 44)
    expect(await seedDevelopmentOffice(t.dataSource, today)).toBe(16 * 44);
    expect(await seedDevelopmentOffice(t.dataSource, today)).toBe(0);

    const res = await t.gql<{ reviewQueue: Row }>(
      `{ reviewQueue(first: 100) { items { district state overdue receiptNo } hasNextPage } }`,
      { as: officer('XUHUI') },
    );
    expect(res.errors).toBeUndefined();
    const items: Row[] = res.data!.reviewQueue['items'];
    // The centre's four states: 6 + 3 + 10 + 6
    expect(items).toHaveLength(25);
    expect(items.every((i) => i['district'] === 'XUHUI')).toBe(true);
    // Accepted ones carry their receipt: 10 archive reviews and 6 scorings
    expect(items.filter((i) => i['receiptNo']?.startsWith('XUHUI-DEMO-'))).toHaveLength(16);
    // 3 archive reviews and 2 scorings past their deadline, at the top
    expect(items.map((i) => i['overdue'])).toEqual([...Array(5).fill(true), ...Array(20).fill(false)]);

    // 浦东's officer sees 浦东's work, filed under the employer employer-registration's seed
    // registers for 浦东 (officeEmployerId there).
    const pudong = await t.gql<{ reviewQueue: Row }>(
      `{ reviewQueue(first: 100) { items { district employer { id } } } }`,
      {
        as: officer('PUDONG'),
      },
    );
    expect(pudong.data!.reviewQueue['items']).toHaveLength(25);
    expect(new Set(pudong.data!.reviewQueue['items'].map((i: Row) => i['employer']['id']))).toEqual(
      new Set(['6f1f6c1e-0000-4000-8000-000000001011']),
    );

    // Each seeded application's timeline opens with an entry the console can label (a code).
    const first = await t.gql<{ reviewQueue: Row }>(`{ reviewQueue(first: 1) { items { id } } }`, {
      as: officer('XUHUI'),
    });
    const opened = await t.gql<{ application: Row }>(
      `query($id: ID!) { application(id: $id) { history { code actor role } } }`,
      { variables: { id: first.data!.reviewQueue['items'][0]['id'] }, as: hrss() },
    );
    expect(opened.data!.application['history']).toEqual([
      { code: 'DEVELOPMENT_SEED', actor: 'seed', role: 'SYSTEM' },
    ]);

    const stats = await t.gql<{ statistics: Row }>(
      `{ statistics { byDistrictAndState { district state count } overdue { district count } approved rejected decisionsMeasured } }`,
      { as: hrss() },
    );
    expect(stats.errors).toBeUndefined();
    const figures = stats.data!.statistics;
    expect(figures['byDistrictAndState']).toHaveLength(16 * 9);
    expect(figures['byDistrictAndState']).toContainEqual({
      district: 'XUHUI',
      state: 'ARCHIVE_REVIEW',
      count: 10,
    });
    expect(figures['overdue'].every((d: Row) => d['count'] === 5)).toBe(true);
    // Decisions spread over the last ten weeks: all inside the default twelve.
    expect(figures).toMatchObject({ approved: 16 * 8, rejected: 16 * 3, decisionsMeasured: 16 * 11 });
  });
});
