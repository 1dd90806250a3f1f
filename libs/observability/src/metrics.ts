import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';

let defaultsCollected = false;

/** Process metrics once per process (several Nest apps can share one process in tests). */
export function collectProcessMetrics(service: string): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  register.setDefaultLabels({ service });
  collectDefaultMetrics();
}

function metric<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

/**
 * Every GraphQL operation: in a subgraph `subgraph` is that subgraph; in the gateway it is
 * `gateway` for the whole operation. `outcome` is `ok` or the first error's code.
 */
export const graphqlOperationDuration = metric(
  'graphql_operation_duration_seconds',
  () =>
    new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operations by operation name, subgraph and outcome (ok or the first error code)',
      labelNames: ['operation', 'subgraph', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    }),
);

/** The gateway's fetches from each subgraph (one operation may make several). */
export const gatewaySubgraphFetchDuration = metric(
  'gateway_subgraph_fetch_duration_seconds',
  () =>
    new Histogram({
      name: 'gateway_subgraph_fetch_duration_seconds',
      help: 'Gateway requests to a subgraph, by subgraph and outcome (ok, error, unreachable)',
      labelNames: ['subgraph', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    }),
);

/** Events consumed: `handled`, `duplicate` (already in the inbox: redelivery) or `failed`. */
export const eventsHandledTotal = metric(
  'events_handled_total',
  () =>
    new Counter({
      name: 'events_handled_total',
      help: 'Events consumed, by event type, consuming service and outcome (handled, duplicate, failed)',
      labelNames: ['type', 'consumer', 'outcome'],
    }),
);

/** Work put back to wait because PostgreSQL or Redis did not answer (not a failure: no attempt used). */
export const dependencyWaitsTotal = metric(
  'dependency_waits_total',
  () =>
    new Counter({
      name: 'dependency_waits_total',
      help: 'Jobs that waited for PostgreSQL or Redis to come back, by queue and error code',
      labelNames: ['queue', 'code'],
    }),
);

/** Lost work found and handed out again (its job gone from Redis, e.g. after FLUSHALL). */
export const redrivenTotal = metric(
  'redriven_total',
  () =>
    new Counter({
      name: 'redriven_total',
      help: 'Outbox events and verification tasks re-published because their job was gone, by kind and consumer',
      labelNames: ['kind', 'consumer'],
    }),
);

/** Events relayed from a service's outbox to its consumers' queues (a republished row counts again). */
export const eventsPublishedTotal = metric(
  'events_published_total',
  () =>
    new Counter({
      name: 'events_published_total',
      help: 'Events relayed from the outbox to the consumers queues, by event type and source service',
      labelNames: ['type', 'source'],
    }),
);

/** How long a BullMQ job ran (processedOn → finishedOn), per queue, `completed` or `failed`. */
export const queueJobDuration = metric(
  'queue_job_duration_seconds',
  () =>
    new Histogram({
      name: 'queue_job_duration_seconds',
      help: 'Queue jobs by queue and outcome (completed, failed), from start to finish',
      labelNames: ['queue', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    }),
);

/** SMS send attempts from the worker, per provider and outcome. */
export const smsSendAttemptsTotal = metric(
  'sms_send_attempts_total',
  () =>
    new Counter({
      name: 'sms_send_attempts_total',
      help: 'SMS send attempts by provider and outcome (accepted, rejected, error)',
      labelNames: ['provider', 'outcome'],
    }),
);

/** One labelled value of a gauge read at scrape time. */
export interface GaugeSample {
  labels?: Record<string, string>;
  value: number;
}

type GaugeSource = () => Promise<GaugeSample[]>;

/**
 * A gauge whose values are read when Prometheus scrapes (queue depth, outbox lag, SMS per status):
 * state that lives in PostgreSQL or Redis, counted on demand instead of tracked in memory, so
 * every replica reports the same truth and a restart loses nothing. Each running app adds its
 * source and removes it on shutdown; a source that fails leaves the gauge out of that scrape.
 */
export class ScrapeGauge {
  private readonly sources = new Set<GaugeSource>();
  readonly gauge: Gauge;

  constructor(name: string, help: string, labelNames: string[]) {
    const sources = this.sources;
    this.gauge = metric(
      name,
      () =>
        new Gauge({
          name,
          help,
          labelNames,
          async collect() {
            this.reset();
            const results = await Promise.allSettled([...sources].map((source) => source()));
            for (const result of results) {
              if (result.status !== 'fulfilled') continue;
              for (const sample of result.value) {
                if (sample.labels) this.set(sample.labels, sample.value);
                else this.set(sample.value);
              }
            }
          },
        }),
    );
  }

  /** Adds a source; returns the function that removes it. */
  add(source: GaugeSource): () => void {
    this.sources.add(source);
    return () => this.sources.delete(source);
  }
}

const scrapeGauges = new Map<string, ScrapeGauge>();
function scrapeGauge(name: string, help: string, labelNames: string[]): ScrapeGauge {
  let gauge = scrapeGauges.get(name);
  if (!gauge) scrapeGauges.set(name, (gauge = new ScrapeGauge(name, help, labelNames)));
  return gauge;
}

export const queueJobs = scrapeGauge(
  'queue_jobs',
  'Jobs in a queue by state (waiting, active, delayed, prioritized, waiting-children, failed, completed)',
  ['queue', 'state'],
);
export const outboxLagSeconds = scrapeGauge(
  'outbox_lag_seconds',
  'Age of the oldest outbox row not yet relayed to Redis (0 when nothing waits)',
  ['subgraph'],
);
export const outboxUnsent = scrapeGauge('outbox_unsent', 'Outbox rows not yet relayed to Redis', [
  'subgraph',
]);
export const smsMessages = scrapeGauge('sms_messages', 'SMS messages by status and provider', [
  'status',
  'provider',
]);
export const applicationsOverdue = scrapeGauge(
  'applications_overdue',
  'Applications waiting for the centre past their working-day deadline, by district',
  ['district'],
);

/** Records a finished BullMQ job's run time (`completed`/`failed` events of a Worker). */
export function observeJob(
  queue: string,
  outcome: 'completed' | 'failed',
  job: { processedOn?: number; finishedOn?: number } | undefined,
): void {
  if (!job?.processedOn) return;
  const finished = job.finishedOn ?? Date.now();
  queueJobDuration.observe({ queue, outcome }, Math.max(0, finished - job.processedOn) / 1000);
}

/** Anything with BullMQ Worker's `completed`/`failed` events. */
interface WorkerEvents {
  readonly name: string;
  on(event: 'completed', listener: (job: { processedOn?: number; finishedOn?: number }) => void): unknown;
  on(
    event: 'failed',
    listener: (job: { processedOn?: number; finishedOn?: number } | undefined, error: Error) => void,
  ): unknown;
}

/** Job durations of a worker, per its queue. */
export function instrumentWorker<W extends WorkerEvents>(worker: W): W {
  worker.on('completed', (job) => observeJob(worker.name, 'completed', job));
  worker.on('failed', (job) => observeJob(worker.name, 'failed', job));
  return worker;
}

/** Prometheus label value of a GraphQL operation name: bounded, so a caller cannot flood the series. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'invalid';
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * `/metrics` on its own port (METRICS_PORT): the NetworkPolicy admits Prometheus to this port
 * only, and the public port (GraphQL) never serves it.
 */
export function startMetricsServer(port: number, host = '0.0.0.0'): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/metrics' || req.url?.startsWith('/metrics?'))) {
      register.metrics().then(
        (body) => {
          res.writeHead(200, { 'content-type': register.contentType });
          res.end(body);
        },
        (error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`metrics unavailable: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found: this port serves GET /metrics only');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
