/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- GraphQL answers are untyped JSON here */
import { deliverEvent, errorCodes, eventually, testEvent, type SubgraphTestApp } from '@points/testing';
import {
  applicantUser,
  hrOf,
  hrss,
  officer,
  pinToday,
  startApplicationApp,
  supervisor,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';

type Row = Record<string, any>;

// Rows written straight into the table: the queue reads what the lifecycle wrote.
const rows: Array<[string, string, string, string, string, string | null, string | null]> = [
  // id suffix, district, state, kind, queue_due, submitted_at (Shanghai date), assigned
  ['01', 'XUHUI', 'ARCHIVE_REVIEW', 'NEW', '2026-03-30', '2026-02-20', null],
  ['02', 'XUHUI', 'SCORING', 'NEW', '2026-02-27', '2026-01-10', 'officer-a'], // overdue on 2026-03-02
  ['03', 'XUHUI', 'SUBMITTED', 'RENEWAL', '9999-12-31', '2026-03-01', null],
  ['04', 'XUHUI', 'ARCHIVE_REVIEW', 'CHANGE', '2026-03-02', '2026-02-01', null], // due today: not overdue
  ['05', 'XUHUI', 'APPROVED', 'NEW', '9999-12-31', '2025-12-01', null],
  ['06', 'PUDONG', 'ARCHIVE_REVIEW', 'NEW', '2026-01-05', '2025-12-01', null],
  ['07', 'XUHUI', 'MATERIALS_REQUIRED', 'NEW', '9999-12-31', '2026-02-25', null],
  ['08', 'XUHUI', 'ARCHIVE_REVIEW', 'NEW', '2026-02-26', '2026-01-20', null], // overdue
];
const idOf = (suffix: string): string => `eeeeeeee-0000-4000-8000-0000000000${suffix}`;

describe('review queue (district centre)', () => {
  let t: SubgraphTestApp;
  const query = `query($filter: ReviewQueueFilter, $first: Int, $after: String) {
    reviewQueue(filter: $filter, first: $first, after: $after) { items { id overdue } endCursor hasNextPage } }`;
  const ids = async (variables: Record<string, unknown>, as = officer('XUHUI')): Promise<string[]> => {
    const res = await t.gql<{ reviewQueue: Row }>(query, { variables, as });
    expect(res.errors).toBeUndefined();
    return res.data!.reviewQueue['items'].map((i: Row) => String(i['id']).slice(-2));
  };

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, '2026-03-02');
    for (const [suffix, district, state, kind, due, submitted, assigned] of rows) {
      await t.dataSource.query(
        `INSERT INTO application.application (id, employer_id, applicant_id, district, kind, state, version, queue_due, submitted_at, assigned_officer)
         VALUES ($1, $2, $3, $4, $5, $6, 1, $7, ($8::date + time '10:00') AT TIME ZONE 'Asia/Shanghai', $9)`,
        [
          idOf(suffix),
          XUHUI_EMPLOYER,
          idOf(suffix).replace('eeeeeeee', 'aaaaaaaa'),
          district,
          kind,
          state,
          due,
          submitted,
          assigned,
        ],
      );
    }
    // Generous: the suites may run on a busy machine.
  }, 60_000);
  afterAll(() => t?.close());

  it("lists the officer's own district, centre states only, overdue first, then by deadline", async () => {
    expect(await ids({})).toEqual(['08', '02', '04', '01', '03', '07']);
  });

  it('flags overdue items and filters by overdue, state, kind, submitted date and officer', async () => {
    const res = await t.gql<{ reviewQueue: Row }>(query, { variables: { first: 3 }, as: officer('XUHUI') });
    expect(res.data!.reviewQueue['items'].map((i: Row) => i['overdue'])).toEqual([true, true, false]);
    expect(await ids({ filter: { overdue: true } })).toEqual(['08', '02']);
    expect(await ids({ filter: { states: ['ARCHIVE_REVIEW'] } })).toEqual(['08', '04', '01']);
    expect(await ids({ filter: { kind: 'RENEWAL' } })).toEqual(['03']);
    expect(await ids({ filter: { submittedFrom: '2026-02-01', submittedTo: '2026-02-25' } })).toEqual([
      '04',
      '01',
      '07',
    ]);
    expect(await ids({ filter: { assignedOfficer: 'officer-a' } })).toEqual(['02']);
    expect(await ids({ filter: { states: ['APPROVED'] } })).toEqual(['05']);
  });

  it('pages with a cursor and no overlap', async () => {
    const first = await t.gql<{ reviewQueue: Row }>(query, { variables: { first: 4 }, as: officer('XUHUI') });
    const page1 = first.data!.reviewQueue;
    expect(page1['hasNextPage']).toBe(true);
    const second = await t.gql<{ reviewQueue: Row }>(query, {
      variables: { first: 4, after: page1['endCursor'] },
      as: officer('XUHUI'),
    });
    expect(second.data!.reviewQueue['items'].map((i: Row) => String(i['id']).slice(-2))).toEqual([
      '03',
      '07',
    ]);
    expect(second.data!.reviewQueue['hasNextPage']).toBe(false);
    const bad = await t.gql(query, { variables: { after: 'not-a-cursor' }, as: officer('XUHUI') });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("shows another district nothing of XUHUI's, and counts per state", async () => {
    expect(await ids({}, officer('PUDONG'))).toEqual(['06']);
    const counts = await t.gql<{ reviewQueueCounts: Row[] }>(`{ reviewQueueCounts { state count } }`, {
      as: supervisor('XUHUI'),
    });
    expect(counts.data!.reviewQueueCounts).toEqual([
      { state: 'APPROVED', count: 1 },
      { state: 'ARCHIVE_REVIEW', count: 3 },
      { state: 'MATERIALS_REQUIRED', count: 1 },
      { state: 'SCORING', count: 1 },
      { state: 'SUBMITTED', count: 1 },
    ]);
    expect(errorCodes(await t.gql(`{ reviewQueueCounts { state } }`, { as: hrOf(XUHUI_EMPLOYER) }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      errorCodes(await t.gql(`{ reviewQueueCounts { state } }`, { as: applicantUser(idOf('01')) })),
    ).toEqual(['FORBIDDEN']);
  });

  it('answers two guarded root fields of one request for one logged-in officer', async () => {
    // Both fields' guards run concurrently on one request: the second must see the same login.
    const res = await t.gql<{ reviewQueue: Row; reviewQueueCounts: Row[] }>(
      `{ reviewQueue(first: 2) { items { id } } reviewQueueCounts { state count } }`,
      { as: officer('XUHUI') },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reviewQueue['items']).toHaveLength(2);
    expect(res.data!.reviewQueueCounts).toContainEqual({ state: 'SCORING', count: 1 });
  });

  it("shows HRSS every district's queue by deadline, one district on request, and the city's counts", async () => {
    // Centre states of both districts by queue_due, then id: 06 (Jan 5), 08, 02, 04, 01, then 03 and 07 (no deadline).
    expect(await ids({}, hrss())).toEqual(['06', '08', '02', '04', '01', '03', '07']);
    expect(await ids({ filter: { district: 'PUDONG' } }, hrss())).toEqual(['06']);
    const city = await t.gql<{ reviewQueueCounts: Row[] }>(`{ reviewQueueCounts { state count } }`, {
      as: hrss(),
    });
    expect(city.data!.reviewQueueCounts).toEqual([
      { state: 'APPROVED', count: 1 },
      { state: 'ARCHIVE_REVIEW', count: 4 },
      { state: 'MATERIALS_REQUIRED', count: 1 },
      { state: 'SCORING', count: 1 },
      { state: 'SUBMITTED', count: 1 },
    ]);
    const pudong = await t.gql<{ reviewQueueCounts: Row[] }>(
      `{ reviewQueueCounts(district: "PUDONG") { state count } }`,
      {
        as: hrss(),
      },
    );
    expect(pudong.data!.reviewQueueCounts).toEqual([{ state: 'ARCHIVE_REVIEW', count: 1 }]);
  });

  it("refuses an officer another district's queue, and names a district code that does not exist", async () => {
    const other = await t.gql(query, { variables: { filter: { district: 'PUDONG' } }, as: officer('XUHUI') });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    // Root fields are nullable (a subgraph down must not blank the rest): the field is null.
    expect(other.data).toEqual({ reviewQueue: null });
    const bad = await t.gql(query, { variables: { filter: { district: 'ATLANTIS' } }, as: hrss() });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.district' });
  });

  it('lets an officer claim a free item, refuses one claimed by another, and lets the supervisor assign', async () => {
    const claim = `mutation($id: ID!) { claimApplication(id: $id) { assignedOfficer } }`;
    const mine = await t.gql<{ claimApplication: Row }>(claim, {
      variables: { id: idOf('01') },
      as: officer('XUHUI', 'officer-b'),
    });
    expect(mine.data!.claimApplication).toEqual({ assignedOfficer: 'officer-b' });
    expect(
      errorCodes(await t.gql(claim, { variables: { id: idOf('02') }, as: officer('XUHUI', 'officer-b') })),
    ).toEqual(['CONFLICT']);
    expect(
      errorCodes(await t.gql(claim, { variables: { id: idOf('06') }, as: officer('XUHUI', 'officer-b') })),
    ).toEqual(['NOT_FOUND']);
    // 05 is APPROVED: nothing left for the centre to do, so nothing to claim.
    const decided = await t.gql(claim, { variables: { id: idOf('05') }, as: officer('XUHUI', 'officer-b') });
    expect(decided.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      rule: 'centre-state',
    });
    // The staff directory, as employer-registration announces its staff accounts.
    const XUHUI_OFFICER = 'cccccccc-0000-4000-8000-0000000000c1';
    const PUDONG_OFFICER = 'cccccccc-0000-4000-8000-0000000000c2';
    const XUHUI_VERIFIER = 'cccccccc-0000-4000-8000-0000000000c3';
    for (const [accountId, role, district] of [
      [XUHUI_OFFICER, 'CENTRE_OFFICER', 'XUHUI'],
      [PUDONG_OFFICER, 'CENTRE_OFFICER', 'PUDONG'],
      [XUHUI_VERIFIER, 'CITY_VERIFIER', null],
    ] as const) {
      const event = testEvent('staff.account-changed', { accountId, role, district, active: true });
      await deliverEvent(t, 'application', event);
      await eventually(async () => {
        const rows: unknown[] = await t.dataSource.query(`SELECT 1 FROM application.inbox WHERE event_id = $1`, [
          event.id,
        ]);
        return rows.length > 0;
      });
    }
    const assign = `mutation($id: ID!, $officerId: String!) { assignApplication(id: $id, officerId: $officerId) { assignedOfficer history { actor reason } } }`;
    // Only to a real, active officer of the supervisor's own district.
    for (const officerId of ['officer-c', PUDONG_OFFICER, XUHUI_VERIFIER]) {
      const refused = await t.gql(assign, { variables: { id: idOf('02'), officerId }, as: supervisor('XUHUI') });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'officerId',
        rule: 'officer-of-district',
      });
    }
    const assigned = await t.gql<{ assignApplication: Row }>(assign, {
      variables: { id: idOf('02'), officerId: XUHUI_OFFICER },
      as: supervisor('XUHUI'),
    });
    expect(assigned.data!.assignApplication['assignedOfficer']).toBe(XUHUI_OFFICER);
    // Claim and assign are in the history, with who did it.
    expect(assigned.data!.assignApplication['history'].at(-1)).toEqual({
      actor: 'sup-XUHUI',
      reason: expect.stringContaining(`assigned to ${XUHUI_OFFICER}`),
    });
    const claimed = await t.gql<{ application: Row }>(
      `query($id: ID!) { application(id: $id) { history { actor reason } } }`,
      { variables: { id: idOf('01') }, as: officer('XUHUI', 'officer-b') },
    );
    expect(claimed.data!.application['history'].at(-1)).toEqual({
      actor: 'officer-b',
      reason: expect.stringContaining('claimed by officer-b'),
    });
    expect(
      errorCodes(
        await t.gql(assign, { variables: { id: idOf('02'), officerId: XUHUI_OFFICER }, as: officer('XUHUI') }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('uses the queue index for the first page', async () => {
    await t.dataSource.query('ANALYZE application.application');
    // One transaction, so the setting and the EXPLAIN share a connection; a tiny table would otherwise be scanned.
    const plan: Array<{ 'QUERY PLAN': string }> = await t.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query(
        `EXPLAIN SELECT id FROM application.application WHERE district = 'XUHUI' AND state IN ('SUBMITTED','SCORING')
          ORDER BY queue_due, id LIMIT 21`,
      );
    });
    expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toMatch(/application_queue(_state)?_idx/);
  });
});
