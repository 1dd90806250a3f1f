import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SERVICE_NAMES } from '@points/config';
import { eventCatalogue, eventsConsumedBy } from '@points/events';
import { PLATFORM_START_MS, startPlatform, type RunningPlatform } from '../support/platform';
import { exportedNames, parsePrometheusText, total, type Sample } from '../support/prometheus-text';

const deploy = path.resolve(__dirname, '../../deploy');

interface OtlpTraces {
  resourceSpans?: Array<{
    resource?: { attributes?: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans?: Array<{
      spans?: Array<{ traceId: string; spanId: string; parentSpanId?: string; name: string }>;
    }>;
  }>;
}

async function scrape(url: string): Promise<string> {
  const answer = await fetch(url);
  expect(answer.status).toBe(200);
  return answer.text();
}

/** Metric names in a PromQL expression: identifiers that are not functions, keywords or labels. */
function metricNamesIn(expr: string): string[] {
  const withoutLabels = expr.replace(/\{[^}]*\}/g, '').replace(/\[[^\]]*\]/g, '');
  const withoutGrouping = withoutLabels.replace(
    /\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g,
    '',
  );
  return [...withoutGrouping.matchAll(/\b([a-z_][a-z0-9_]*)\b(?!\s*\()/g)]
    .map((m) => m[1]!)
    .filter((name) => name.includes('_') && !['histogram_quantile', 'le'].includes(name));
}

describe('telemetry after `npm run demo` (every process, /metrics on its own port)', () => {
  let platform: RunningPlatform;
  let collector: Server;
  const metrics: Record<string, Sample[]> = {};
  /** Spans the processes exported over OTLP/HTTP (JSON), with the service that sent each. */
  const spans: Array<{
    service: string;
    traceId: string;
    spanId: string;
    parentSpanId?: string;
    name: string;
  }> = [];
  const exported = new Set<string>();

  beforeAll(async () => {
    // A stand-in OpenTelemetry collector: every process exports its spans here.
    collector = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraces;
        for (const resourceSpans of body.resourceSpans ?? []) {
          const service =
            resourceSpans.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ??
            '?';
          for (const scope of resourceSpans.scopeSpans ?? [])
            for (const span of scope.spans ?? []) spans.push({ service, ...span });
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const address = collector.address();
    const collectorPort = typeof address === 'object' && address ? address.port : 0;
    platform = await startPlatform({
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}` },
    });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'points-telemetry-'));
    try {
      await new Promise<void>((resolve, reject) => {
        execFile(
          process.execPath,
          [path.resolve(__dirname, '../../dist/tools/demo/demo.js')],
          {
            env: { ...process.env, GATEWAY_URL: platform.gatewayUrl, POINTS_DATA_DIR: dataDir },
            timeout: 120_000,
          },
          (error, stdout, stderr) =>
            error ? reject(new Error(`demo failed: ${stdout}\n${stderr}`)) : resolve(),
        );
      });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    for (const [name, url] of Object.entries(platform.metricsUrls)) {
      const text = await scrape(url);
      metrics[name] = parsePrometheusText(text);
      for (const metric of exportedNames(text)) exported.add(metric);
    }
  }, PLATFORM_START_MS);
  afterAll(async () => {
    await platform?.stop();
    collector?.close();
  }, 60_000);

  it('traces a request across gateway → subgraph → event consumer → SMS worker in one trace (OpenTelemetry, W3C traceparent)', async () => {
    const spanOf = (id: string | undefined) => spans.find((s) => s.spanId === id);
    // The demo's registration: gateway fetch → employer-registration → its event consumed elsewhere.
    let chain:
      | { fetch: (typeof spans)[number]; server: (typeof spans)[number]; consumer: (typeof spans)[number] }
      | undefined;
    for (let i = 0; i < 60 && !chain; i++) {
      for (const consumer of spans.filter((s) => s.name.startsWith('consume '))) {
        const publisher = spanOf(consumer.parentSpanId);
        const server = publisher?.name.startsWith('POST /graphql') ? publisher : undefined;
        const fetch = spanOf(server?.parentSpanId);
        if (server && fetch && fetch.service === 'gateway' && fetch.name === `fetch ${server.service}`) {
          chain = { fetch, server, consumer };
          break;
        }
      }
      if (!chain) await new Promise((r) => setTimeout(r, 500));
    }
    expect(chain).toBeDefined();
    const { fetch, server, consumer } = chain!;
    expect(new Set([fetch.traceId, server.traceId, consumer.traceId]).size).toBe(1);
    expect(consumer.service).not.toBe(server.service);
    // The gateway's own request span is the fetch's parent, in the same trace.
    expect(spanOf(fetch.parentSpanId)).toMatchObject({ service: 'gateway', traceId: fetch.traceId });

    // And on to the worker: an SMS job continues the trace of the event that created the message.
    const sendInGatewayTrace = () =>
      spans.find(
        (s) =>
          s.name === 'send-sms' &&
          s.service === 'notification-worker' &&
          spanOf(s.parentSpanId)?.name.startsWith('consume ') &&
          spanOf(s.parentSpanId)?.service === 'notification' &&
          spans.some((g) => g.service === 'gateway' && g.traceId === s.traceId),
      );
    for (let i = 0; i < 60 && !sendInGatewayTrace(); i++) await new Promise((r) => setTimeout(r, 500));
    expect(sendInGatewayTrace()).toBeDefined();
  }, 60_000);

  it('serves /metrics on no public port: the GraphQL ports answer 404', async () => {
    for (const url of [platform.gatewayUrl, ...Object.values(platform.subgraphUrls)]) {
      expect((await fetch(url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    }
  });

  it("records the demo's operations in the gateway, per operation and outcome, and its fetches per subgraph", () => {
    const gateway = metrics.gateway!;
    // The demo logs in, registers an employer, reviews it and reads the SMS: each is a named operation.
    for (const operation of ['Login', 'Register', 'Review', 'Messages', 'Notice'])
      expect(
        total(gateway, 'graphql_operation_duration_seconds_count', {
          operation,
          subgraph: 'gateway',
          outcome: 'ok',
        }),
      ).toBeGreaterThan(0);
    for (const subgraph of SERVICE_NAMES)
      expect(
        total(gateway, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph, outcome: 'ok' }),
      ).toBeGreaterThan(0);
  });

  it.each(SERVICE_NAMES.map((s) => [s]))('%s: non-zero operation, event and queue series', (service) => {
    const samples = metrics[service]!;
    expect(total(samples, 'graphql_operation_duration_seconds_count', { subgraph: service })).toBeGreaterThan(
      0,
    );
    if (service !== 'employer-registration') {
      // Every consumer but employer-registration (forgery only, which the demo does not find) handled events.
      expect(eventsConsumedBy(service).length).toBeGreaterThan(0);
      expect(
        total(samples, 'events_handled_total', { consumer: service, outcome: 'handled' }),
      ).toBeGreaterThan(0);
      expect(
        total(samples, 'queue_job_duration_seconds_count', {
          queue: `${service}.events`,
          outcome: 'completed',
        }),
      ).toBeGreaterThan(0);
      expect(
        total(samples, 'queue_jobs', { queue: `${service}.events`, state: 'completed' }),
      ).toBeGreaterThan(0);
    } else {
      expect(
        samples.some((s) => s.name === 'queue_jobs' && s.labels.queue === 'employer-registration.events'),
      ).toBe(true);
    }
    // Every service that publishes events published some (notification only consumes). Its API
    // and its worker each run an outbox relay, and the process that wrote a row wakes its own relay
    // first: archive-verification's events (written by its worker) are all published there.
    const ofService = [...samples, ...(metrics[`${service} worker`] ?? [])];
    if (Object.values(eventCatalogue).some((event) => event.source === service))
      expect(total(ofService, 'events_published_total', { source: service })).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'outbox_lag_seconds' && s.labels.subgraph === service)).toBe(true);
  });

  it('notification: SMS by status and provider; its worker: sends per provider and job durations', () => {
    const notification = metrics.notification!;
    expect(
      total(notification, 'sms_messages', { status: 'DELIVERED' }) +
        total(notification, 'sms_messages', { status: 'SENDING' }),
    ).toBeGreaterThan(0);
    expect(notification.every((s) => s.name !== 'sms_messages' || s.labels.provider)).toBe(true);
    expect(
      total(notification, 'queue_jobs', { queue: 'notification.sms', state: 'completed' }),
    ).toBeGreaterThan(0);
    const worker = metrics['notification worker']!;
    expect(total(worker, 'sms_send_attempts_total', { outcome: 'accepted' })).toBeGreaterThan(0);
    expect(
      total(worker, 'queue_job_duration_seconds_count', { queue: 'notification.sms', outcome: 'completed' }),
    ).toBeGreaterThan(0);
    const checks = metrics['archive-verification worker']!;
    expect(
      total(checks, 'queue_job_duration_seconds_count', {
        queue: 'archive-verification.tasks',
        outcome: 'completed',
      }),
    ).toBeGreaterThan(0);
  });

  it('the alert rules and the Grafana dashboard use only metrics the processes export', () => {
    const rules = parseYaml(
      fs.readFileSync(path.join(deploy, 'monitoring/prometheus-rules.yaml'), 'utf8'),
    ) as {
      spec: { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> };
    };
    const alerts = rules.spec.groups.flatMap((g) => g.rules);
    expect(alerts.map((a) => a.alert)).toEqual(
      expect.arrayContaining([
        'ApplicationsOverdue',
        'QueueJobsFailed',
        'OutboxLagging',
        'SmsFailureRateHigh',
      ]),
    );
    const dashboard = JSON.parse(
      fs.readFileSync(path.join(deploy, 'monitoring/grafana-dashboard.json'), 'utf8'),
    ) as {
      panels: Array<{ title: string; targets?: Array<{ expr: string }> }>;
    };
    const expressions = [
      ...alerts.map((a) => a.expr),
      ...dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr)),
    ];
    expect(expressions.length).toBeGreaterThan(8);
    const unknown = [...new Set(expressions.flatMap(metricNamesIn))].filter((name) => !exported.has(name));
    expect(unknown).toEqual([]);
  });
});
