/// <reference lib="dom" />
import { addCalendarDays } from '@points/calendar';
import type { Page } from 'playwright-core';

// eslint-disable-next-line @nx/enforce-module-boundaries -- the demo's journey steps and data are shared with this suite on purpose
import {
  GatewayClient,
  DEMO_PASSWORD,
  playJourney,
  shanghaiToday,
  staffLogins,
  type JourneyResult,
  type Staff,
} from '../../tools/demo/journey';
import { ConsoleBrowser, expectAccessible, screenshot, see } from '../support/browser';
import { startPlatform, type RunningPlatform } from '../support/platform';

/**
 * HRSS and the supervisors in a real Chromium through the gateway: HRSS adds a rule-set version
 * (and meets a CONFLICT editing a wage someone changed first), sees the city's statistics change
 * when an application is approved; the 徐汇 supervisor sees that decision in their district's
 * figures and nothing of any other district; the 浦东 supervisor sees none of it. The applicant
 * appeals two indicators of that decision (复核): HRSS reviews one in the browser and is refused
 * deciding it (a second person decides), then decides the one a colleague reviewed.
 */
describe('the HRSS console in a browser', () => {
  let platform: RunningPlatform;
  let gw: GatewayClient;
  let staff: Staff;
  let consoleBrowser: ConsoleBrowser;
  let origin: string;
  const version = `SH-E2E-${Date.now().toString(36).toUpperCase()}`;

  const newPage = (): Promise<Page> => consoleBrowser.newPage();

  async function logIn(page: Page, username: string): Promise<void> {
    await consoleBrowser.logIn(page, username, DEMO_PASSWORD);
    await see(page.getByTestId('who')).toBeVisible();
  }

  async function figure(page: Page, key: string): Promise<string> {
    const value = page.getByTestId(`stat-${key}`);
    await see(value).toBeVisible();
    return (await value.innerText()).trim();
  }

  beforeAll(async () => {
    platform = await startPlatform();
    gw = new GatewayClient(platform.gatewayUrl);
    consoleBrowser = await ConsoleBrowser.launch(platform.gatewayUrl);
    origin = consoleBrowser.origin;
    staff = await staffLogins(gw);
    const created = await gw.send(
      `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      {
        input: {
          // The seed has supervisor.pudong already; HRSS opens a second one here.
          username: 'supervisor.pudong2',
          name: '浦东主管',
          role: 'CENTRE_SUPERVISOR',
          district: 'PUDONG',
          password: DEMO_PASSWORD,
        },
      },
      staff.hrss,
    );
    expect(created.errors).toBeUndefined();
    // Generous: five services and the gateway boot on a shared 2-core machine.
  }, 420_000);

  afterAll(async () => {
    await consoleBrowser?.close();
    await platform?.stop();
  }, 60_000);

  let hrss: Page;
  let journey: JourneyResult;

  it('HRSS adds a rule-set version, and a wage edit on a stale revision says CONFLICT', async () => {
    hrss = await newPage();
    await logIn(hrss, 'hrss.admin');
    await hrss.waitForURL(`${origin}/statistics`);
    await hrss.getByRole('link', { name: '市人社局管理' }).click();
    await see(hrss.getByRole('heading', { level: 1 })).toHaveText('市人社局管理');
    await see(hrss.getByRole('link', { name: /队列看板/ })).toBeVisible();
    await hrss.getByLabel('版本', { exact: true }).fill(version);
    await hrss.getByLabel('生效日期', { exact: true }).click();
    await hrss.getByLabel('生效日期', { exact: true }).fill(addCalendarDays(shanghaiToday(), 400));
    await hrss.keyboard.press('Enter');
    await hrss.getByLabel('说明', { exact: true }).fill('浏览器测试：下一年度指标');
    await hrss.getByRole('button', { name: '新增' }).click();
    const row = hrss.getByRole('row', { name: new RegExp(version) });
    await see(row).toContainText('浏览器测试：下一年度指标');
    await see(row).toContainText('120');
    await expectAccessible(hrss, 'hrss');

    // Open the wage table of the new version, start an edit, and let someone else save first.
    await row.getByRole('button', { name: /展开/ }).click();
    await hrss
      .getByRole('button', { name: new RegExp(`^修改 ${version}`) })
      .first()
      .click();
    const dialog = hrss.getByRole('dialog');
    await see(dialog).toBeVisible();
    const year = Number(/(\d{4}) 年/.exec(await dialog.innerText())?.[1]);
    const meanwhile = await gw.send(
      `mutation($input: SetAverageMonthlyWageInput!) { setAverageMonthlyWage(input: $input) { revision } }`,
      { input: { version, year, monthlyCny: 12_345 } },
      staff.hrss,
    );
    expect(meanwhile.errors).toBeUndefined();
    await dialog.getByLabel('月平均工资（元）').fill('13000');
    await dialog.getByRole('button', { name: '保存' }).click();
    await see(dialog.getByRole('alert')).toContainText('冲突：该规则版本已被他人修改');
    await screenshot(hrss, 'hrss-wage-conflict');
    await dialog.getByRole('button', { name: /取消|Cancel/ }).click();
  }, 120_000);

  it('HRSS sees the statistics change after an application is approved', async () => {
    await hrss.getByRole('link', { name: '统计' }).click();
    await see(hrss.getByTestId('statistics-scope')).toContainText('全市');
    // A fresh platform: no decision yet anywhere.
    expect(await figure(hrss, 'approved')).toBe('0');
    expect(await figure(hrss, 'median')).toBe('—');

    journey = await playJourney(gw, staff);
    expect(journey.decision.application.state).toBe('APPROVED');

    await hrss.reload();
    await see(hrss.getByTestId('stat-approved')).toHaveText('1');
    // Accepted and approved within the same run: 0 working days from acceptance to decision.
    expect(await figure(hrss, 'median')).toBe('0');
    const byState = hrss.getByTestId('statistics-by-state');
    await see(byState).toContainText('徐汇区');
    await expectAccessible(hrss, 'hrss');
    await screenshot(hrss, 'hrss-statistics');
  }, 600_000);

  it('HRSS reviews an appeal, may not decide it too, and decides the one a colleague reviewed', async () => {
    const application = journey.decision.application;
    const receipt = application.receiptNo ?? '';
    const total = application.totalPoints ?? 0;
    const appeal = async (indicator: string): Promise<{ id: string }> => {
      const filed = await gw.send<{ requestAppeal: { id: string } }>(
        `mutation($input: AppealRequestInput!) { requestAppeal(input: $input) { id } }`,
        {
          input: { applicationId: application.id, indicator, reason: `${indicator}：计分与材料不符，请复核` },
        },
        journey.applicant.token,
      );
      expect(filed.errors).toBeUndefined();
      return filed.data!.requestAppeal;
    };
    const education = await appeal('EDUCATION');
    await appeal('AGE');
    // A colleague (another HRSS account) reviews the education appeal: +5 points.
    const colleague = await gw.send(
      `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      { input: { username: 'hrss.second', name: '复核初审人', role: 'HRSS_ADMIN', password: DEMO_PASSWORD } },
      staff.hrss,
    );
    expect(colleague.errors).toBeUndefined();
    const colleagueToken = await gw.login('hrss.second', DEMO_PASSWORD);
    const reviewed = await gw.send(
      `mutation($id: ID!) { reviewAppeal(id: $id, version: 1, proposedDelta: 5, note: "境外学历认证后应按硕士计分") { state } }`,
      { id: education.id },
      colleagueToken,
    );
    expect(reviewed.errors).toBeUndefined();

    await hrss.getByRole('link', { name: '市人社局管理' }).click();
    await hrss.getByRole('tab', { name: '复核申请' }).click();
    const appeals = hrss.getByTestId('appeals');
    await see(appeals.getByRole('row', { name: /年龄/ })).toContainText('已申请复核');
    await see(appeals.getByRole('row', { name: /教育背景/ })).toContainText(
      '+5 分：境外学历认证后应按硕士计分',
    );

    // The age appeal: HRSS reviews it (no correction), then tries to decide it as well.
    await hrss.getByRole('button', { name: `初审 ${receipt} 年龄` }).click();
    const review = hrss.getByRole('form', { name: `初审 ${receipt} 年龄` });
    await review.getByLabel('改正分值').fill('0');
    await review.getByLabel('意见', { exact: true }).fill('年龄按申请当日计算，无误');
    await review.getByRole('button', { name: '提交' }).click();
    await see(appeals.getByRole('row', { name: /年龄/ })).toContainText('已初审');
    await hrss.getByRole('button', { name: `复核决定 ${receipt} 年龄` }).click();
    const own = hrss.getByRole('form', { name: `复核决定 ${receipt} 年龄` });
    await see(own).toContainText('您已对此申请作出初审');
    await own.getByText('复核不成立，维持原核定').click();
    await own.getByLabel('意见', { exact: true }).fill('维持原核定');
    await own.getByRole('button', { name: '提交' }).click();
    await see(own.locator('[data-code="FORBIDDEN"]')).toContainText(
      'A second HRSS person must decide: you reviewed this appeal first',
    );
    await screenshot(hrss, 'hrss-appeal-refused');

    // The education appeal the colleague reviewed: HRSS, the second person, upholds it.
    await hrss.getByRole('button', { name: `复核决定 ${receipt} 教育背景` }).click();
    const decide = hrss.getByRole('form', { name: `复核决定 ${receipt} 教育背景` });
    await see(decide).toContainText(`总分 ${total} → ${total + 5}`);
    await decide.getByText('复核成立，按初审意见改正').click();
    await decide.getByLabel('意见', { exact: true }).fill('同意初审意见');
    await decide.getByRole('button', { name: '提交' }).click();
    // Decided, it leaves the open list; it is found under its outcome.
    await see(appeals.getByRole('row', { name: /教育背景/ })).toBeHidden();
    // Checked before a dropdown is opened: Ant Design leaves its option list unnamed in the page.
    await expectAccessible(hrss, 'hrss');
    await hrss.getByRole('combobox', { name: '复核状态' }).click();
    await hrss.getByTitle('复核成立', { exact: true }).click();
    await hrss.keyboard.press('Escape');
    await see(appeals.getByRole('row', { name: /教育背景/ })).toContainText('同意初审意见');
    const after = await gw.send<{ application: { correctedTotal: number | null } }>(
      `query($id: ID!) { application(id: $id) { correctedTotal } }`,
      { id: application.id },
      staff.hrss,
    );
    expect(after.data?.application.correctedTotal).toBe(total + 5);
  }, 180_000);

  it("shows a supervisor their own district's figures only", async () => {
    const xuhui = await newPage();
    await logIn(xuhui, 'supervisor.xuhui');
    await xuhui.getByRole('link', { name: '统计' }).click();
    await see(xuhui.getByTestId('statistics-scope')).toContainText('徐汇区');
    await see(xuhui.getByTestId('stat-approved')).toHaveText('1');
    // No district to choose: the supervisor's own is the only one.
    expect(await xuhui.getByRole('combobox', { name: '区' }).count()).toBe(0);
    await see(xuhui.getByTestId('statistics-by-state')).toContainText('徐汇区');

    const pudong = await newPage();
    await logIn(pudong, 'supervisor.pudong2');
    await pudong.goto(`${origin}/statistics`);
    await see(pudong.getByTestId('statistics-scope')).toContainText('浦东新区');
    await see(pudong.getByTestId('stat-approved')).toHaveText('0');
    await see(pudong.getByTestId('statistics-by-state')).notToContainText('徐汇区');
    // The admin pages are HRSS's: the supervisor is sent home.
    await pudong.goto(`${origin}/hrss`);
    await see(pudong.getByRole('heading', { level: 1 })).toHaveText('上海市居住证积分');
    expect(await pudong.getByRole('link', { name: '市人社局管理' }).count()).toBe(0);
  }, 120_000);
});
