/// <reference lib="dom" />
import type { Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the demo's journey steps and data are shared with this suite on purpose
import {
  DEMO_PASSWORD,
  GatewayClient,
  applicantFillsForm,
  awaitDecision,
  openApplicantAccount,
  registerApprovedEmployer,
  seedRegistry,
  silentNarrator,
  staffLogins,
  transition,
  truthfulRecords,
  usualClaims,
  waitFor,
  type ApplicantAccount,
  type RegisteredEmployer,
  type Staff,
} from '../../tools/demo/journey';
import {
  choose as chooseOption,
  ConsoleBrowser,
  expectAccessible,
  screenshot,
  see,
} from '../support/browser';
import { startPlatform, type RunningPlatform } from '../support/platform';

/**
 * The district centre's side of the console (issue 13) in a real Chromium through the gateway:
 * HR submits an application through the API; the 徐汇 officer finds it in the review queue, the
 * supervisor assigns it, a second officer is refused with a CONFLICT, the officer asks for
 * materials, accepts with a receipt and records the archive's arrival, the city verifier checks
 * the overseas degree by hand, and the officer sees the approval. A 浦东 officer sees none of it.
 * Each page is checked by axe-core; each step leaves a screenshot in test-artifacts/console/.
 */
describe('the console for centre staff and the city verifier', () => {
  let platform: RunningPlatform;
  let gw: GatewayClient;
  let staff: Staff;
  let consoleBrowser: ConsoleBrowser;
  let origin: string;
  let employer: RegisteredEmployer;
  let applicant: ApplicantAccount;
  let applicationId = '';
  let submittedBefore = 0;
  let officerPage: Page;
  let secondOfficerPage: Page;
  const second = { username: 'officer2.xuhui', name: '徐汇受理员乙', password: 'Staff2026x' };
  // Not the seed's officer.pudong: HRSS opens this one in the suite.
  const pudong = { username: 'officer.pudong2', name: '浦东受理员二', password: 'Staff2026x' };

  const newPage = (): Promise<Page> => consoleBrowser.newPage({ width: 1366, height: 900 });
  const checkAccessibility = (page: Page, name: string) => expectAccessible(page, name);
  const logIn = (page: Page, username: string, password: string) =>
    consoleBrowser.logIn(page, username, password);
  const choose = (page: Page, label: string, option: string) =>
    chooseOption(page, label, option, { exact: true });

  const countOfSubmitted = async (token: string): Promise<number> => {
    const data = await gw.request<{ reviewQueueCounts: Array<{ state: string; count: number }> }>(
      `query Counts { reviewQueueCounts { state count } }`,
      {},
      token,
    );
    return data.reviewQueueCounts.find((c) => c.state === 'SUBMITTED')?.count ?? 0;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    gw = new GatewayClient(platform.gatewayUrl);
    consoleBrowser = await ConsoleBrowser.launch(platform.gatewayUrl);
    origin = consoleBrowser.origin;
    staff = await staffLogins(gw);
    // HRSS opens a second 徐汇 officer and a 浦东 officer (announced to the application service).
    for (const [who, district] of [
      [second, 'XUHUI'],
      [pudong, 'PUDONG'],
    ] as const) {
      await gw.request(
        `mutation Staff($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
        { input: { ...who, role: 'CENTRE_OFFICER', district } },
        staff.hrss,
      );
    }
    // HR and the applicant through the API, as part 1's journey does.
    employer = await registerApprovedEmployer(gw, staff, silentNarrator);
    applicant = await openApplicantAccount(gw, employer, silentNarrator);
    const claims = usualClaims(applicant);
    const filed = await applicantFillsForm(gw, applicant, claims, silentNarrator);
    await seedRegistry(gw, staff, [
      truthfulRecords(applicant, employer, claims, { archiveAnswersOnline: false }),
    ]);
    submittedBefore = await countOfSubmitted(staff.officer);
    await transition(gw, employer.hr.token, 'approveAndSubmit', filed.id, filed.version);
    applicationId = filed.id;
  }, 420_000);

  afterAll(async () => {
    await consoleBrowser?.close();
    await platform?.stop();
  }, 60_000);

  it("the officer's home is the district's review queue: counts per state, filters, the new application", async () => {
    officerPage = await newPage();
    const p = officerPage;
    await logIn(p, 'officer.xuhui', DEMO_PASSWORD);
    await p.waitForURL(`${origin}/centre`);
    await see(p.getByRole('heading', { level: 1 })).toHaveText('积分申请审核（徐汇区）');
    // The menu offers what an officer does, and nothing of other roles.
    const nav = p.getByRole('navigation', { name: '主导航' });
    await see(nav).toContainText('单位注册审核');
    await see(nav).notToContainText('受理点督办');
    await see(nav).notToContainText('学历核验任务');
    // HR's submission is one more application awaiting acceptance.
    await see(p.getByTestId('count-SUBMITTED')).toHaveText(String(submittedBefore + 1));
    const open = p.getByRole('link', { name: `查看 ${applicant.name} 的申请` });
    await see(open).toBeVisible();
    await checkAccessibility(p, 'review-queue');
    await screenshot(p, 'staff-01-review-queue');

    // Filters: a renewal-only queue and an overdue-only queue leave it out; back to all shows it.
    await choose(p, '申请类别', '续办');
    await see(p.locator('.ant-table')).notToContainText(applicant.name);
    await choose(p, '申请类别', '首次申请');
    await see(open).toBeVisible();
    await choose(p, '办理期限', '仅超期');
    await see(p.locator('.ant-table')).notToContainText(applicant.name);
    await choose(p, '办理期限', '全部');
    await see(open).toBeVisible();
    // Nobody is assigned yet: "assigned to me" shows none of it.
    await p.getByLabel('仅看分配给我的').check();
    await see(p.locator('.ant-table')).notToContainText(applicant.name);
    await p.getByLabel('仅看分配给我的').uncheck();
    await see(open).toBeVisible();
  }, 180_000);

  it('the supervisor assigns it to the second officer; the first, claiming it, is told of the CONFLICT', async () => {
    const sup = await newPage();
    await logIn(sup, 'supervisor.xuhui', DEMO_PASSWORD);
    await sup.waitForURL(`${origin}/supervisor`);
    await see(sup.getByRole('heading', { level: 1 })).toHaveText('受理点督办（徐汇区）');
    await sup.getByRole('tab', { name: '全部待办' }).click();
    const panel = sup.getByRole('tabpanel', { name: '全部待办' });
    await see(panel.getByRole('link', { name: `查看 ${applicant.name} 的申请` })).toBeVisible();
    await checkAccessibility(sup, 'supervisor');
    // The forgery cases of the district (none in this run) have their own tab.
    await sup.getByRole('tab', { name: '伪造材料处理' }).click();
    await see(sup.getByText('本区暂无伪造材料案件或处理记录')).toBeVisible();
    await checkAccessibility(sup, 'supervisor-sanctions');
    await sup.getByRole('tab', { name: '全部待办' }).click();
    // The officers of 徐汇 by name; the 浦东 officer is not among them.
    await panel.getByLabel(`${applicant.name} 的经办人`).click();
    const options = sup.locator(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    );
    await see(options.first()).toBeVisible();
    expect(await options.allInnerTexts()).toEqual(
      expect.arrayContaining([`${second.name}（${second.username}）`, '徐汇受理员（officer.xuhui）']),
    );
    expect((await options.allInnerTexts()).join()).not.toContain('浦东'); // neither the seed's 浦东 officer nor this suite's
    await sup.keyboard.press('Escape');
    await chooseOption(sup, `${applicant.name} 的经办人`, `${second.name}（${second.username}）`, {
      scope: panel,
      exact: true,
    });
    await panel.getByRole('button', { name: `分派 ${applicant.name} 的申请` }).click();
    await see(sup.getByText(`已分派 ${applicant.name} 的申请`)).toBeVisible();
    const row = panel.locator('tr', { hasText: applicant.name });
    await see(row).toContainText(second.name);
    await screenshot(sup, 'staff-02-supervisor-assigned');

    // The first officer's queue is as it was when loaded: claiming answers CONFLICT, nothing moves.
    const p = officerPage;
    await p.getByRole('button', { name: `认领 ${applicant.name} 的申请` }).click();
    const alert = p.getByRole('alert');
    await see(alert).toContainText('数据已被他人修改或状态已变化，请刷新后重试。');
    await see(alert).toContainText('Another officer has already claimed this application');
    await see(p.locator('tr', { hasText: applicant.name })).toContainText('其他经办人');
    await screenshot(p, 'staff-03-claim-conflict');

    // The supervisor hands it back to the first officer, whose "assigned to me" now shows it.
    await chooseOption(sup, `${applicant.name} 的经办人`, '徐汇受理员（officer.xuhui）', {
      scope: panel,
      exact: true,
    });
    await panel.getByRole('button', { name: `分派 ${applicant.name} 的申请` }).click();
    await see(row).notToContainText(second.name);
    await see(row).toContainText('徐汇受理员');
    await p.reload();
    await p.getByLabel('仅看分配给我的').check();
    await see(p.locator('tr', { hasText: applicant.name })).toContainText('本人');
  }, 180_000);

  it('the officer asks for materials picked from the list, then accepts with a receipt; a stale second officer gets a CONFLICT', async () => {
    const p = officerPage;
    await p.getByRole('link', { name: `查看 ${applicant.name} 的申请` }).click();
    await p.waitForURL(`${origin}/centre/applications/${applicationId}`);
    await see(p.getByTestId('application-state').first()).toHaveText('等待受理');
    await see(p.getByTestId('form-view')).toContainText('University of Edinburgh');
    await checkAccessibility(p, 'officer-application');
    await p.getByRole('tab', { name: '告知补齐材料' }).click();
    await p.getByLabel('劳动（聘用）合同（原件和复印件）').check();
    await p.getByRole('button', { name: '告知补齐材料' }).click();
    await see(p.getByTestId('application-state').first()).toHaveText('材料待补正');
    await see(p.getByTestId('materials-missing')).toHaveText('劳动（聘用）合同（原件和复印件）');
    await screenshot(p, 'staff-04-materials-required');

    // A second officer opens the same application now, and keeps the page open.
    secondOfficerPage = await newPage();
    await logIn(secondOfficerPage, second.username, second.password);
    await secondOfficerPage.waitForURL(`${origin}/centre`);
    await secondOfficerPage.goto(`${origin}/centre/applications/${applicationId}`);
    await see(secondOfficerPage.getByTestId('application-state').first()).toHaveText('材料待补正');

    await p.getByRole('tab', { name: '受理' }).click();
    await p.getByRole('button', { name: '受理', exact: true }).click();
    const receipt = p.getByTestId('accepted-receipt');
    await see(receipt).toContainText('已受理，收件凭证号 XUHUI-');
    await see(p.getByTestId('application-state').first()).toHaveText('审核中');
    const shown = (await p.getByTestId('receipt-no').innerText()).trim();
    const forHr = await gw.request<{ application: { receiptNo: string } }>(
      `query R($id: ID!) { application(id: $id) { receiptNo } }`,
      { id: applicationId },
      employer.hr.token,
    );
    expect(shown).toBe(forHr.application.receiptNo);
    await see(receipt).toContainText(shown);
    await screenshot(p, 'staff-05-accepted-receipt');

    // The second officer's page still reads MATERIALS_REQUIRED: accepting again is refused, never applied twice.
    const s = secondOfficerPage;
    await s.getByRole('tab', { name: '受理' }).click();
    await s.getByRole('button', { name: '受理', exact: true }).click();
    await see(s.getByRole('alert').first()).toContainText('数据已被他人修改或状态已变化，请刷新后重试。');
    await see(s.getByTestId('application-state').first()).toHaveText('审核中');
    await see(s.getByTestId('receipt-no')).toHaveText(shown);
    await screenshot(s, 'staff-06-second-officer-conflict');
  }, 180_000);

  it("the officer records the archive's arrival on the case, with each check and the registry's answer", async () => {
    const p = officerPage;
    const archiveRow = p.locator('tr', { hasText: '人事档案调阅' });
    await waitFor(
      'the archive request to go out',
      async () => {
        await p.getByRole('button', { name: '刷新核验情况' }).click();
        return (await archiveRow.getByRole('button', { name: '登记档案到达' }).count()) > 0;
      },
      90_000,
      2_000,
    );
    await see(archiveRow).toContainText('已于');
    await archiveRow.getByRole('button', { name: '登记档案到达' }).click();
    await p.getByLabel('核验说明').fill('档案已到，核对无误');
    await p.getByRole('button', { name: '确认档案到达' }).click();
    await see(p.getByText('已登记档案到达')).toBeVisible();
    await see(archiveRow.getByTestId('task-status')).toHaveText('核验通过');
    await see(archiveRow).toContainText('档案已于');
    await checkAccessibility(p, 'officer-case');
    await screenshot(p, 'staff-07-archive-arrived');
  }, 180_000);

  it('the city verifier completes the overseas degree by hand; the officer then sees the approval', async () => {
    const v = await newPage();
    await logIn(v, 'verifier.city', DEMO_PASSWORD);
    await v.waitForURL(`${origin}/verification-tasks`);
    await see(v.getByRole('heading', { level: 1 })).toHaveText('学历学位核验任务（全市）');
    const receiptNo = (await officerPage.getByTestId('receipt-no').innerText()).trim();
    const row = v.locator('tr', { hasText: receiptNo }).filter({ hasText: '人工核验' });
    await waitFor(
      'the education task only a person can do',
      async () => {
        await v.getByRole('button', { name: '刷新' }).click();
        return (await row.getByRole('button', { name: '完成人工核验' }).count()) > 0;
      },
      90_000,
      2_000,
    );
    await see(row).toContainText('学历学位认证');
    await see(row).toContainText('徐汇区');
    await checkAccessibility(v, 'verifier');
    await row.getByRole('button', { name: '完成人工核验' }).click();
    await choose(v, '核定的学历学位', '硕士研究生学历学位');
    await v.getByLabel('核验说明').fill('留学服务中心认证书核验无误');
    await screenshot(v, 'staff-08-verifier-task');
    await v.getByRole('button', { name: '提交核验结果' }).click();
    await see(v.getByText('核验已完成')).toBeVisible();

    const decided = await awaitDecision(gw, applicant.token, applicationId);
    expect(decided.state).toBe('APPROVED');
    const p = officerPage;
    await p.reload();
    await see(p.getByTestId('application-state').first()).toHaveText('审核通过');
    const result = p.getByRole('region', { name: '积分评定结果' });
    // By hand (as in the journey suite): AGE 30 + master's 100 + 60 months 15 + base 1.6–1.95× 50 = 195.
    await see(result.getByTestId('score-total')).toHaveText('195');
    await see(p.getByTestId('case-status')).toContainText('核验通过');
    await checkAccessibility(p, 'officer-approved');
    await screenshot(p, 'staff-09-officer-approved');
  }, 300_000);

  it('a 浦东 officer sees none of it: not in the queue, not by its address; staff pages of other roles are closed', async () => {
    const p = await newPage();
    await logIn(p, pudong.username, pudong.password);
    await p.waitForURL(`${origin}/centre`);
    await see(p.getByRole('heading', { level: 1 })).toHaveText('积分申请审核（浦东新区）');
    await see(p.locator('.ant-table')).notToContainText(applicant.name);
    await p.goto(`${origin}/centre/applications/${applicationId}`);
    await see(p.getByRole('alert')).toBeVisible();
    await see(p.locator('#main')).notToContainText(applicant.name);
    // Another role's page sends the officer home, not into it.
    await p.goto(`${origin}/supervisor`);
    await p.waitForURL(`${origin}/`);
    await p.goto(`${origin}/verification-tasks`);
    await p.waitForURL(`${origin}/`);
    await screenshot(p, 'staff-10-other-district');
  }, 120_000);

  it('the registration queue and the password reset at the window', async () => {
    const p = officerPage;
    await p.getByRole('link', { name: '单位注册审核' }).click();
    await see(p.getByRole('heading', { level: 1 })).toHaveText('单位注册审核');
    await checkAccessibility(p, 'registrations');
    await p.getByRole('link', { name: '窗口重置密码' }).click();
    await p.getByLabel('公民身份号码').fill(applicant.residentId);
    await p.getByRole('button', { name: '查找申请人' }).click();
    await see(p.locator('.ant-card', { hasText: '核对申请人' })).toContainText(applicant.name);
    await p.getByLabel('申请人设定的新密码').fill('Window2026x');
    await p.getByRole('button', { name: '重置密码' }).click();
    await see(p.getByText(`已为 ${applicant.name} 重置密码`)).toBeVisible();
    await checkAccessibility(p, 'password-reset');
    await screenshot(p, 'staff-11-password-reset');
    // The applicant logs in with the new password, not the old one.
    await expect(gw.login(applicant.residentId, applicant.password)).rejects.toThrow();
    expect(await gw.login(applicant.residentId, 'Window2026x')).toBeTruthy();
  }, 120_000);
});
