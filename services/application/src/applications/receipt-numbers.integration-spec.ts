import { errorCodes, type SubgraphTestApp } from '@points/testing';
import {
  applicantEmployedBy,
  employerStanding,
  officer,
  pinToday,
  PUDONG_EMPLOYER,
  startApplicationApp,
  submittedBy,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';

// 收件凭证 numbers under concurrency (issue 18): acceptances of one district no longer wait for
// each other's commit, and still no number is handed out twice within a district and year.
const PER_DISTRICT = 120; // more than one block of reserved numbers (50), taken all at once

type Row = { id: string; version: number; state: string; receiptNo: string | null };

describe('receipt numbers (收件凭证) under concurrent acceptance', () => {
  let t: SubgraphTestApp;

  /** One application through the employer's steps to SUBMITTED (等待受理), then `copies` more like it. */
  async function submitted(
    employerId: string,
    applicantId: string,
    residentId: string,
    district: string,
    copies: number,
  ): Promise<string[]> {
    await applicantEmployedBy(t, applicantId, residentId, employerId, { district });
    const row = await submittedBy(t, applicantId, employerId);
    expect(row.state).toBe('SUBMITTED');
    // The copies: the same filing by other applicants (the queue of a busy morning at the window).
    const copied: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO application.application
       SELECT (jsonb_populate_record(NULL::application.application,
                 to_jsonb(a) || jsonb_build_object('id', gen_random_uuid(), 'applicant_id', gen_random_uuid()))).*
         FROM application.application a, generate_series(1, $2)
        WHERE a.id = $1
       RETURNING id`,
      [row.id, copies],
    );
    return [row.id, ...copied.map((c) => c.id)];
  }

  const accept = `mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { id state receiptNo } }`;
  const serial = (receiptNo: string): number => Number(receiptNo.slice(-6));

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, '2026-03-02');
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
    await employerStanding(t, PUDONG_EMPLOYER, 'PUDONG');
  }, 60_000);
  afterAll(() => t?.close());

  let version: number;
  let newYearId: string;
  it(`gives ${PER_DISTRICT + 1} acceptances in each of two districts, all at once, numbers 1..${PER_DISTRICT + 1} of their district, none twice`, async () => {
    const xuhui = await submitted(
      XUHUI_EMPLOYER,
      'aaaaaaaa-0000-4000-8000-000000000101',
      '310104199003070018',
      'XUHUI',
      PER_DISTRICT,
    );
    // One more in PUDONG, left for the new year below.
    const pudong = await submitted(
      PUDONG_EMPLOYER,
      'aaaaaaaa-0000-4000-8000-000000000102',
      '310115199211200031',
      'PUDONG',
      PER_DISTRICT + 1,
    );
    newYearId = pudong.pop()!;
    const [row] = await t.dataSource.query<Array<{ version: number }>>(
      `SELECT version FROM application.application WHERE id = $1`,
      [xuhui[0]],
    );
    version = row!.version;
    const results = await Promise.all([
      ...xuhui.map((id, i) =>
        t.gql<{ acceptApplication: Row }>(accept, {
          variables: { id, v: version },
          as: officer('XUHUI', `officer-x${i % 4}`),
        }),
      ),
      ...pudong.map((id, i) =>
        t.gql<{ acceptApplication: Row }>(accept, {
          variables: { id, v: version },
          as: officer('PUDONG', `officer-p${i % 4}`),
        }),
      ),
    ]);
    expect(results.flatMap(errorCodes)).toEqual([]);
    const numbers = results.map((r) => r.data!.acceptApplication.receiptNo!);
    const one = Array.from({ length: PER_DISTRICT + 1 }, (_, i) => i + 1);
    const ofDistrict = (prefix: string): number[] =>
      numbers
        .filter((n) => n.startsWith(prefix))
        .map(serial)
        .sort((a, b) => a - b);
    expect(ofDistrict('XUHUI-2026-')).toEqual(one);
    expect(ofDistrict('PUDONG-2026-')).toEqual(one);
    // As stored, too (the unique index would have refused a duplicate: none was refused above).
    const stored: Array<{ n: string }> = await t.dataSource.query(
      `SELECT count(DISTINCT receipt_no)::text AS n FROM application.application WHERE receipt_no IS NOT NULL`,
    );
    expect(stored[0]!.n).toBe(String(2 * (PER_DISTRICT + 1)));
  }, 120_000);

  it('takes no number for the 49 officers who lose a race for one application: the next acceptance gets the next number', async () => {
    const [raced, next] = await submitted(
      XUHUI_EMPLOYER,
      'aaaaaaaa-0000-4000-8000-000000000103',
      '310104198505120025',
      'XUHUI',
      1,
    );
    const racers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.gql<{ acceptApplication: Row }>(accept, {
          variables: { id: raced, v: version },
          as: officer('XUHUI', `racer-${i}`),
        }),
      ),
    );
    const winners = racers.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(racers.filter((r) => errorCodes(r)[0] === 'CONFLICT')).toHaveLength(49);
    expect(winners[0]!.data!.acceptApplication.receiptNo).toBe(
      `XUHUI-2026-${String(PER_DISTRICT + 2).padStart(6, '0')}`,
    );
    const after = await t.gql<{ acceptApplication: Row }>(accept, {
      variables: { id: next, v: version },
      as: officer('XUHUI'),
    });
    expect(after.data?.acceptApplication.receiptNo).toBe(
      `XUHUI-2026-${String(PER_DISTRICT + 3).padStart(6, '0')}`,
    );
  }, 120_000);

  it('starts again at 000001 in a new year', async () => {
    pinToday(t, '2027-01-04');
    const res = await t.gql<{ acceptApplication: Row }>(accept, {
      variables: { id: newYearId, v: version },
      as: officer('PUDONG'),
    });
    expect(res.data?.acceptApplication.receiptNo).toBe('PUDONG-2027-000001');
  }, 120_000);
});
