/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const root = path.resolve(__dirname, '../..');

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it when missing). */
export const CHROMIUM = '/usr/bin/chromium';

/** Where the browser suites keep their screenshots (git-ignored). */
export const ARTIFACTS = path.join(root, 'test-artifacts/console');

/**
 * Fontconfig with the Noto Sans SC the repository already ships (the PDFs' font), so Chinese
 * renders in screenshots on a machine without CJK fonts instead of as empty boxes.
 */
function fontConfig(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'points-fonts-'));
  const fonts = path.join(root, 'node_modules/@expo-google-fonts/noto-sans-sc');
  const file = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
  ${fs.existsSync('/etc/fonts/fonts.conf') ? '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' : ''}
  <dir>${path.join(fonts, '400Regular')}</dir><dir>${path.join(fonts, '700Bold')}</dir>
  <cachedir>${path.join(dir, 'cache')}</cachedir>
</fontconfig>`,
  );
  return file;
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium keeps dialling Google on a closed network.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    env: { ...process.env, FONTCONFIG_FILE: fontConfig() },
    timeout: 60_000,
  });
}

/** A screenshot of the whole page, named for the step, kept under test-artifacts/console/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** WCAG 2.1 A and AA violations on the page as axe-core finds them: rule, impact and where. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

const WAIT_MS = 45_000;

async function poll<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  describe: (value: T | undefined) => string,
): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (ok(last)) return;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `Waited ${WAIT_MS / 1000} s for ${what}; ${describe(last)}${error instanceof Error ? ` (${error.message})` : ''}`,
  );
}

const matches = (actual: string, expected: string | RegExp): boolean =>
  typeof expected === 'string' ? actual === expected : expected.test(actual);

/**
 * Web-first assertions for playwright-core under Jest: each waits (up to 45 s) for what a person
 * would see, and fails naming the locator and what it showed instead.
 */
export function see(locator: Locator) {
  const name = locator.toString();
  const text = async (): Promise<string> => (await locator.innerText()).replace(/\s+/g, ' ').trim();
  return {
    toBeVisible: () =>
      poll(
        `${name} to be visible`,
        () => locator.isVisible(),
        (v) => v,
        () => 'it is not visible',
      ),
    toBeHidden: () =>
      poll(
        `${name} to be hidden`,
        () => locator.isHidden(),
        (v) => v,
        () => 'it is visible',
      ),
    toHaveText: (expected: string | RegExp) =>
      poll(
        `${name} to read ${String(expected)}`,
        text,
        (v) => matches(v, expected),
        (v) => `it reads "${v ?? ''}"`,
      ),
    toContainText: (expected: string) =>
      poll(
        `${name} to contain "${expected}"`,
        text,
        (v) => v.includes(expected),
        (v) => `it reads "${v ?? ''}"`,
      ),
    notToContainText: (unexpected: string) =>
      poll(
        `${name} not to contain "${unexpected}"`,
        text,
        (v) => !v.includes(unexpected),
        (v) => `it reads "${v ?? ''}"`,
      ),
    toHaveValue: (expected: string) =>
      poll(
        `${name} to hold "${expected}"`,
        () => locator.inputValue(),
        (v) => v === expected,
        (v) => `it holds "${v ?? ''}"`,
      ),
    toHaveAttribute: (attribute: string, expected: string) =>
      poll(
        `${name} [${attribute}=${expected}]`,
        () => locator.getAttribute(attribute),
        (v) => v === expected,
        (v) => `it is "${v ?? ''}"`,
      ),
    toBeFocused: () =>
      poll(
        `${name} to have the focus`,
        () => locator.evaluate((el) => el === document.activeElement),
        (v) => v,
        () => 'it has not',
      ),
  };
}

/** How long a browser step waits for what it needs: generous, as the machine may be busy. */
export const PAGE_TIMEOUT_MS = 45_000;

/**
 * The console of a running platform in one Chromium: a page per person (each its own context, so
 * its own session cookie), the login form, and closing it all.
 */
export class ConsoleBrowser {
  /** The console's origin; localhost (not 127.0.0.1), where the browser treats http as secure. */
  readonly origin: string;
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    private readonly browser: Browser,
    gatewayUrl: string,
  ) {
    this.origin = gatewayUrl.replace(/\/graphql$/, '').replace('127.0.0.1', 'localhost');
  }

  static async launch(gatewayUrl: string): Promise<ConsoleBrowser> {
    return new ConsoleBrowser(await launchChromium(), gatewayUrl);
  }

  async newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await this.browser.newContext({
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    return page;
  }

  /** Fills the login form and sends it (what follows is the caller's to check). */
  async logIn(page: Page, username: string, password: string): Promise<void> {
    await page.goto(`${this.origin}/login`);
    await page.getByLabel('用户名或身份证号').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => undefined);
    await this.browser.close();
  }
}

/** axe-core on the page as it is now: fails naming the page and each violation; answers them (none). */
export async function expectAccessible(page: Page, name: string): Promise<string[]> {
  // A toast fading in is half transparent: axe reads its contrast mid-animation. Checked once gone.
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: PAGE_TIMEOUT_MS })
    .catch(() => undefined);
  const violations = await accessibilityViolations(page);
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  return violations;
}

/**
 * Picks `option` in the Ant Design select labelled `label` (from its start: optional fields' labels
 * end in "（可选）"; `exact` for a label that begins another), inside `scope`.
 */
export async function choose(
  page: Page,
  label: string,
  option: string,
  { scope = page, exact = false }: { scope?: Page | Locator; exact?: boolean } = {},
): Promise<void> {
  const input = (exact ? scope.getByLabel(label, { exact: true }) : scope.getByLabel(new RegExp(`^${label}`))).first();
  const select = input.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  // Ant Design 6 puts the chosen option's title on the select's content (or on its value when the
  // option is styled); the open list is a portal outside the select, so this is the choice alone.
  const chosen = select.locator(`[title="${option}"]`);
  const item = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .locator(`.ant-select-item-option[title="${option}"]`);
  // On a busy machine a list has closed under a click still waiting for its option to stop
  // fading in, and a click has been lost: the choice counts once the select shows it; otherwise the
  // list is closed (Escape) and opened again, each try bounded so that five fit in a test.
  let last: unknown;
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      if (await chosen.isVisible()) return;
      await input.click({ timeout: 10_000 });
      await item.click({ timeout: 10_000 });
      await chosen.waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch (error) {
      last = error;
      await page.keyboard.press('Escape').catch(() => undefined);
    }
  }
  throw new Error(
    `Could not choose "${option}" in "${label}" in 5 tries (${last instanceof Error ? last.message : String(last)})`,
  );
}
