/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON here */
import { PiiCipher } from '@points/crypto';
import { PII_EVENT_AAD } from '@points/events';
import { deliverEvent, errorCodes, eventually, testEvent, type SubgraphTestApp } from '@points/testing';
import {
  applicantEmployedBy,
  applicantUser,
  employerStanding,
  hrOf,
  hrss,
  officer,
  outboxData,
  pinToday,
  readApplication,
  startApplicationApp,
  throughToScoring,
  verifiedMaster,
  XUHUI_EMPLOYER,
} from '../testing/application-test.fixtures';

type App = Record<string, any>;

const BOOT_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 30_000;

const VERIFIED = verifiedMaster('1985-05-05');

describe('points void: permit cancelled (第二十条) and HRSS corrections (第二十一条)', () => {
  let t: SubgraphTestApp;
  const read = `id state version totalPoints correctedTotal validUntil
    pointsVoidedOn history { fromState toState actor role reason }`;

  const current = (id: string): Promise<App> => readApplication<App>(t, id, read);

  const outbox = (type: string, applicationId: string): Promise<App[]> => outboxData(t, type, applicationId);

  /** Through scoring to APPROVED at `total` (eligible). */
  async function approved(applicant: string, residentId: string, total: number): Promise<App> {
    await applicantEmployedBy(t, applicant, residentId, XUHUI_EMPLOYER);
    const { id } = await throughToScoring(t, applicant, VERIFIED);
    await deliverEvent(
      t,
      'application',
      testEvent('score.assessed', {
        assessmentId: 'dddddddd-0000-4000-8000-' + applicant.slice(-12),
        applicationId: id,
        total,
        eligible: true,
        canApply: true,
        unmetConditions: [],
        ruleSetVersion: 'SH-2017',
      }),
    );
    return eventually(async () => {
      const app = await current(id);
      return app['state'] === 'APPROVED' ? app : undefined;
    });
  }

  const notice = `query($id: ID!) { pointsNotice(applicationId: $id) { fileName } }`;
  const recordCancelled = `mutation($id: ID!, $v: Int!, $on: String!, $reason: String!) {
    recordPermitCancelled(id: $id, version: $v, cancelledOn: $on, reason: $reason) { state pointsVoidedOn } }`;
  const correct = `mutation($id: ID!, $v: Int!, $total: Int!, $reason: String!) {
    correctPoints(id: $id, version: $v, correctedTotal: $total, reason: $reason) { state correctedTotal pointsVoidedOn } }`;

  beforeAll(async () => {
    t = await startApplicationApp();
    pinToday(t, '2026-03-02');
    await employerStanding(t, XUHUI_EMPLOYER, 'XUHUI');
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t?.close());

  it(
    'the registry says the permit is cancelled: the points are void that day, the holder and HR are told, the notice is gone',
    async () => {
      const applicant = 'cccccccc-0000-4000-8000-000000000001';
      const residentId = '310104198505050020';
      const app = await approved(applicant, residentId, 198);
      const me = applicantUser(applicant);
      expect((await t.gql(notice, { variables: { id: app['id'] }, as: me })).errors).toBeUndefined();

      pinToday(t, '2026-06-10');
      const cipher = t.app.get(PiiCipher);
      const cancelled = () =>
        testEvent('residence-permit.cancelled', {
          residentId: cipher.encrypt(residentId, PII_EVENT_AAD.residentId),
          cancelledOn: '2026-06-09',
          reason: '持证人已离沪，居住证注销',
        });
      await deliverEvent(t, 'application', cancelled());
      const voided = await eventually(async () => {
        const a = await current(app['id']);
        return a['pointsVoidedOn'] ? a : undefined;
      });
      expect(voided).toMatchObject({ state: 'APPROVED', pointsVoidedOn: '2026-06-09' });
      expect(voided['history'].at(-1)).toMatchObject({
        fromState: 'APPROVED',
        toState: 'APPROVED',
        role: 'SYSTEM',
        reason: expect.stringContaining('居住证已注销'),
      });
      expect(await outbox('application.points-voided', app['id'])).toEqual([
        expect.objectContaining({
          applicantId: applicant,
          employerId: XUHUI_EMPLOYER,
          voidedOn: '2026-06-09',
          cause: 'PERMIT_CANCELLED',
        }),
      ]);
      expect((await outbox('application.points-validity-changed', app['id'])).at(-1)).toMatchObject({
        validUntil: null,
      });
      // No valid notice any more.
      expect(errorCodes(await t.gql(notice, { variables: { id: app['id'] }, as: me }))).toEqual([
        'BAD_USER_INPUT',
      ]);

      // The registry says it again (another event): nothing more happens.
      const historyLength = voided['history'].length;
      const again = cancelled();
      await deliverEvent(t, 'application', again);
      await eventually(async () => {
        const rows: unknown[] = await t.dataSource.query(
          `SELECT 1 FROM application.inbox WHERE event_id = $1`,
          [again.id],
        );
        return rows.length > 0;
      });
      expect((await current(app['id']))['history']).toHaveLength(historyLength);
      expect(await outbox('application.points-voided', app['id'])).toHaveLength(1);
      pinToday(t, '2026-03-02');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'an officer enters the cancellation at the window: checked input, the points void, SMS, once',
    async () => {
      const applicant = 'cccccccc-0000-4000-8000-000000000002';
      const app = await approved(applicant, '310104198606060033', 175);
      pinToday(t, '2026-06-10');
      const v = app['version'];
      const as = officer('XUHUI');
      const future = await t.gql(recordCancelled, {
        variables: { id: app['id'], v, on: '2026-06-11', reason: '派出所通知注销' },
        as,
      });
      expect(future.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'cancelledOn',
        rule: 'not-in-future',
      });
      const notADate = await t.gql(recordCancelled, {
        variables: { id: app['id'], v, on: '2026-02-30', reason: '注销' },
        as,
      });
      expect(notADate.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'cancelledOn',
      });
      const noReason = await t.gql(recordCancelled, {
        variables: { id: app['id'], v, on: '2026-06-10', reason: ' ' },
        as,
      });
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect(
        errorCodes(
          await t.gql(recordCancelled, {
            variables: { id: app['id'], v, on: '2026-06-10', reason: '注销' },
            as: hrOf(XUHUI_EMPLOYER),
          }),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await t.gql(recordCancelled, {
            variables: { id: app['id'], v, on: '2026-06-10', reason: '注销' },
            as: officer('PUDONG'),
          }),
        ),
      ).toEqual(['NOT_FOUND']);
      // Nothing was written by any of the refusals.
      expect((await current(app['id']))['version']).toBe(v);

      const done = await t.gql<{ recordPermitCancelled: App }>(recordCancelled, {
        variables: { id: app['id'], v, on: '2026-06-08', reason: '持证人持派出所注销证明到窗口' },
        as,
      });
      expect(done.errors).toBeUndefined();
      expect(done.data!.recordPermitCancelled).toEqual({ state: 'APPROVED', pointsVoidedOn: '2026-06-08' });
      const after = await current(app['id']);
      expect(after['history'].at(-1)).toMatchObject({
        role: 'CENTRE_OFFICER',
        actor: 'officer-XUHUI',
        reason: expect.stringContaining('持证人持派出所注销证明到窗口'),
      });
      expect(await outbox('application.points-voided', app['id'])).toEqual([
        expect.objectContaining({ cause: 'PERMIT_CANCELLED', voidedOn: '2026-06-08' }),
      ]);
      const twice = await t.gql(recordCancelled, {
        variables: { id: app['id'], v: after['version'], on: '2026-06-08', reason: '重复录入' },
        as,
      });
      expect(twice.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'points-already-void',
      });
      pinToday(t, '2026-03-02');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'HRSS corrects points obtained with irregular materials: recorded with the reason; below 120 the points are void with SMS',
    async () => {
      const applicant = 'cccccccc-0000-4000-8000-000000000003';
      const app = await approved(applicant, '310104198707070046', 198);
      const bad = await t.gql(correct, {
        variables: { id: app['id'], v: app['version'], total: -5, reason: '核减' },
        as: hrss(),
      });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'correctedTotal' });
      const noReason = await t.gql(correct, {
        variables: { id: app['id'], v: app['version'], total: 150, reason: '' },
        as: hrss(),
      });
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect(
        errorCodes(
          await t.gql(correct, {
            variables: { id: app['id'], v: app['version'], total: 150, reason: '核减' },
            as: officer('XUHUI'),
          }),
        ),
      ).toEqual(['FORBIDDEN']);

      // 198 − 48 (the award's points came from an unverifiable certificate) = 150: still ≥ 120, still valid.
      const first = await t.gql<{ correctPoints: App }>(correct, {
        variables: { id: app['id'], v: app['version'], total: 150, reason: '获奖证书无法核实，核减 48 分' },
        as: hrss(),
      });
      expect(first.data!.correctPoints).toEqual({
        state: 'APPROVED',
        correctedTotal: 150,
        pointsVoidedOn: null,
      });
      let now = await current(app['id']);
      expect(now['history'].at(-1)).toMatchObject({
        role: 'HRSS_ADMIN',
        reason: expect.stringMatching(/198 → 150.*获奖证书无法核实/),
      });
      expect(await outbox('application.points-voided', app['id'])).toEqual([]);

      // 150 − 50 = 100 < 120: the points are void from today, the holder and HR are told.
      const second = await t.gql<{ correctPoints: App }>(correct, {
        variables: { id: app['id'], v: now['version'], total: 100, reason: '社保基数系违规补缴，核减 50 分' },
        as: hrss(),
      });
      expect(second.data!.correctPoints).toEqual({
        state: 'APPROVED',
        correctedTotal: 100,
        pointsVoidedOn: '2026-03-02',
      });
      now = await current(app['id']);
      expect(now['history'].at(-1)['reason']).toMatch(/150 → 100/);
      expect(await outbox('application.points-voided', app['id'])).toEqual([
        expect.objectContaining({
          cause: 'CORRECTED',
          voidedOn: '2026-03-02',
          reason: '社保基数系违规补缴，核减 50 分',
        }),
      ]);
    },
    STEP_TIMEOUT_MS,
  );
});
