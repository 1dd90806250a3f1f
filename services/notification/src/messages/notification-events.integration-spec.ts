import { randomUUID } from 'node:crypto';
import { Role, type AuthUser } from '@points/auth';
import { deliverEvent, errorCodes, eventually } from '@points/testing';
import { StuckMessageSweeper } from '../delivery/stuck-message.sweeper';
import {
  randomMobile,
  startNotificationTestKit,
  testSmsSettings,
  type NotificationTestKit,
} from '../test-support/notification-test-kit';

jest.setTimeout(30_000);

/** An employer with HR contacts and applicants in the directory, fresh per test. */
async function newEmployer(
  kit: NotificationTestKit,
  options: { district?: string; hr?: number; applicants?: string[] } = {},
) {
  const employerId = randomUUID();
  const district = options.district ?? 'XUHUI';
  const hr = Array.from({ length: options.hr ?? 1 }, () => ({
    accountId: randomUUID(),
    mobile: randomMobile(),
  }));
  const applicants = (options.applicants ?? [randomMobile()]).map((mobile) => ({
    accountId: randomUUID(),
    mobile,
  }));
  for (const h of hr) await kit.contact({ ...h, role: 'EMPLOYER_HR', employerId, district });
  for (const a of applicants) await kit.contact({ ...a, role: 'APPLICANT', employerId, district });
  return {
    employerId,
    district,
    hr,
    applicants,
    applicant: applicants[0] as { accountId: string; mobile: string },
  };
}

const masked = (mobile: string) => `${mobile.slice(0, 3)}****${mobile.slice(7)}`;

describe('notification: events to SMS (development sink)', () => {
  let kit: NotificationTestKit;

  beforeAll(async () => {
    kit = await startNotificationTestKit(testSmsSettings());
  });
  afterAll(() => kit.close());

  const sinkRows = (
    messageIds: string[],
  ): Promise<Array<{ idempotency_key: string; body: string; mobile_masked: string }>> =>
    kit.t.dataSource.query(
      `SELECT idempotency_key, body, mobile_masked FROM notification.sms_sink WHERE idempotency_key = ANY($1::text[])`,
      [messageIds],
    );

  it('tells every HR contact that the registration was approved, or rejected with the reason', async () => {
    const e = await newEmployer(kit, { hr: 2 });
    const approved = await kit.send('employer.registration-reviewed', {
      employerId: e.employerId,
      employerName: '徐汇示例科技有限公司',
      district: 'XUHUI',
      decision: 'APPROVED',
      reason: null,
    });
    const rows = await kit.settled(approved.id, 2);
    const text =
      '【上海人社】您单位“徐汇示例科技有限公司”的居住证积分网上注册已审核通过，可登录系统办理居住证积分业务。';
    expect(rows.map((r) => [r.recipient_account_id, r.body, r.status, r.mobile_masked]).sort()).toEqual(
      e.hr.map((h) => [h.accountId, text, 'DELIVERED', masked(h.mobile)]).sort(),
    );
    // What the sink "sent" is that text, once per message, to the masked numbers.
    const sent = await sinkRows(rows.map((r) => r.id));
    expect(sent.map((s) => s.body)).toEqual([text, text]);

    const other = await newEmployer(kit, { district: 'PUDONG' });
    const rejected = await kit.send('employer.registration-reviewed', {
      employerId: other.employerId,
      employerName: '浦东示例贸易有限公司',
      district: 'PUDONG',
      decision: 'REJECTED',
      reason: '营业执照复印件不清晰',
    });
    const [only] = await kit.settled(rejected.id, 1);
    expect(only?.body).toBe(
      '【上海人社】您单位“浦东示例贸易有限公司”的居住证积分网上注册未通过审核，原因：营业执照复印件不清晰。请修改后重新提交。',
    );
    // 6 + 2 + 10 (name) + 1 + 15 + 1 + 2 + 1 + 10 (reason) + 1 + 9 = 58 units: one SMS.
    expect(only?.segments).toBe(1);
  });

  it('tells HR and the applicant the receipt number when an application is accepted', async () => {
    const e = await newEmployer(kit, { hr: 1 });
    const event = await kit.send('application.accepted', {
      applicationId: randomUUID(),
      kind: 'NEW',
      applicantId: e.applicant.accountId,
      residentId: kit.cipher.encrypt('310101199001011234', 'event.resident-id'),
      employerId: e.employerId,
      employerCreditCode: '91310000MA1FL0000X',
      district: 'XUHUI',
      receiptNo: 'XH20261122001',
      acceptedOn: '2026-11-22',
      claimedProfile: {},
      educationHistory: [],
      archiveHolder: '徐汇区人才服务中心',
    });
    const rows = await kit.settled(event.id, 2);
    const text = '【上海人社】居住证积分申请已受理，受理编号：XH20261122001。审核结果将以短信通知。';
    expect(rows.map((r) => [r.recipient_role, r.recipient_account_id, r.body]).sort()).toEqual(
      [
        ['APPLICANT', e.applicant.accountId, text],
        ['EMPLOYER_HR', e.hr[0]?.accountId, text],
      ].sort(),
    );
  });

  it('tells HR only which materials are missing', async () => {
    const e = await newEmployer(kit);
    const event = await kit.send('application.materials-required', {
      applicationId: randomUUID(),
      applicantId: e.applicant.accountId,
      employerId: e.employerId,
      district: 'XUHUI',
      missing: ['学历证书原件', '劳动合同'],
    });
    const rows = await kit.settled(event.id, 1);
    expect(rows.map((r) => [r.recipient_role, r.body])).toEqual([
      [
        'EMPLOYER_HR',
        '【上海人社】您单位经办的居住证积分申请需补充材料：学历证书原件、劳动合同。请携带材料至区人才服务中心受理点办理。',
      ],
    ]);
  });

  it('tells the applicant and HR the decision: validity date when approved, reason when rejected', async () => {
    const e = await newEmployer(kit);
    const approved = await kit.send('application.decided', {
      applicationId: randomUUID(),
      kind: 'NEW',
      applicantId: e.applicant.accountId,
      employerId: e.employerId,
      district: 'XUHUI',
      decision: 'APPROVED',
      validUntil: '2027-11-21',
      reason: null,
    });
    const rows = await kit.settled(approved.id, 2);
    expect(new Set(rows.map((r) => r.body))).toEqual(
      new Set([
        '【上海人社】居住证积分申请已审核通过，积分有效期至2027年11月21日。积分通知书可登录系统在线打印。',
      ]),
    );
    expect(rows.map((r) => r.recipient_role).sort()).toEqual(['APPLICANT', 'EMPLOYER_HR']);

    const rejected = await kit.send('application.decided', {
      applicationId: randomUUID(),
      kind: 'RENEWAL',
      applicantId: e.applicant.accountId,
      employerId: e.employerId,
      district: 'XUHUI',
      decision: 'REJECTED',
      validUntil: null,
      reason: '社会保险缴费不足6个月',
    });
    const rejectedRows = await kit.settled(rejected.id, 2);
    expect(rejectedRows[0]?.body).toBe(
      '【上海人社】居住证积分申请未通过审核，原因：社会保险缴费不足6个月。如有异议，可申请复核。',
    );
  });

  it('reminds applicant and HR of renewal: permit expiry, then the closing window', async () => {
    const e = await newEmployer(kit);
    const due = await kit.send('renewal.due', {
      applicationId: randomUUID(),
      applicantId: e.applicant.accountId,
      employerId: e.employerId,
      district: 'XUHUI',
      permitExpiresOn: '2026-12-22',
    });
    const dueRows = await kit.settled(due.id, 2);
    expect(dueRows.map((r) => r.body)).toEqual([
      '【上海人社】居住证将于2026年12月22日到期，请及时办理签注，并在签注后60日内办理积分确认，逾期积分失效。',
      '【上海人社】居住证将于2026年12月22日到期，请及时办理签注，并在签注后60日内办理积分确认，逾期积分失效。',
    ]);
    const closing = await kit.send('renewal.window-closing', {
      applicationId: randomUUID(),
      applicantId: e.applicant.accountId,
      employerId: e.employerId,
      district: 'XUHUI',
      windowClosesOn: '2027-01-20',
    });
    const closingRows = await kit.settled(closing.id, 2);
    expect(closingRows[0]?.body).toBe(
      '【上海人社】居住证积分确认办理期限将于2027年1月20日截止，逾期未办理积分将失效，请尽快办理。',
    );
  });

  it('tells applicant and HR the points are void: the permit was cancelled (第二十条), or HRSS corrected them below 120 (第二十一条)', async () => {
    const e = await newEmployer(kit);
    const cancelled = await kit.send('application.points-voided', {
      applicationId: randomUUID(),
      applicantId: e.applicant.accountId,
      employerId: e.employerId,
      district: 'XUHUI',
      voidedOn: '2026-06-09',
      cause: 'PERMIT_CANCELLED',
      reason: '居住证已注销',
    });
    const cancelledRows = await kit.settled(cancelled.id, 2);
    expect(cancelledRows.map((r) => r.body)).toEqual([
      '【上海人社】因《上海市居住证》已注销，您的居住证积分自2026年6月9日起失效（居住证已注销）。',
      '【上海人社】因《上海市居住证》已注销，您的居住证积分自2026年6月9日起失效（居住证已注销）。',
    ]);
    const corrected = await kit.send('application.points-voided', {
      applicationId: randomUUID(),
      applicantId: e.applicant.accountId,
      employerId: e.employerId,
      district: 'XUHUI',
      voidedOn: '2026-03-02',
      cause: 'CORRECTED',
      reason: '社保基数系违规补缴',
    });
    const correctedRows = await kit.settled(corrected.id, 2);
    expect(correctedRows[0]?.body).toBe(
      '【上海人社】经市人力资源社会保障局核查，您的居住证积分已予纠正，自2026年3月2日起不再达到标准分值，积分失效。原因：社保基数系违规补缴。如有异议，可申请复核。',
    );
  });

  it('tells HR and the applicant an application that waited too long has expired', async () => {
    const e = await newEmployer(kit);
    const expired = await kit.send('application.expired', {
      applicationId: randomUUID(),
      applicantId: e.applicant.accountId,
      employerId: e.employerId,
      district: 'XUHUI',
      waitingSince: '2026-11-01',
      expiredOn: '2026-12-01',
    });
    const rows = await kit.settled(expired.id, 2);
    expect(rows[0]?.body).toBe(
      '【上海人社】居住证积分申请自2026年11月1日起等待受理，逾期未办理，已于2026年12月1日失效。如需申请，请重新提交。',
    );
  });

  it('tells the account holder their password was reset at the window, dated in Shanghai time', async () => {
    const e = await newEmployer(kit);
    // 17:00 UTC on the 21st is 01:00 on the 22nd in Shanghai.
    const event = await kit.send(
      'employer.password-reset',
      { accountId: e.applicant.accountId, district: 'XUHUI', resetBy: randomUUID() },
      new Date('2026-11-21T17:00:00Z'),
    );
    const rows = await kit.settled(event.id, 1);
    expect(rows[0]?.body).toBe(
      '【上海人社】您的居住证积分系统账户密码已于2026年11月22日在区人才服务中心窗口重置。如非本人办理，请立即联系该中心。',
    );
  });

  it('sends nothing more when the same event is delivered again under another job id', async () => {
    const e = await newEmployer(kit, { hr: 2 });
    const event = await kit.send('renewal.due', {
      applicationId: randomUUID(),
      applicantId: e.applicant.accountId,
      employerId: e.employerId,
      district: 'XUHUI',
      permitExpiresOn: '2026-12-31',
    });
    const first = await kit.settled(event.id, 3);
    await deliverEvent(kit.t, 'notification', event, { jobId: `again-${event.id}` });
    await eventually(
      async () => (await kit.eventsQueue.getJob(`again-${event.id}`))?.finishedOn !== undefined,
    );
    const again = await kit.eventsQueue.getJob(`again-${event.id}`);
    expect(again?.returnvalue).toEqual({ handled: false });
    expect((await kit.messagesOf(event.id)).map((r) => r.id).sort()).toEqual(first.map((r) => r.id).sort());
    expect(await sinkRows(first.map((r) => r.id))).toHaveLength(3);
  });

  it('waits for a recipient the directory does not know yet instead of dropping the SMS', async () => {
    const employerId = randomUUID();
    const hr = { accountId: randomUUID(), mobile: randomMobile() };
    const applicantId = randomUUID();
    await kit.contact({ ...hr, role: 'EMPLOYER_HR', employerId, district: 'XUHUI' });
    const event = await kit.send('application.materials-required', {
      applicationId: randomUUID(),
      applicantId,
      employerId: randomUUID(), // an employer whose HR contact has not arrived yet
      district: 'XUHUI',
      missing: ['户口簿'],
    });
    await eventually(async () => ((await kit.eventsQueue.getJob(event.id))?.attemptsMade ?? 0) >= 1);
    expect(await kit.messagesOf(event.id)).toEqual([]);
    // Events overtaking each other: the contact arrives, the retried event now finds it.
    const late = await kit.send('application.accepted', {
      applicationId: randomUUID(),
      kind: 'NEW',
      applicantId,
      residentId: kit.cipher.encrypt('310101199001011234', 'event.resident-id'),
      employerId,
      employerCreditCode: '91310000MA1FL0000X',
      district: 'XUHUI',
      receiptNo: 'XH-LATE-1',
      acceptedOn: '2026-11-22',
      claimedProfile: {},
      educationHistory: [],
      archiveHolder: '徐汇区人才服务中心',
    });
    await eventually(async () => ((await kit.eventsQueue.getJob(late.id))?.attemptsMade ?? 0) >= 1);
    await kit.contact({
      accountId: applicantId,
      mobile: randomMobile(),
      role: 'APPLICANT',
      employerId,
      district: 'XUHUI',
    });
    const rows = await kit.settled(late.id, 2);
    expect(rows.every((r) => r.status === 'DELIVERED')).toBe(true);
  });

  it("ends in the sink's simulated states for its test numbers", async () => {
    const e = await newEmployer(kit, { applicants: ['13800000001', '13800000002'] });
    const [permanent, temporary] = e.applicants;
    const outcomes: Record<string, string> = {};
    for (const a of [permanent, temporary]) {
      if (!a) continue;
      const event = await kit.send('employer.password-reset', {
        accountId: a.accountId,
        district: 'XUHUI',
        resetBy: randomUUID(),
      });
      const [row] = await kit.settled(event.id, 1);
      outcomes[a.mobile] = row?.status ?? '';
    }
    expect(outcomes).toEqual({ '13800000001': 'PERMANENT_FAILURE', '13800000002': 'TEMPORARY_FAILURE' });
  });

  it('holds the 6th SMS to one number within an hour in the delayed set, not dropped', async () => {
    const e = await newEmployer(kit);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const event = await kit.send('employer.password-reset', {
        accountId: e.applicant.accountId,
        district: 'XUHUI',
        resetBy: randomUUID(),
      });
      ids.push(event.id);
    }
    const rows = await eventually(async () => {
      const all = (await Promise.all(ids.map((id) => kit.messagesOf(id)))).flat();
      const delivered = all.filter((r) => r.status === 'DELIVERED');
      const held = all.filter((r) => r.status === 'CREATED' && r.not_before !== null);
      return delivered.length === 5 && held.length === 1 ? { delivered, held } : undefined;
    });
    const held = rows.held[0];
    const job = await kit.smsQueue.getJob(held?.id ?? '');
    expect(await job?.getState()).toBe('delayed');
    // It goes when the oldest of the five leaves the one-hour window: about an hour from now
    // (plus up to a second of jitter, so that held messages do not all wake at once).
    const waitMs = (held?.not_before?.getTime() ?? 0) - Date.now();
    expect(waitMs).toBeGreaterThan(55 * 60_000);
    expect(waitMs).toBeLessThanOrEqual(3601_000);
    expect(job?.delay).toBeGreaterThan(55 * 60_000);
  });

  it('recovers messages stuck in CREATED (job lost) and SENDING (worker died) without sending twice', async () => {
    const e = await newEmployer(kit, { applicants: [randomMobile(), randomMobile()] });
    const [lost, dead] = e.applicants;
    const insert = async (accountId: string, mobile: string, status: string, extra: string) => {
      const rows: Array<{ id: string }> = await kit.t.dataSource.query(
        `INSERT INTO notification.sms_message
           (event_id, event_type, template_code, template_version, recipient_account_id, recipient_role,
            mobile_encrypted, mobile_index, mobile_masked, body, segments, employer_id, applicant_id, district,
            status, provider, claimed_at, attempts, updated_at)
         VALUES ($1, 'renewal.due', 'RENEWAL_DUE', 1, $2::uuid, 'APPLICANT', $3, 'idx-' || $2::text, '139****0000', $4, 1,
                 $5, $2::uuid, 'XUHUI', $6, ${extra}, now() - interval '1 hour')
         RETURNING id`,
        [
          randomUUID(),
          accountId,
          kit.cipher.encrypt(mobile, 'sms_message.mobile'),
          '【上海人社】测试',
          e.employerId,
          status,
        ],
      );
      return rows[0]?.id ?? '';
    };
    const lostId = await insert(lost?.accountId ?? '', lost?.mobile ?? '', 'CREATED', `NULL, NULL, 0`);
    const deadId = await insert(
      dead?.accountId ?? '',
      dead?.mobile ?? '',
      'SENDING',
      `'sink', now() - interval '1 hour', 1`,
    );
    // The dead worker's provider call had gone through before it died.
    await kit.t.dataSource.query(
      `INSERT INTO notification.sms_sink (idempotency_key, provider, mobile_masked, body, outcome)
       VALUES ($1, 'sink', '139****0000', '【上海人社】测试', 'DELIVERED')`,
      [deadId],
    );
    const sweeper = kit.worker.get(StuckMessageSweeper);
    expect((await sweeper.sweepOnce()).reenqueued).toBe(2);
    await eventually(async () => {
      const rows: Array<{ status: string }> = await kit.t.dataSource.query(
        `SELECT status FROM notification.sms_message WHERE id = ANY($1::uuid[])`,
        [[lostId, deadId]],
      );
      return rows.length === 2 && rows.every((r) => r.status === 'DELIVERED');
    });
    const sent: Array<{ idempotency_key: string; n: string }> = await kit.t.dataSource.query(
      `SELECT idempotency_key, count(*) AS n FROM notification.sms_sink WHERE idempotency_key = ANY($1::text[])
        GROUP BY idempotency_key ORDER BY idempotency_key`,
      [[lostId, deadId]],
    );
    expect(sent.map((s) => Number(s.n))).toEqual([1, 1]);
    // Nothing left to do: a second sweep finds nothing.
    expect((await sweeper.sweepOnce()).reenqueued).toBe(0);
  });

  describe('queries', () => {
    let xuhui: Awaited<ReturnType<typeof newEmployer>>;
    let jinshan: Awaited<ReturnType<typeof newEmployer>>;

    beforeAll(async () => {
      xuhui = await newEmployer(kit, { district: 'XUHUI' });
      // A district no other test uses, so its officer's view is exactly this employer's.
      jinshan = await newEmployer(kit, { district: 'JINSHAN' });
      for (const e of [xuhui, jinshan]) {
        const event = await kit.send('renewal.window-closing', {
          applicationId: randomUUID(),
          applicantId: e.applicant.accountId,
          employerId: e.employerId,
          district: e.district,
          windowClosesOn: '2027-02-01',
        });
        await kit.settled(event.id, 2);
      }
    });

    const list = `query($first: Int, $after: String) {
      messages(first: $first, after: $after) { nodes { id mobile recipientRole status body } endCursor hasNextPage } }`;
    const idsAs = async (user: AuthUser) => {
      const res = await kit.t.gql<{ messages: { nodes: Array<{ id: string; mobile: string }> } }>(list, {
        variables: { first: 100 },
        as: user,
      });
      expect(res.errors).toBeUndefined();
      return res.data?.messages.nodes ?? [];
    };

    it('shows an applicant only their own messages, masked', async () => {
      const nodes = await idsAs({ sub: 'a', role: Role.APPLICANT, applicantId: xuhui.applicant.accountId });
      expect(nodes).toHaveLength(1);
      expect(nodes[0]?.mobile).toBe(masked(xuhui.applicant.mobile));
    });

    it("shows HR their employer's messages and officers their district's", async () => {
      const hr = await idsAs({ sub: 'h', role: Role.EMPLOYER_HR, employerId: jinshan.employerId });
      expect(hr).toHaveLength(2);
      const officer = await idsAs({ sub: 'o', role: Role.CENTRE_SUPERVISOR, district: 'JINSHAN' });
      expect(officer.map((n) => n.id).sort()).toEqual(hr.map((n) => n.id).sort());
      const all = await idsAs({ sub: 'x', role: Role.HRSS_ADMIN });
      expect(all.length).toBeGreaterThan(officer.length);
      expect(all.every((n) => /^1\d\d\*{4}\d{4}$/.test(n.mobile))).toBe(true);
    });

    it('refuses roles with no business here and bad paging input', async () => {
      const verifier = await kit.t.gql(list, {
        variables: { first: 5 },
        as: { sub: 'v', role: Role.CITY_VERIFIER },
      });
      expect(errorCodes(verifier)).toEqual(['FORBIDDEN']);
      expect(errorCodes(await kit.t.gql(list, { variables: { first: 5 } }))).toEqual(['UNAUTHENTICATED']);
      const hrss = { sub: 'x', role: Role.HRSS_ADMIN };
      const tooMany = await kit.t.gql(list, { variables: { first: 1000 }, as: hrss });
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const badCursor = await kit.t.gql(list, { variables: { first: 5, after: 'nonsense' }, as: hrss });
      expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('pages by keyset without gaps or repeats', async () => {
      const hrss = { sub: 'x', role: Role.HRSS_ADMIN };
      const everything = await idsAs(hrss);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: {
          data?: {
            messages: { nodes: Array<{ id: string }>; endCursor: string | null; hasNextPage: boolean };
          } | null;
        } = await kit.t.gql(list, { variables: { first: 3, after }, as: hrss });
        const page = res.data?.messages;
        if (!page) throw new Error('no page');
        seen.push(...page.nodes.map((n) => n.id));
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      expect(seen).toEqual(everything.map((n) => n.id));
    });

    it('lets HRSS see the failed set and resend a failure, never a delivered message', async () => {
      const e = await newEmployer(kit, { applicants: ['13800000001'] });
      const event = await kit.send('employer.password-reset', {
        accountId: e.applicant.accountId,
        district: 'XUHUI',
        resetBy: randomUUID(),
      });
      const [failed] = await kit.settled(event.id, 1);
      const hrss = { sub: 'x', role: Role.HRSS_ADMIN };
      const failedSet = await kit.t.gql<{ failedMessages: { nodes: Array<{ id: string; status: string }> } }>(
        `{ failedMessages(first: 100) { nodes { id status } } }`,
        { as: hrss },
      );
      expect(failedSet.data?.failedMessages.nodes).toContainEqual({
        id: failed?.id,
        status: 'PERMANENT_FAILURE',
      });
      expect(failedSet.data?.failedMessages.nodes.every((n) => n.status.endsWith('FAILURE'))).toBe(true);

      // The applicant's number was corrected at the centre; the resend goes to the new one.
      const corrected = randomMobile();
      await kit.contact({
        accountId: e.applicant.accountId,
        mobile: corrected,
        role: 'APPLICANT',
        employerId: e.employerId,
        district: 'XUHUI',
      });
      const resend = `mutation($id: ID!) { resendMessage(id: $id) { id resendOf status mobile } }`;
      const res = await kit.t.gql<{ resendMessage: { id: string; resendOf: string; mobile: string } }>(
        resend,
        {
          variables: { id: failed?.id },
          as: hrss,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.resendMessage).toMatchObject({ resendOf: failed?.id, mobile: masked(corrected) });
      const newId = res.data?.resendMessage.id ?? '';
      await eventually(async () => {
        const rows: Array<{ status: string }> = await kit.t.dataSource.query(
          `SELECT status FROM notification.sms_message WHERE id = $1`,
          [newId],
        );
        return rows[0]?.status === 'DELIVERED';
      });
      expect(errorCodes(await kit.t.gql(resend, { variables: { id: failed?.id }, as: hrss }))).toEqual([
        'CONFLICT',
      ]);
      expect(errorCodes(await kit.t.gql(resend, { variables: { id: newId }, as: hrss }))).toEqual([
        'CONFLICT',
      ]);
      expect(errorCodes(await kit.t.gql(resend, { variables: { id: randomUUID() }, as: hrss }))).toEqual([
        'NOT_FOUND',
      ]);
      const officer = { sub: 'o', role: Role.CENTRE_OFFICER, district: 'XUHUI' as const };
      expect(errorCodes(await kit.t.gql(resend, { variables: { id: failed?.id }, as: officer }))).toEqual([
        'FORBIDDEN',
      ]);
    });
  });
});
