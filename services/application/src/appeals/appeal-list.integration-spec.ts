/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- GraphQL answers are untyped JSON here */
import { errorCodes, type SubgraphTestApp } from '@points/testing';
import {
  applicantUser,
  hrOf,
  hrss,
  officer,
  startApplicationApp,
  supervisor,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';

type Row = Record<string, any>;

const appId = (suffix: string): string => `eeeeeeee-0000-4000-8000-0000000000${suffix}`;
const appealId = (suffix: string): string => `abababab-0000-4000-8000-0000000000${suffix}`;

// Decided applications written straight into the table (the list reads what the lifecycle wrote).
const applications: Array<[string, string, string, number, number | null]> = [
  // suffix, district, state, total_points, corrected_total
  ['01', 'XUHUI', 'APPROVED', 130, null],
  ['02', 'XUHUI', 'REJECTED', 110, 115],
  ['03', 'PUDONG', 'APPROVED', 125, null],
];
// Appeals 11 and 12 were filed in the same microsecond: the keyset falls back on the id. 13 is a
// microsecond later, so a cursor that kept milliseconds only would repeat or lose it.
const appeals: Array<[string, string, string, string, string]> = [
  // suffix, application, indicator, state, requested_at
  ['11', '01', 'QUALIFICATION', 'REQUESTED', '2026-03-01T02:00:00.000100Z'],
  ['12', '02', 'EDUCATION', 'REVIEWED', '2026-03-01T02:00:00.000100Z'],
  ['13', '03', 'EDUCATION', 'REQUESTED', '2026-03-01T02:00:00.000101Z'],
  ['14', '01', 'AGE', 'DISMISSED', '2026-02-01T02:00:00Z'],
  ['15', '02', 'SOCIAL_INSURANCE_YEARS', 'REQUESTED', '2026-03-05T02:00:00Z'],
];

describe("HRSS's appeal list (复核, 第二十一条)", () => {
  let t: SubgraphTestApp;
  const query = `query($filter: AppealFilter, $first: Int, $after: String) {
    appealList(filter: $filter, first: $first, after: $after) {
      items { id state district receiptNo currentTotal indicator firstReviewer }
      endCursor hasNextPage } }`;
  const list = async (variables: Record<string, unknown>, as = hrss()): Promise<Row> => {
    const res = await t.gql<{ appealList: Row }>(query, { variables, as });
    expect(res.errors).toBeUndefined();
    return res.data!.appealList;
  };
  const ids = async (variables: Record<string, unknown>): Promise<string[]> =>
    (await list(variables))['items'].map((i: Row) => String(i['id']).slice(-2));

  beforeAll(async () => {
    t = await startApplicationApp();
    for (const [suffix, district, state, total, corrected] of applications) {
      await t.dataSource.query(
        `INSERT INTO application.application (id, employer_id, applicant_id, district, kind, state, version,
           receipt_no, total_points, corrected_total, decided_at)
         VALUES ($1, $2, $3, $4, 'NEW', $5, 1, $6, $7, $8, now())`,
        [
          appId(suffix),
          XUHUI_EMPLOYER,
          appId(suffix).replace('eeeeeeee', 'aaaaaaaa'),
          district,
          state,
          `SL2026-${suffix}`,
          total,
          corrected,
        ],
      );
    }
    for (const [suffix, application, indicator, state, at] of appeals) {
      await t.dataSource.query(
        `INSERT INTO application.appeal (id, application_id, indicator, reason, state, requested_by, requested_role,
           requested_at, first_reviewer, first_review_note, proposed_delta)
         VALUES ($1, $2, $3, '评分有误，请复核', $4, 'acct-applicant', 'APPLICANT', $5, $6, $7, $8)`,
        [
          appealId(suffix),
          appId(application),
          indicator,
          state,
          at,
          state === 'REQUESTED' ? null : 'hrss-first',
          state === 'REQUESTED' ? null : '学历认证结果有误',
          state === 'REQUESTED' ? null : 10,
        ],
      );
    }
    // Generous: the suites may run on a busy machine.
  }, 120_000);
  afterAll(() => t?.close());

  it('lists the open appeals of every district, oldest request first, with the application they dispute', async () => {
    const page = await list({});
    expect(
      page['items'].map((i: Row) => [i['id'].slice(-2), i['district'], i['receiptNo'], i['currentTotal']]),
    ).toEqual([
      ['11', 'XUHUI', 'SL2026-01', 130],
      ['12', 'XUHUI', 'SL2026-02', 115], // the corrected total, not the decided 110
      ['13', 'PUDONG', 'SL2026-03', 125],
      ['15', 'XUHUI', 'SL2026-02', 115],
    ]);
    expect(page['hasNextPage']).toBe(false);
  });

  it("filters by district and state: one district's, the decided ones", async () => {
    expect(await ids({ filter: { district: 'PUDONG' } })).toEqual(['13']);
    expect(await ids({ filter: { district: 'XUHUI', states: ['REVIEWED'] } })).toEqual(['12']);
    expect(await ids({ filter: { states: ['DISMISSED', 'UPHELD'] } })).toEqual(['14']);
    const bad = await t.gql(query, { variables: { filter: { district: 'Xuhui' } }, as: hrss() });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.district',
      rule: 'district-code',
    });
  });

  it('pages with a cursor, neither repeating nor losing appeals filed in the same instant', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: Row = await list({ first: 1, after });
      seen.push(...page['items'].map((i: Row) => String(i['id']).slice(-2)));
      if (!page['hasNextPage']) break;
      after = page['endCursor'];
    }
    expect(seen).toEqual(['11', '12', '13', '15']);
    const second = await list({ first: 2, after: (await list({ first: 2 }))['endCursor'] });
    expect(second['items'].map((i: Row) => i['id'].slice(-2))).toEqual(['13', '15']);
    for (const [variables, field] of [
      [{ after: 'not-a-cursor' }, 'after'],
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
    ] as const) {
      const res = await t.gql(query, { variables, as: hrss() });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('is HRSS’s only: the district centre, HR and the applicant are refused', async () => {
    for (const who of [
      officer('XUHUI'),
      supervisor('XUHUI'),
      hrOf(XUHUI_EMPLOYER),
      applicantUser(appId('01').replace('eeeeeeee', 'aaaaaaaa')),
    ]) {
      expect(errorCodes(await t.gql(query, { variables: {}, as: who }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await t.gql(query, { variables: {} }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lets a second HRSS person decide, never the first reviewer nor the filer, and the list moves on', async () => {
    const decide = `mutation($id: ID!, $uphold: Boolean!, $note: String!) {
      decideAppeal(id: $id, version: 1, uphold: $uphold, note: $note) { state decidedBy } }`;
    const refused = await t.gql(decide, {
      variables: { id: appealId('12'), uphold: true, note: '同意改正' },
      as: hrss('hrss-first'),
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe(
      'A second HRSS person must decide: you reviewed this appeal first',
    );
    const decided = await t.gql<{ decideAppeal: Row }>(decide, {
      variables: { id: appealId('12'), uphold: true, note: '同意改正' },
      as: hrss('hrss-second'),
    });
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideAppeal).toEqual({ state: 'UPHELD', decidedBy: 'hrss-second' });
    // 115 + 10 = 125 reaches the standard (120): the rejected application is approved on appeal.
    const [application] = await t.dataSource.query(
      `SELECT state, corrected_total FROM application.application WHERE id = $1`,
      [appId('02')],
    );
    expect(application).toEqual({ state: 'APPROVED', corrected_total: 125 });
    expect(await ids({})).toEqual(['11', '13', '15']);
    expect(await ids({ filter: { states: ['UPHELD'] } })).toEqual(['12']);

    // Nor does the person who filed it decide (an HRSS account standing in as the filer here).
    await t.dataSource.query(
      `INSERT INTO application.appeal (id, application_id, indicator, reason, state, requested_by, requested_role,
         first_reviewer, first_review_note, proposed_delta)
       VALUES ($1, $2, 'AWARD', '表彰奖励未计分', 'REVIEWED', 'hrss-filer', 'HRSS_ADMIN', 'hrss-first', '应计分', 5)`,
      [appealId('16'), appId('03')],
    );
    const byFiler = await t.gql(decide, {
      variables: { id: appealId('16'), uphold: true, note: '同意' },
      as: hrss('hrss-filer'),
    });
    expect(byFiler.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(byFiler.errors?.[0]?.message).toBe('A second HRSS person must decide: you filed this appeal');
  });
});
