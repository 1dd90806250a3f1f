/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON here */
import { deliverEvent, eventually, pdfText, testEvent, type SubgraphTestApp } from '@points/testing';
import { residentIdCheckCharacter } from '@points/validation';
import {
  applicantEmployedBy,
  applicantUser,
  employerStanding,
  hrss,
  pinToday,
  startApplicationApp,
  throughToScoring,
  verifiedMaster,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';

type App = Record<string, any>;

const BOOT_TIMEOUT_MS = 60_000;
// Real PostgreSQL and Redis on a busy machine: each test waits for real events.
jest.setTimeout(30_000);
const VERIFIED = verifiedMaster('1990-03-07');
// A permit typed as valid to the end of the century: only a claim.
const TYPED_2099 = {
  residencePermit: {
    number: 'SH2026000999',
    validFrom: '2026-02-28',
    validTo: '2099-12-31',
    address: '上海市徐汇区漕溪北路1号',
  },
};

describe('decisions on verified facts: the permit the registry holds, verified co-residents', () => {
  let t: SubgraphTestApp;

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, '2026-03-02');
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t?.close());

  async function decide(id: string, applicantId: string): Promise<App> {
    await deliverEvent(
      t,
      'application',
      testEvent('score.assessed', {
        assessmentId: 'dddddddd-0000-4000-8000-' + id.slice(-12),
        applicationId: id,
        total: 198,
        eligible: true,
        canApply: true,
        unmetConditions: [],
        ruleSetVersion: 'SH-2017',
      }),
    );
    return eventually(async () => {
      const res = await t.gql<{ application: App }>(
        `query($id: ID!) { application(id: $id) { state validUntil } }`,
        { variables: { id }, as: applicantUser(applicantId) },
      );
      return res.data?.application.state === 'APPROVED' ? res.data.application : undefined;
    });
  }

  it('runs the points to the verified permit expiry, not the typed 2099-12-31', async () => {
    const applicant = 'cccccccc-1111-4000-8000-000000000001';
    const residentId = '310104199003070018';
    await applicantEmployedBy(t, applicant, residentId, XUHUI_EMPLOYER);
    const { id } = await throughToScoring(
      t,
      applicant,
      { ...VERIFIED, residencePermitIssuedOn: '2026-02-28', residencePermitValidUntil: '2027-02-27' },
      TYPED_2099,
    );
    const approved = await decide(id, applicant);
    expect(approved.validUntil).toBe('2027-02-27');
    const [decided]: Array<{ envelope: App }> = await t.dataSource.query(
      `SELECT envelope FROM application.outbox WHERE type = 'application.decided' AND envelope->'data'->>'applicationId' = $1`,
      [id],
    );
    expect(decided!.envelope['data']).toMatchObject({ decision: 'APPROVED', validUntil: '2027-02-27' });
    const notice = await t.gql<{ pointsNotice: App }>(
      `query($id: ID!) { pointsNotice(applicationId: $id) { base64 } }`,
      { variables: { id }, as: applicantUser(applicant) },
    );
    const text = await pdfText(notice.data!.pointsNotice['base64']);
    expect(text).toContain('有效期至：2027年2月27日');
    expect(text).not.toContain('2099');
    // No co-resident was verified for this case: none is printed, though the form names 王芳.
    expect(text).toMatch(/同住人：\s*无/);
  });

  it('never runs the points more than a year from the decision, even on a typed date alone', async () => {
    const applicant = 'cccccccc-1111-4000-8000-000000000002';
    const residentId = '31010419900307002' + residentIdCheckCharacter('31010419900307002');
    await applicantEmployedBy(t, applicant, residentId, XUHUI_EMPLOYER);
    // A case completed before the permit check existed: no verified expiry in the profile.
    const { id } = await throughToScoring(t, applicant, VERIFIED, TYPED_2099);
    pinToday(t, '2026-04-01');
    const approved = await decide(id, applicant);
    // Decided 2026-04-01: a year's validity ends 2027-03-31.
    expect(approved.validUntil).toBe('2027-03-31');
    const history = await t.gql<{ application: App }>(
      `query($id: ID!) { application(id: $id) { history { toState } } }`,
      { variables: { id }, as: hrss() },
    );
    expect(history.data!.application['history'].at(-1).toState).toBe('APPROVED');
    pinToday(t, '2026-03-02');
  });
});
