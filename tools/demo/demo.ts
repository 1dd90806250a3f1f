// `npm run demo`: plays steps 1–5 of the points journey and an upheld appeal (6) against a running `npm start`, through the
// gateway, and tells what each actor did and saw. Every run makes a new employer and applicant, so
// it can run again and again on the same database.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GatewayClient } from './gateway-client';
import { DEMO_APPEAL_REVIEWER, playJourney, playUpheldAppeal, staffLogins, type Narrator } from './journey';

const bold = (s: string): string => `\x1b[1m${s}\x1b[0m`;
const dim = (s: string): string => `\x1b[2m${s}\x1b[0m`;
const cyan = (s: string): string => `\x1b[36m${s}\x1b[0m`;

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

const started = Date.now();
const seconds = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Pads to a terminal width: a CJK character takes two columns. */
function padColumns(text: string, width: number): string {
  const columns = Array.from(text).reduce((n, c) => n + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - columns));
}

/**
 * Where each step is done by clicking in the console, and with which login (README's demo logins;
 * the HR and applicant logins are the ones the step prints), so a newcomer can do it by hand.
 */
function consoleSteps(origin: string): Record<string, string> {
  return {
    '1': `${origin}/register (no login) · the centre approves at ${origin}/registrations as officer.xuhui / Demo2026`,
    '2': `HR logs in at ${origin}/login with the login name above → 申请人账户 · the applicant with the resident ID number → ${origin}/applicant`,
    '3': `HR: ${origin}/employer · the officer: ${origin}/centre (审核工作台) as officer.xuhui / Demo2026`,
    '4': `the officer: the application from ${origin}/centre · the city verifier: ${origin}/verification-tasks as verifier.city / Demo2026`,
    '5': `the applicant: ${origin}/applicant (breakdown, notice) · HRSS: ${origin}/statistics as hrss.admin / Demo2026`,
    '6': `the applicant: 申请复核 at ${origin}/applicant · HRSS: ${origin}/hrss → 复核申请, the first review as ${DEMO_APPEAL_REVIEWER.username} / Demo2026, the decision as hrss.admin / Demo2026 · anyone: ${origin}/verify-notice`,
  };
}

function narratorFor(origin: string): Narrator {
  const where = consoleSteps(origin);
  return {
    step: (title) => {
      console.log(`\n${bold(title)} ${dim(`(${seconds()})`)}`);
      const hint = where[title.split('.')[0] ?? ''];
      if (hint) console.log(`  ${dim(`in the console: ${hint}`)}`);
    },
    say: (actor, text) => console.log(`  ${cyan(padColumns(actor, 14))} ${text}`),
  };
}

/** The URL `npm start` wrote when it came up (it may have had to take another port than 4000). */
function runningGatewayUrl(): string | undefined {
  const file = path.join(process.env.POINTS_DATA_DIR ?? path.join(repoRoot(), '.data'), 'gateway-url');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() || undefined : undefined;
}

async function main(): Promise<void> {
  const url = process.env.GATEWAY_URL ?? runningGatewayUrl() ?? 'http://localhost:4000/graphql';
  const gw = new GatewayClient(url);
  try {
    await gw.request<unknown>('query Up { districts { code } }');
  } catch (error) {
    throw new Error(
      `No gateway answers at ${url} (${error instanceof Error ? error.message : String(error)}).\n` +
        '  Start the platform first with `npm start` (it prints the gateway URL), then run `npm run demo`;\n' +
        '  if it runs elsewhere, set GATEWAY_URL, e.g. GATEWAY_URL=http://localhost:4010/graphql npm run demo',
    );
  }
  // The gateway serves the console at its root, from the same origin as /graphql.
  const origin = new URL(url).origin;
  const narrator = narratorFor(origin);
  console.log(bold(`上海市居住证积分 — the journey through ${url}`));
  console.log(`  the web console: ${origin}/ (open it in a browser to do each step by clicking)`);
  const staff = await staffLogins(gw);
  console.log(dim('  staff logged in: hrss.admin, officer.xuhui, verifier.city (password Demo2026)'));

  const result = await playJourney(gw, staff, narrator);

  const outDir = path.join(process.env.POINTS_DATA_DIR ?? path.join(repoRoot(), '.data'), 'demo');
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
  const noticePath = path.join(outDir, `points-notice-${stamp}.pdf`);
  const formPath = path.join(outDir, `application-form-${stamp}.pdf`);
  fs.writeFileSync(noticePath, Buffer.from(result.decision.notice.base64, 'base64'));
  fs.writeFileSync(formPath, Buffer.from(result.accepted.formPdf.base64, 'base64'));
  narrator.say(result.applicant.name, `prints the points notice (积分通知书, no score on it): ${noticePath}`);
  narrator.say('', dim(`the application form HR printed: ${formPath}`));

  narrator.step('6. 复核: a rejection at 110 points is appealed, reviewed by two HRSS people and upheld');
  const appeal = await playUpheldAppeal(gw, staff, result.employer, narrator);
  const appealNoticePath = path.join(outDir, `appeal-points-notice-${stamp}.pdf`);
  fs.writeFileSync(appealNoticePath, Buffer.from(appeal.notice.base64, 'base64'));
  narrator.say(appeal.applicant.name, `prints the notice won on appeal: ${appealNoticePath}`);

  const { application } = result.decision;
  console.log(
    `\n${bold('Done')} in ${seconds()}: application ${application.id} ${application.state}, ${application.totalPoints} points, valid until ${application.validUntil}.`,
  );
  console.log(
    `  The appeal: application ${appeal.applicationId} rejected at ${appeal.rejected.totalPoints} points, corrected to ${appeal.approved.correctedTotal} on appeal, ${appeal.approved.state} with notice ${appeal.approved.notice?.documentNo ?? '—'}.`,
  );
  console.log(
    dim(
      `  Log in yourself at ${origin}/login: HR ${result.employer.hr.username} / ${result.employer.hr.password}, applicant ${result.applicant.residentId} / ${result.applicant.password}`,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(`\n\x1b[31mdemo failed: ${error instanceof Error ? error.message : String(error)}\x1b[0m`);
  process.exit(1);
});
