/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser.
import * as fs from 'node:fs';
import { Role, JwtIssuer } from '@points/auth';
import { addCalendarDays } from '@points/calendar';
import { pdfQrCodes, pdfText, testJwtKeys, TEST_JWT_SETTINGS } from '@points/testing';
import type { Download, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the demo's journey steps and data are shared with this suite on purpose
import {
  GatewayClient,
  awaitDecision,
  cityVerifierCompletesEducation,
  formFor,
  newCreditCode,
  newPerson,
  officerRecordsArchiveArrival,
  readApplication,
  seedRegistry,
  shanghaiToday,
  staffLogins,
  transition,
  truthfulRecords,
  usualClaims,
  waitFor,
  type ApplicantAccount,
  type Staff,
} from '../../tools/demo/journey';
import {
  choose as chooseOption,
  ConsoleBrowser,
  expectAccessible,
  screenshot,
  see,
} from '../support/browser';
import { PLATFORM_START_MS, startPlatform, type RunningPlatform } from '../support/platform';

/**
 * The web console in a real Chromium against the whole platform through the gateway: a new
 * employer registers, HR opens an account, the applicant fills the form and sees the simulated
 * score, HR submits, the officers' steps run through the API, the applicant sees the approval and
 * downloads the notice. Every page is checked by axe-core (WCAG 2.1 AA); each step leaves a
 * screenshot in test-artifacts/console/.
 */
describe('the web console in a browser', () => {
  let platform: RunningPlatform;
  let gw: GatewayClient;
  let staff: Staff;
  let consoleBrowser: ConsoleBrowser;
  let origin: string;

  const hrPerson = newPerson('陈人事', 1988);
  const applicantPerson = newPerson('林晓', 1990);
  const employerName = `上海浏览器测试科技有限公司${applicantPerson.mobile.slice(-4)}`;
  const creditCode = newCreditCode();
  const permitIssuedOn = addCalendarDays(shanghaiToday(), -340);
  let hrUsername = '';
  let hrPage: Page;
  let applicantPage: Page;
  let applicationId = '';

  const newPage = (viewport?: { width: number; height: number }): Promise<Page> =>
    consoleBrowser.newPage(viewport);
  const checkAccessibility = (page: Page, name: string) => expectAccessible(page, name);
  const choose = (page: Page, label: string, option: string, scope?: Page | ReturnType<Page['getByRole']>) =>
    chooseOption(page, label, option, { scope });

  async function downloaded(
    page: Page,
    click: () => Promise<void>,
  ): Promise<{ download: Download; base64: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const file = await download.path();
    return { download, base64: fs.readFileSync(file).toString('base64') };
  }

  async function logIn(page: Page, username: string, password: string): Promise<void> {
    await page.goto(`${origin}/login`);
    // By keyboard: the login name has the focus, Tab reaches the password, Enter submits.
    await see(page.getByLabel('用户名或身份证号')).toBeFocused();
    await page.keyboard.type(username);
    await page.keyboard.press('Tab');
    await see(page.getByLabel('密码')).toBeFocused();
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
  }

  beforeAll(async () => {
    platform = await startPlatform();
    gw = new GatewayClient(platform.gatewayUrl);
    consoleBrowser = await ConsoleBrowser.launch(platform.gatewayUrl);
    origin = consoleBrowser.origin;
    staff = await staffLogins(gw);
  }, PLATFORM_START_MS);

  afterAll(async () => {
    await consoleBrowser?.close();
    await platform?.stop();
  }, 60_000);

  it('a new employer registers itself, with the credit code checked as it is typed', async () => {
    const page = await newPage();
    await page.goto(`${origin}/register`);
    await see(page.getByRole('heading', { level: 1 })).toHaveText('用人单位网上注册');
    await page.getByLabel('单位名称').fill(employerName);
    const code = page.getByLabel('统一社会信用代码');
    await code.pressSequentially(creditCode.slice(0, 17));
    await see(page.getByText('统一社会信用代码应为18位')).toBeVisible();
    await code.press(creditCode.slice(17));
    await see(page.getByTestId('credit-code-ok')).toHaveText('统一社会信用代码校验通过');
    await choose(page, '所在区', '徐汇区');
    await page.getByLabel('单位地址').fill('上海市徐汇区漕溪北路88号');
    await page.getByLabel('法定代表人').fill('周法人');
    await page.getByLabel('社会保险登记证号').fill(`SI${creditCode.slice(8, 17)}`);
    await page.getByLabel('人事专员1 姓名').fill(hrPerson.name);
    await page.getByLabel('人事专员1 身份证号').fill(hrPerson.residentId);
    await page.getByLabel('人事专员1 手机号码').fill(hrPerson.mobile);
    await page.getByLabel('人事专员1 登录密码').fill(hrPerson.password);
    await checkAccessibility(page, 'register');
    await screenshot(page, '01-register-filled');
    await page.getByRole('button', { name: '提交注册' }).click();
    await see(page.getByText('注册信息已提交')).toBeVisible();
    hrUsername = (await page.getByTestId('hr-usernames').textContent()) ?? '';
    expect(hrUsername).toBe(`${creditCode}-1`);
    await see(page.getByText('当前状态：待审核')).toBeVisible();
    await screenshot(page, '02-register-submitted');

    // The 徐汇 officer checks the paper materials and approves (through the API).
    const queue = await gw.request<{
      registrationReviewQueue: { nodes: Array<{ id: string; name: string }> };
    }>(`query Queue { registrationReviewQueue(first: 100) { nodes { id name } } }`, {}, staff.officer);
    const employerId = queue.registrationReviewQueue.nodes.find((n) => n.name === employerName)?.id;
    expect(employerId).toBeDefined();
    await gw.request(
      `mutation Review($input: ReviewRegistrationInput!) { reviewEmployerRegistration(input: $input) { status } }`,
      { input: { employerId, decision: 'APPROVED' } },
      staff.officer,
    );
  }, 120_000);

  it('HR logs in by keyboard; the session cookie is HttpOnly and the page never sees the token', async () => {
    hrPage = await newPage();
    const loginAnswer = hrPage.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"Login"'),
    );
    await logIn(hrPage, hrUsername, hrPerson.password);
    const answer = await loginAnswer;
    expect(
      ((await answer.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken,
    ).toBe('');
    await hrPage.waitForURL(`${origin}/employer`);
    await see(hrPage.getByRole('heading', { level: 1 })).toHaveText(employerName);
    const [cookie] = await hrPage.context().cookies();
    expect(cookie).toMatchObject({
      name: 'points_session',
      httpOnly: true,
      sameSite: 'Strict',
      secure: true,
    });
    expect(await hrPage.evaluate(() => document.cookie)).not.toContain('points_session');
    await hrPage.getByRole('tab', { name: '单位信息' }).click();
    await see(hrPage.getByTestId('employer-status')).toHaveText('审核通过');
    await see(hrPage.getByText('无处理记录')).toBeVisible();
    await checkAccessibility(hrPage, 'employer-status');
    await screenshot(hrPage, '03-employer-status');
  }, 60_000);

  it('HR opens an account: too soon after the permit is refused at its field with the 3-working-day rule, nothing typed is lost', async () => {
    await hrPage.getByRole('tab', { name: '申请人账户' }).click();
    await hrPage.getByLabel('姓名').fill(applicantPerson.name);
    await hrPage.getByLabel('公民身份号码').fill(applicantPerson.residentId);
    await hrPage.getByLabel('手机号码').fill(applicantPerson.mobile);
    await hrPage.getByLabel('初始密码').fill(applicantPerson.password);
    // A permit issued today has not reached the system yet.
    await hrPage.getByLabel('居住证签发或签注日期').fill(shanghaiToday());
    await hrPage.getByRole('button', { name: '开户' }).click();
    const permitItem = hrPage.locator('.ant-form-item', { has: hrPage.getByLabel('居住证签发或签注日期') });
    await see(
      permitItem.getByText(
        /居住证信息尚未同步（签发或签注后需满3个工作日），最早可于 \d{4}年\d{1,2}月\d{1,2}日 开户/,
      ),
    ).toBeVisible();
    await see(hrPage.getByLabel('姓名')).toHaveValue(applicantPerson.name);
    await see(hrPage.getByLabel('公民身份号码')).toHaveValue(applicantPerson.residentId);
    await checkAccessibility(hrPage, 'accounts-refused');
    await screenshot(hrPage, '04-account-refused-too-soon');

    await hrPage.getByLabel('居住证签发或签注日期').fill(permitIssuedOn);
    await hrPage.getByRole('button', { name: '开户' }).click();
    await see(hrPage.getByText(`已为 ${applicantPerson.name} 开户`)).toBeVisible();
    await see(hrPage.getByRole('cell', { name: applicantPerson.name })).toBeVisible();
    await screenshot(hrPage, '05-account-opened');
  }, 60_000);

  it('the applicant (phone width) fills the form and sees the simulated score beside it, then sends it to HR', async () => {
    const applicant: ApplicantAccount = { ...applicantPerson, applicantId: '', token: '', permitIssuedOn };
    const claims = usualClaims(applicant);
    // What the form holds, as the API's journey fills it (the browser types the same values).
    const form = formFor(applicant, claims) as {
      residencePermit: { number: string; validFrom: string; validTo: string; address: string };
      employment: { position: string; contractStart: string };
      archiveLocation: { holder: string };
    };
    // The registries know this person before anyone asks them (the simulator stands in for them).
    await seedRegistry(gw, staff, [
      truthfulRecords(applicant, { creditCode }, claims, { archiveAnswersOnline: false }),
    ]);

    applicantPage = await newPage({ width: 390, height: 844 });
    await logIn(applicantPage, applicantPerson.residentId, applicantPerson.password);
    await applicantPage.waitForURL(`${origin}/applicant`);
    await checkAccessibility(applicantPage, 'applicant-list');
    // The account reaches the application service as an event: the page says so until it has.
    await waitFor(
      'the new application to open',
      async () => {
        await applicantPage.getByRole('button', { name: '新办积分申请' }).click();
        await applicantPage.waitForURL(/\/applicant\/applications\//, { timeout: 2_000 });
        return true;
      },
      30_000,
      500,
    );
    applicationId = applicantPage.url().split('/').pop() ?? '';
    const p = applicantPage;
    await p.getByLabel('居住证号码').fill(form.residencePermit.number);
    await p.getByLabel('有效期起').fill(form.residencePermit.validFrom);
    await p.getByLabel('有效期止').fill(form.residencePermit.validTo);
    await p.getByLabel('居住地址').fill(form.residencePermit.address);
    await choose(p, '婚姻状况', '已婚');
    await p.getByLabel('手机号码').fill(applicantPerson.mobile);
    await p.getByLabel('工作岗位').fill(form.employment.position);
    await p.getByLabel('劳动合同起始日期').fill(form.employment.contractStart);
    // The form comes in four steps; the next one is named on its button.
    await see(p.getByTestId('form-step-1')).toBeVisible();
    await p.getByRole('button', { name: '下一步：学历与职称' }).click();
    await see(p.getByTestId('form-step-1')).toBeHidden();
    for (const [i, diploma] of claims.diplomas.entries()) {
      await p.getByRole('button', { name: '添加学历学位' }).click();
      const entry = p.getByRole('group', { name: `教育背景 ${i + 1}` });
      await choose(
        p,
        `第${i + 1}项 学历学位`,
        diploma.level === 'MASTER' ? '硕士研究生学历学位' : '大学本科学历和学士学位',
        entry,
      );
      await entry.getByLabel(`第${i + 1}项 毕业院校`).fill(diploma.school);
      await entry.getByLabel(`第${i + 1}项 专业`).fill(diploma.major);
      await entry.getByLabel(`第${i + 1}项 毕业日期`).fill(diploma.graduationDate);
      await entry.getByLabel(`第${i + 1}项 证书编号`).fill(diploma.certificateNo);
      if (diploma.overseas) await entry.getByLabel('境外学历').check();
    }
    await p.getByRole('button', { name: '下一步：社保与加分' }).click();
    await p.getByRole('button', { name: '添加缴费记录' }).click();
    await p.getByLabel('第1段 起始月份').fill(claims.contributions.from);
    await p.getByLabel('第1段 截止月份').fill(claims.contributions.to);
    await p.getByLabel('第1段 缴费基数（元/月）').fill(String(claims.contributions.base));
    await p.getByRole('button', { name: '下一步：同住人与档案' }).click();
    await p.getByRole('button', { name: '添加同住人' }).click();
    await p.getByLabel('第1位 姓名').fill('王芳');
    await p.getByLabel('第1位 出生日期').fill('1991-03-08');
    await choose(p, '存档机构类型', '区人才服务中心');
    await p.getByLabel('存档机构名称').fill(form.archiveLocation.holder);
    await p.getByLabel('本人无违反国家和本市计划生育政策规定行为').check();
    await p.getByLabel('本人无刑事犯罪记录').check();

    // At phone width the form is one step long, not every section one under the other.
    const formHeight = await p.evaluate(
      () => document.querySelector('form')?.getBoundingClientRect().height ?? 0,
    );
    console.log(`applicant form at 390 px: ${Math.round(formHeight)} px high on its last step`);
    expect(formHeight).toBeLessThan(2_200);
    // A bad date is named at its field before anything is sent: saving from the last step opens
    // the first, where the date is, and nothing typed on the others is lost.
    await p.getByText('个人与就业', { exact: true }).click();
    await p.getByLabel('有效期止').fill('2026-13-40');
    await p.getByText('同住人与档案', { exact: true }).click();
    await p.getByRole('button', { name: '保存并估分' }).click();
    await see(p.getByTestId('form-step-1')).toBeVisible();
    const validTo = p.locator('.ant-form-item', { has: p.getByLabel('有效期止') });
    await see(validTo.getByText('请按 YYYY-MM-DD 填写日期，如 2026-12-01')).toBeVisible();
    await screenshot(p, '06-applicant-form-bad-date');
    await p.getByLabel('有效期止').fill(form.residencePermit.validTo);
    await p.getByText('同住人与档案', { exact: true }).click();
    await see(p.getByLabel('第1位 姓名')).toHaveValue('王芳');

    const saved = p.waitForResponse((r) => (r.request().postData() ?? '').includes('"SaveApplicationForm"'), {
      timeout: 90_000,
    });
    await p.getByRole('button', { name: '保存并估分' }).click();
    // Once (Node 24, loaded machine) no save left within 20 s: if the form refuses instead of
    // sending, the failure names the field's message rather than timing out in silence.
    const formErrors = p.locator('.ant-form-item-explain-error');
    const refused = formErrors
      .first()
      .waitFor({ state: 'visible', timeout: 90_000 })
      .then(async () => `the form refused to send: ${(await formErrors.allTextContents()).join(' | ')}`)
      .catch(() => 'no form error either');
    const outcome = await Promise.race([saved, refused]);
    expect(typeof outcome === 'string' ? outcome : 'sent').toBe('sent');
    expect((await saved).ok()).toBe(true);
    const applicantToken = await gw.login(applicantPerson.residentId, applicantPerson.password);
    const simulated = await gw.request<{ application: { simulatedScore: { total: number | null } } }>(
      `query S($id: ID!) { application(id: $id) { simulatedScore { total } } }`,
      { id: applicationId },
      applicantToken,
    );
    expect(simulated.application.simulatedScore.total).toBeGreaterThan(0);
    const breakdown = p.getByTestId('score-breakdown');
    await see(breakdown.getByTestId('score-total')).toHaveText(
      String(simulated.application.simulatedScore.total),
    );
    await see(breakdown.getByRole('cell', { name: '教育背景', exact: true })).toBeVisible();
    await see(breakdown).notToContainText('BACHELOR_WITH_DEGREE');
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await checkAccessibility(p, 'applicant-form');
    await screenshot(p, '07-applicant-simulated-score');

    await p.getByRole('button', { name: '提交单位审核' }).click();
    await see(p.getByTestId('application-state').first()).toHaveText('单位审核中');
    await screenshot(p, '08-applicant-sent-to-employer');
  }, 180_000);

  it('HR approves and submits, prints the application form, and sees the materials asked for and the receipt', async () => {
    await hrPage.goto(`${origin}/employer`);
    await hrPage.getByRole('link', { name: `查看 ${applicantPerson.name} 的申请` }).click();
    await see(hrPage.getByTestId('application-state').first()).toHaveText('单位审核中');
    await checkAccessibility(hrPage, 'employer-application');
    await hrPage.getByRole('button', { name: '审核通过并提交' }).click();
    await see(hrPage.getByTestId('application-state').first()).toHaveText('等待受理');
    await see(hrPage.getByText('请携带打印的申请表和材料原件到受理点办理受理')).toBeVisible();
    const pdf = await downloaded(hrPage, () => hrPage.getByRole('button', { name: '打印申请表' }).click());
    expect(pdf.download.suggestedFilename()).toMatch(/^application-form-.+\.pdf$/);
    expect(await pdfText(pdf.base64)).toContain('上海市居住证积分申请表');
    await screenshot(hrPage, '09-employer-submitted');

    // At the window the officer says what is missing (API), then accepts with a receipt.
    const submitted = await readApplication(gw, staff.officer, applicationId);
    const asked = await gw.request<{ requestMaterials: { version: number } }>(
      `mutation Ask($id: ID!, $version: Int!, $missing: [String!]!) { requestMaterials(id: $id, version: $version, missing: $missing) { version } }`,
      { id: applicationId, version: submitted.version, missing: ['劳动合同原件'] },
      staff.officer,
    );
    await hrPage.reload();
    await see(hrPage.getByTestId('application-state').first()).toHaveText('材料待补正');
    await see(hrPage.getByTestId('materials-missing')).toHaveText('劳动合同原件');
    await screenshot(hrPage, '10-employer-materials-required');
    const accepted = await transition(
      gw,
      staff.officer,
      'acceptApplication',
      applicationId,
      asked.requestMaterials.version,
    );
    await hrPage.reload();
    await see(hrPage.getByTestId('receipt-no')).toHaveText(accepted.receiptNo ?? 'no receipt');
    await screenshot(hrPage, '11-employer-accepted-receipt');
  }, 300_000);

  it('after the officers’ steps the applicant sees APPROVED with the decided breakdown and downloads the notice; its code checks out', async () => {
    await officerRecordsArchiveArrival(gw, staff, applicationId, {
      step: () => undefined,
      say: () => undefined,
    });
    await cityVerifierCompletesEducation(gw, staff, applicationId, {
      step: () => undefined,
      say: () => undefined,
    });
    const applicantToken = await gw.login(applicantPerson.residentId, applicantPerson.password);
    const decided = await awaitDecision(gw, applicantToken, applicationId);
    expect(decided.state).toBe('APPROVED');

    await applicantPage.reload();
    await see(applicantPage.getByTestId('application-state').first()).toHaveAttribute(
      'data-state',
      'APPROVED',
    );
    await see(applicantPage.getByTestId('application-state').first()).toHaveText('审核通过');
    await see(applicantPage.getByRole('heading', { name: '积分评定结果' })).toBeVisible();
    await see(applicantPage.getByTestId('score-total')).toHaveText(String(decided.totalPoints));
    await see(applicantPage.getByText('审核通过', { exact: true }).nth(1)).toBeVisible();
    await checkAccessibility(applicantPage, 'applicant-approved');
    await screenshot(applicantPage, '12-applicant-approved');

    const notice = await downloaded(applicantPage, () =>
      applicantPage.getByRole('button', { name: '打印积分通知书' }).click(),
    );
    const text = await pdfText(notice.base64);
    expect(text).toContain('上海市居住证积分通知书');
    expect(text).toContain(applicantPerson.name);
    const code = /核验码：\s*([A-Z0-9-]+)/.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(text).toContain('上海市人力资源和社会保障局');
    const documentNo = /沪人社积〔\d{4}〕\d{6}号/.exec(text)?.[0];
    expect(documentNo).toBeDefined();
    await see(applicantPage.getByTestId('notice-no')).toHaveText(documentNo!);
    // The timeline reads in Chinese, one label per step, never the API's words.
    const timeline = applicantPage.getByTestId('history');
    await see(timeline.getByText('积分核定通过', { exact: true })).toBeVisible();
    await see(timeline).notToContainText('application opened');
    await see(timeline).notToContainText('form edited');

    // The notice's QR code, read off the printed page, opens the public check page with its code.
    const [link] = await pdfQrCodes(notice.base64);
    expect(link).toBe(`${origin}/verify-notice?code=${code}`);
    const publicPage = await newPage();
    await publicPage.goto(link!);
    await see(publicPage.getByTestId('verify-result')).toHaveText('通知书有效');
    await see(publicPage.getByTestId('verify-document-no')).toHaveText(documentNo!);
    await checkAccessibility(publicPage, 'verify-notice');
    await screenshot(publicPage, '13-notice-checked');

    // HR files a CHANGE (情况变化) from the approved application; the renewal waits for its window.
    await hrPage.goto(`${origin}/employer/applications/${applicationId}`);
    await see(hrPage.getByTestId('application-state').first()).toHaveText('审核通过');
    await see(hrPage.getByText(/居住证签注后第3个工作日起/)).toBeVisible();
    expect(await hrPage.getByRole('button', { name: '申请续办' }).count()).toBe(0);
    await hrPage.getByRole('button', { name: '申请积分变更' }).click();
    await hrPage.waitForURL(
      (url) => url.pathname.startsWith('/employer/applications/') && !url.pathname.endsWith(applicationId),
    );
    await see(hrPage.getByTestId('application-state').first()).toHaveText('草稿');
    await see(hrPage.getByText('变更', { exact: true }).first()).toBeVisible();
    await screenshot(hrPage, '13b-employer-change-opened');
  }, 300_000);

  it('the public score simulation explains every item; English on the switch', async () => {
    const page = await newPage();
    await page.goto(`${origin}/simulate`);
    await page.getByLabel('出生日期').fill('1990-05-01');
    // 30 points of age and 60 of a bachelor's without the degree: short of the 120 standard.
    await choose(page, '学历学位', '大学本科学历');
    await page.getByRole('button', { name: '估算分值' }).click();
    const breakdown = page.getByTestId('score-breakdown');
    await see(breakdown.getByRole('cell', { name: '年龄', exact: true })).toBeVisible();
    await see(breakdown.getByRole('cell', { name: '教育背景', exact: true })).toBeVisible();
    await see(breakdown.getByText('未达到标准分值')).toBeVisible();
    await checkAccessibility(page, 'simulate');
    await screenshot(page, '14-simulate');
    await page.getByText('English', { exact: true }).click();
    await see(page.getByRole('heading', { level: 1 })).toHaveText('Score simulation');
    await see(breakdown.getByRole('cell', { name: 'Education', exact: true })).toBeVisible();
    await checkAccessibility(page, 'simulate-en');
    await screenshot(page, '15-simulate-english');
  }, 60_000);

  it('when the session token expires the page says so and returns to the login; logout ends the session', async () => {
    // The HR session's cookie now holds a token that expires in a second (as a working day's would).
    const [cookie] = await hrPage.context().cookies();
    const me = await gw.request<{ me: { id: string; employerId: string } }>(
      `query { me { id employerId } }`,
      {},
      await gw.login(hrUsername, hrPerson.password),
    );
    const shortLived = await (
      await JwtIssuer.fromPem(testJwtKeys().privateKeyPem, TEST_JWT_SETTINGS)
    ).issue({ sub: me.me.id, role: Role.EMPLOYER_HR, employerId: me.me.employerId, district: 'XUHUI' }, 1);
    await hrPage.context().addCookies([{ ...cookie!, value: shortLived }]);
    await new Promise((r) => setTimeout(r, 1_500));
    await hrPage.goto(`${origin}/employer`);
    await hrPage.waitForURL(`${origin}/login`);
    await see(hrPage.getByText('登录已过期，请重新登录。')).toBeVisible();
    expect((await hrPage.context().cookies()).find((c) => c.name === 'points_session')).toBeUndefined();
    await screenshot(hrPage, '16-session-expired');

    await applicantPage.getByRole('button', { name: '退出登录' }).click();
    await applicantPage.waitForURL(`${origin}/login`);
    expect(
      (await applicantPage.context().cookies()).find((c) => c.name === 'points_session'),
    ).toBeUndefined();
    await applicantPage.goto(`${origin}/applicant`);
    await applicantPage.waitForURL(`${origin}/login`);
    await checkAccessibility(applicantPage, 'login');
  }, 60_000);
});
