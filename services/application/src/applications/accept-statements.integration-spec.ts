import { randomUUID } from 'node:crypto';
import { statementsDuring, type SubgraphTestApp } from '@points/testing';
import {
  applicantEmployedBy,
  employerStanding,
  gqlAs,
  officer,
  startApplicationApp,
  submittedBy,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';

// The officer's 受理 is the platform's busiest write (issue 18): what it costs PostgreSQL is
// counted here, statement by statement, so that a read or a round trip added to it is noticed.
describe('application subgraph: one acceptance, statement by statement', () => {
  let t: SubgraphTestApp;

  beforeAll(async () => {
    t = await startApplicationApp();
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
  }, 60_000);
  afterAll(() => t?.close());

  it('reads the application once, locked, and writes it once, in one transaction', async () => {
    const applicantId = randomUUID();
    await applicantEmployedBy(t, applicantId, '110101199003071237', XUHUI_EMPLOYER);
    const submitted = await submittedBy(t, applicantId);
    // A first acceptance of the district reserves its block of receipt numbers (its own statement).
    const warm = randomUUID();
    await applicantEmployedBy(t, warm, '110101199003076416', XUHUI_EMPLOYER);
    const first = await submittedBy(t, warm);
    await gqlAs(t)(
      `mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { id } }`,
      { id: first.id, v: first.version },
      officer('XUHUI'),
    );

    const { result, statements } = await statementsDuring(t.dataSource, () =>
      gqlAs(t)<{ state: string; receiptNo: string }>(
        `mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { state receiptNo } }`,
        { id: submitted.id, v: submitted.version },
        officer('XUHUI'),
      ),
    );
    expect(result.state).toBe('ARCHIVE_REVIEW');
    expect(result.receiptNo).toMatch(/^XUHUI-\d{4}-\d{6}$/);
    // The acceptance's own statements: the outbox relay, woken by the commit, runs its own
    // transactions alongside (its BEGIN/COMMIT cannot be told apart here, so none is counted).
    const own = statements.filter(
      (s) =>
        !/^\s*(START TRANSACTION|COMMIT|ROLLBACK)/i.test(s) &&
        !/FROM "application"\.outbox\s+WHERE sent_at IS NULL/i.test(s) &&
        !/^\s*UPDATE "application"\.outbox o/i.test(s),
    );
    const touching = (verb: string) =>
      own.filter(
        (s) => new RegExp(`^\\s*${verb}`, 'i').test(s) && /"?application"?\."?application"?[\s"]/i.test(s),
      );
    expect(touching('SELECT')).toHaveLength(1);
    expect(touching('SELECT')[0]).toMatch(/FOR UPDATE/i);
    expect(touching('UPDATE')).toHaveLength(1);
    // The locked read, the write, its history entry, the statistics, the employer's projection
    // (for the event), the event: six, between one BEGIN and one COMMIT.
    expect(own).toHaveLength(6);
  });
});
