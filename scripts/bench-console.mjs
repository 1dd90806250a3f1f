#!/usr/bin/env node
// `npm run bench:console [-- <console URL>]`: the web console's figures.
// 1. Bundle size: every file of web/dist/assets raw and gzip (level 9), the main chunk (the entry
//    index.html loads) and the total.
// 2. With a console URL (a running `npm start`, default http://localhost:4000): the applicant
//    page's time to interactive in Debian's Chromium, 5 cold loads (new browser context each, so
//    nothing cached) of the demo applicant's application after logging in: navigation to
//    DOMContentLoaded, to the first contentful paint, and to the page being usable (its state and
//    score rendered from the API and the main thread quiet), median and worst.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const assets = join(root, 'web/dist/assets');
const index = readFileSync(join(root, 'web/dist/index.html'), 'utf8');
const entry = /src="\/assets\/([^"]+\.js)"/.exec(index)?.[1];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let raw = 0;
let gz = 0;
console.log('bundle (web/dist/assets):');
for (const name of readdirSync(assets).sort()) {
  const bytes = readFileSync(join(assets, name));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += zipped;
  console.log(
    `  ${name.padEnd(40)} ${kb(bytes.length).padStart(10)}  gzip ${kb(zipped).padStart(9)}${name === entry ? '  (main)' : ''}`,
  );
}
console.log(`  total ${kb(raw)}, gzip ${kb(gz)}`);

const url = (process.argv[2] ?? 'http://localhost:4000').replace(/\/$/, '');
const { chromium } = require('playwright-core');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const figures = [];
try {
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${url}/login`);
    await page.getByLabel('用户名或身份证号').fill('310101199001011234');
    await page.getByLabel('密码').fill('Demo2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${url}/applicant`);
    const link = page.getByRole('link', { name: /查看/ }).first();
    await link.waitFor();
    const target = new URL(await link.getAttribute('href'), url).href;
    // A cold load of the applicant page in a fresh context holding only the session cookie.
    const cold = await browser.newContext({
      viewport: { width: 390, height: 844 },
      storageState: await context.storageState(),
    });
    const fresh = await cold.newPage();
    await fresh.goto(target, { waitUntil: 'commit' });
    await fresh.getByTestId('application-state').first().waitFor();
    await fresh.getByTestId('score-total').first().waitFor();
    // Interactive: the data is on the page and no long task for 500 ms.
    const timings = await fresh.evaluate(
      () =>
        new Promise((resolve) => {
          const shown = performance.now();
          let lastLong = shown;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) lastLong = Math.max(lastLong, e.startTime + e.duration);
          }).observe({ type: 'longtask', buffered: true });
          const check = () => {
            if (performance.now() - lastLong >= 500) {
              const nav = performance.getEntriesByType('navigation')[0];
              const fcp = performance.getEntriesByName('first-contentful-paint')[0];
              resolve({
                dcl: nav.domContentLoadedEventEnd,
                fcp: fcp?.startTime ?? NaN,
                shown,
                tti: Math.max(shown, lastLong),
              });
            } else setTimeout(check, 100);
          };
          check();
        }),
    );
    figures.push(timings);
    await cold.close();
    await context.close();
  }
} finally {
  await browser.close();
}
const stat = (key) => {
  const values = figures.map((f) => f[key]).sort((a, b) => a - b);
  return `median ${values[Math.floor(values.length / 2)].toFixed(0)} ms, worst ${values[values.length - 1].toFixed(0)} ms`;
};
console.log(`applicant page (${url}, phone width, 5 cold loads):`);
console.log(`  DOMContentLoaded        ${stat('dcl')}`);
console.log(`  first contentful paint  ${stat('fcp')}`);
console.log(`  data shown              ${stat('shown')}`);
console.log(`  time to interactive     ${stat('tti')}`);
