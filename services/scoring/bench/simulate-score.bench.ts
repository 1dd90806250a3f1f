// Benchmark of scoring (quality.md "Performance"): prints
//  (a) engine assessments per second on one core, for a profile with 6 years of monthly
//      contributions (72 one-month periods) and every bonus claimed;
//  (b) throughput and p50/p99 of `simulateScore` sent straight to the scoring subgraph and through
//      the gateway, same profile, same concurrency, same request count, same run, with the ratios.
//
// Processes: this one generates the load; the scoring subgraph (this file forked with
// --child=subgraph) and the gateway (its built entry, dist/gateway/src/main.js) each run in their
// own child process, as they would in production. The subgraph
// gets a scratch database and Redis prefix (created and dropped like the test suites'); the
// gateway loads a supergraph composed in-process from the scoring subgraph's SDL only (the
// committed supergraph may not carry simulateScore yet).
//
// Needs DATABASE_URL and REDIS_URL. Run from the repo root:
//   npm run bench:scoring -- [--requests 4000] [--concurrency 32] [--rounds 4] [--cpu-prof DIR]
//                            [--before DIR]
// The requests of each target are sent in --rounds slices, the targets taking turns slice by slice
// (direct, gateway, before), so that a machine whose load drifts (other work on it) weighs on
// each alike. --before DIR also runs the gateway built in DIR (its dist/gateway/src/main.js, e.g. a
// checkout of main after `node scripts/build.mjs`) beside this one, same subgraph, same settings:
// before and after side by side in one run.
// The gateway runs with production settings: NODE_ENV=production, JSON request logs (to a pipe this
// process drains), rate limits on and counted in Redis (limits high enough never to refuse the
// bench), and every request carries an officer's token, so the gateway verifies it and counts
// the account, as it would in production. --cpu-prof DIR writes the gateway's CPU profile there.
import 'reflect-metadata';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { generateJwtKeyPair, JwtIssuer, Role } from '@points/auth';
import {
  assess,
  AwardLevel,
  EducationLevel,
  formatMonthIndex,
  normaliseProfile,
  parseYearMonth,
  QualificationLevel,
  SH_2017_RULE_SET,
  type ContributionPeriodInput,
  type ScoreProfileInput,
} from '@points/scoring-engine';
import { printSubgraphSdl, SUBGRAPH_KEEP_ALIVE_MS } from '@points/subgraph';
import { processCpuSeconds, startSubgraphTestApp, TEST_JWT_SETTINGS } from '@points/testing';
import { AppModule } from '../src/app.module';
import { MIGRATIONS } from '../src/migrations';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

// ── the profile: 6 years of monthly contributions, every bonus claimed ─────────────────────────

function monthlyPeriods(first: string, last: string, base: number): ContributionPeriodInput[] {
  const from = parseYearMonth(first) ?? 0;
  const to = parseYearMonth(last) ?? 0;
  const periods: ContributionPeriodInput[] = [];
  for (let month = from; month <= to; month++) {
    periods.push({ from: formatMonthIndex(month), to: formatMonthIndex(month), base });
  }
  return periods;
}

const PROFILE: ScoreProfileInput = {
  assessmentDate: '2024-07-15',
  birthDate: '1985-05-20',
  education: EducationLevel.MASTER,
  qualification: QualificationLevel.SENIOR_TITLE,
  socialInsurance: monthlyPeriods('2018-07', '2024-06', 25000),
  entrepreneur: true,
  innovationIntermediary: true,
  shortageMajor: true,
  averageAnnualTaxCny: 650_000,
  averageAnnualLocalHires: 42,
  publicServiceYears: 6,
  remoteSuburbYears: 7,
  freshGraduate: true,
  awards: [AwardLevel.MUNICIPAL_SPECIAL, AwardLevel.MUNICIPAL_COMPREHENSIVE, AwardLevel.NATIONAL],
  spouseHukouMarriageDate: '2014-10-01',
};

const SIMULATE = `query Simulate($profile: ScoreProfileInput!) {
  simulateScore(profile: $profile) {
    total standard eligible vetoed ruleSetVersion
    items { indicator points counted note }
    excludedMonths { month code note }
  }
}`;

// ── (a) the engine on one core ─────────────────────────────────────────────────────────────────

function engineRate(seconds: number): { perSecond: number; total: number } {
  const profile = normaliseProfile(PROFILE);
  let sink = 0;
  const run = (duration: number): number => {
    const started = process.hrtime.bigint();
    const deadline = started + BigInt(Math.round(duration * 1e9));
    let runs = 0;
    let now = started;
    while (now < deadline) {
      for (let i = 0; i < 500; i++) sink += assess(profile, SH_2017_RULE_SET).total;
      runs += 500;
      now = process.hrtime.bigint();
    }
    return runs / (Number(now - started) / 1e9);
  };
  run(0.5); // warm-up: let V8 optimise before timing
  const perSecond = run(seconds);
  if (sink === 0) throw new Error('the engine did no work');
  return { perSecond, total: assess(profile, SH_2017_RULE_SET).total };
}

// ── child processes ────────────────────────────────────────────────────────────────────────────

interface Ready {
  url: string;
}

async function runSubgraphChild(): Promise<void> {
  const app = await startSubgraphTestApp({
    service: 'scoring',
    createModule: (config) => AppModule.forRoot(config),
    migrations: MIGRATIONS,
    // The parent's key: both the gateway and the subgraph verify the bench's token.
    config: { auth: { publicKeyPem: process.env.BENCH_JWT_PUBLIC_KEY, ...TEST_JWT_SETTINGS } },
  });
  // As bootstrapSubgraph sets it in production: the test app keeps Node's 5 s, only a second above
  // the 4 s the gateway keeps an idle socket, and on a loaded machine a late timer let the gateway
  // reuse a socket the subgraph was closing (one SERVICE_UNAVAILABLE in a run at load 30).
  const server = app.app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_MS;
  server.headersTimeout = SUBGRAPH_KEEP_ALIVE_MS + 1_000;
  process.send?.({ url: app.url } satisfies Ready);
  process.on('message', () => {
    // Drops the scratch database and the Redis keys.
    void app.close().then(() => process.exit(0));
  });
}

/**
 * The real gateway entry (dist/gateway/src/main.js) in its own process, configured by environment
 * as in production; it prints its URL once listening.
 */
let gatewaysStarted = 0;

function startGatewayProcess(
  main: string,
  subgraphUrl: string,
  supergraphPath: string,
  publicKeyPem: string,
  profileDir: string | undefined,
): Promise<{ child: ChildProcess; url: string }> {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) throw new Error('Set REDIS_URL: the gateway counts its rate limits there');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    GATEWAY_PORT: '0',
    // /metrics as in production, on a port of its own (9464 is taken by a second gateway).
    GATEWAY_METRICS_PORT: '0',
    SUPERGRAPH_PATH: supergraphPath,
    POINTS_DATA_DIR: path.dirname(supergraphPath),
    SUBGRAPH_SCORING_URL: subgraphUrl,
    AUTH_JWT_PUBLIC_KEY: publicKeyPem,
    // Rate limits on, both counted per request in Redis, set high enough never to refuse the bench.
    REDIS_URL: redisUrl,
    // Its own counters per gateway: the two of --before must not share their windows.
    REDIS_PREFIX: `bench-scoring-${process.pid}-${++gatewaysStarted}`,
    GATEWAY_RATE_LIMIT_PER_CLIENT: '100000000',
    GATEWAY_RATE_LIMIT_PER_ACCOUNT: '100000000',
  };
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, main], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    let listening = false;
    child.stdout.on('data', (chunk: Buffer) => {
      // Drained as a log collector would; only the start line is kept, and warnings and errors
      // (pino level 40 and up) are shown: a failed subgraph request says why.
      if (listening) {
        for (const line of chunk.toString().split('\n'))
          if (/"level":(4|5|6)\d/.test(line))
            console.error(`gateway of ${path.resolve(main, '../../../..')}: ${line.slice(0, 600)}`);
        return;
      }
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        listening = true;
        resolve({ child, url: match[1].replace('localhost', '127.0.0.1') });
      }
    });
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}: ${output}`)));
  });
}

function startChild(args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, args, {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, ...env },
    });
    child.once('message', (message) => resolve({ child, url: (message as Ready).url }));
    child.once('exit', (code) => reject(new Error(`child ${args.join(' ')} exited with ${code}`)));
  });
}

function stopChild(child: ChildProcess, how: 'message' | 'signal'): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 10_000);
    child.removeAllListeners('exit');
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (how === 'message') child.send('stop');
    else child.kill('SIGTERM');
  });
}

// ── (b) load ───────────────────────────────────────────────────────────────────────────────────

interface LoadResult {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  perSecond: number;
}

interface Slice {
  latencies: Float64Array;
  seconds: number;
}

async function load(
  url: string,
  requests: number,
  concurrency: number,
  expectedTotal: number,
  token: string,
): Promise<Slice> {
  const body = JSON.stringify({ query: SIMULATE, variables: { profile: PROFILE } });
  const latencies = new Float64Array(requests);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < requests) {
      const index = next++;
      const started = process.hrtime.bigint();
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          authorization: `Bearer ${token}`,
        },
        body,
      });
      const answer = (await response.json()) as {
        data?: { simulateScore?: { total: number } };
        errors?: unknown[];
      };
      latencies[index] = Number(process.hrtime.bigint() - started) / 1e6;
      if (answer.errors || answer.data?.simulateScore?.total !== expectedTotal) {
        throw new Error(`unexpected answer from ${url}: ${JSON.stringify(answer).slice(0, 300)}`);
      }
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** The slices of one target together: all their latencies, the time they took between them. */
function summary(slices: Slice[]): LoadResult {
  const sorted = slices.flatMap((slice) => [...slice.latencies]).sort((a, b) => a - b);
  const seconds = slices.reduce((sum, slice) => sum + slice.seconds, 0);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return {
    requests: sorted.length,
    seconds,
    p50: at(0.5),
    p99: at(0.99),
    perSecond: sorted.length / seconds,
  };
}

function ratio(label: string, of: LoadResult, to: LoadResult): string {
  return (
    `${label}: throughput ${(of.perSecond / to.perSecond).toFixed(2)}×, ` +
    `p50 ${(of.p50 / to.p50).toFixed(2)}×, p99 ${(of.p99 / to.p99).toFixed(2)}×`
  );
}

function row(label: string, result: LoadResult): string {
  return `${label.padEnd(22)} ${result.perSecond.toFixed(0).padStart(7)} req/s   p50 ${result.p50
    .toFixed(2)
    .padStart(
      7,
    )} ms   p99 ${result.p99.toFixed(2).padStart(7)} ms   (${result.requests} in ${result.seconds.toFixed(1)} s)`;
}

async function main(): Promise<void> {
  const requests = argument('requests', 4000);
  const concurrency = argument('concurrency', 32);
  const cpus = os.cpus();
  console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; command: npm run bench:scoring -- ${process.argv.slice(2).join(' ')}`,
  );
  console.log(
    `profile: ${PROFILE.socialInsurance?.length ?? 0} one-month contribution periods (2018-07..2024-06), every bonus claimed\n`,
  );

  const engine = engineRate(3);
  console.log(
    `(a) engine, one core: ${Math.round(engine.perSecond).toLocaleString('en-US')} assessments/s ` +
      `(${(1e6 / engine.perSecond).toFixed(1)} µs each; total ${engine.total})\n`,
  );

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scoring-bench-'));
  const sdl = await printSubgraphSdl(() => AppModule.forRoot());
  const composed = composeServices([
    { name: 'scoring', typeDefs: parse(sdl), url: 'http://127.0.0.1:4004/graphql' },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
  const supergraphPath = path.join(workDir, 'supergraph.graphql');
  fs.writeFileSync(supergraphPath, composed.supergraphSdl);

  const keys = generateJwtKeyPair();
  const issuer = await JwtIssuer.fromPem(keys.privateKeyPem, TEST_JWT_SETTINGS);
  const token = await issuer.issue({ sub: 'bench-officer', role: Role.CENTRE_OFFICER, district: 'XUHUI' });
  const profileIndex = process.argv.indexOf('--cpu-prof');
  const profileDir = profileIndex >= 0 ? path.resolve(process.argv[profileIndex + 1] ?? '.') : undefined;
  const beforeIndex = process.argv.indexOf('--before');
  const beforeMain =
    beforeIndex >= 0
      ? path.resolve(process.argv[beforeIndex + 1] ?? '.', 'dist/gateway/src/main.js')
      : undefined;
  if (beforeMain && !fs.existsSync(beforeMain))
    throw new Error(`--before: no ${beforeMain} (run node scripts/build.mjs there)`);
  const rounds = argument('rounds', 4);
  const subgraph = await startChild(['--child=subgraph'], { BENCH_JWT_PUBLIC_KEY: keys.publicKeyPem });
  const gateways: Array<{ child: ChildProcess; url: string }> = [];
  try {
    const thisMain = path.resolve(__dirname, '../../../gateway/src/main.js');
    const gateway = await startGatewayProcess(
      thisMain,
      subgraph.url,
      supergraphPath,
      keys.publicKeyPem,
      profileDir,
    );
    gateways.push(gateway);
    const before = beforeMain
      ? await startGatewayProcess(beforeMain, subgraph.url, supergraphPath, keys.publicKeyPem, undefined)
      : undefined;
    if (before) gateways.push(before);
    console.log(
      'gateway: NODE_ENV=production, JSON logs at info, rate limits per client and per account on (Redis), ' +
        "an officer's token on every request",
    );
    if (beforeMain) console.log(`before: the gateway of ${beforeMain}, same subgraph and settings`);
    const targets = [
      { label: 'straight to subgraph', url: subgraph.url },
      { label: 'through the gateway', url: gateway.url },
      ...(before ? [{ label: 'gateway before', url: before.url }] : []),
    ];
    const warmUp = Math.min(500, requests);
    for (const target of targets) await load(target.url, warmUp, concurrency, engine.total, token);

    console.log(
      `(b) simulateScore, ${requests} requests at concurrency ${concurrency} (${rounds} rounds, targets ` +
        `in turn), after ${warmUp} warm-up each`,
    );
    const slices = targets.map((): Slice[] => []);
    // CPU seconds each process spent while a target's slices ran: what a request costs where,
    // whatever the load (the rates above depend on it).
    const processes = [
      { label: 'subgraph', pid: subgraph.child.pid },
      { label: 'gateway', pid: gateway.child.pid },
      ...(before ? [{ label: 'gateway before', pid: before.child.pid }] : []),
      { label: 'bench client', pid: process.pid },
    ];
    const cpu = targets.map(() => processes.map(() => 0));
    const perRound = Math.max(concurrency, Math.ceil(requests / rounds));
    for (let round = 0; round < rounds; round++) {
      // Each round starts with another target: none is always the one after a pause.
      for (let k = 0; k < targets.length; k++) {
        const i = (round + k) % targets.length;
        const startCpu = processes.map(({ pid }) => (pid ? processCpuSeconds(pid) : 0));
        slices[i]?.push(await load(targets[i]?.url ?? '', perRound, concurrency, engine.total, token));
        processes.forEach(({ pid }, p) => {
          const spent = cpu[i];
          if (spent && pid) spent[p] = (spent[p] ?? 0) + processCpuSeconds(pid) - (startCpu[p] ?? 0);
        });
      }
    }
    const results = slices.map(summary);
    results.forEach((result, i) => console.log(row(targets[i]?.label ?? '', result)));
    const [direct, through, previous] = results;
    if (direct && through) console.log(ratio('ratio gateway / subgraph', through, direct));
    if (direct && previous) console.log(ratio('ratio before / subgraph', previous, direct));
    if (through && previous) console.log(ratio('ratio gateway / before', through, previous));
    console.log('CPU per request, by process (/proc, user + system; Redis not counted):');
    const perRequest = results.map((result, i) =>
      (cpu[i] ?? []).map((seconds) => (seconds * 1000) / result.requests),
    );
    perRequest.forEach((costs, i) => {
      const parts = costs
        .map((ms, p) => ({ ms, label: processes[p]?.label ?? '' }))
        .filter(({ ms }) => ms >= 0.05) // an idle process shows a tick or two
        .map(({ ms, label }) => `${label} ${ms.toFixed(2)} ms`);
      const all = costs.reduce((a, b) => a + b, 0);
      console.log(
        `  ${(targets[i]?.label ?? '').padEnd(22)} ${parts.join(', ')}; in all ${all.toFixed(2)} ms`,
      );
    });
    // When the cores are the limit, the throughputs stand as the inverse of these totals.
    const [directCpu, throughCpu] = perRequest.map((costs) => costs.reduce((a, b) => a + b, 0));
    if (directCpu && throughCpu)
      console.log(
        `  CPU-bound ratio gateway / subgraph (direct CPU ÷ gateway path CPU): ${(directCpu / throughCpu).toFixed(2)}×`,
      );
    console.log(
      `load average at end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    for (const gateway of gateways) await stopChild(gateway.child, 'signal');
    await stopChild(subgraph.child, 'message');
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

const child = process.argv.find((arg) => arg.startsWith('--child='))?.slice('--child='.length);
const entry = child === 'subgraph' ? runSubgraphChild() : main().then(() => process.exit(0));
entry.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
