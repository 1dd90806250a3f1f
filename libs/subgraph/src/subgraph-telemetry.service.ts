import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@points/config';
import { queuesOwnedBy } from '@points/events';
import {
  outboxLagSeconds,
  outboxUnsent,
  queueJobs,
  startMetricsServer,
  type MetricsServer,
} from '@points/observability';
import { REDIS_CONNECTION, SERVICE_CONFIG } from './subgraph.tokens';

const JOB_STATES = [
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'waiting-children',
  'failed',
  'completed',
] as const;

/**
 * The subgraph's `/metrics` on its own port (config.metricsPort), with what it can count at
 * scrape time: the depth of each queue it owns, per state, and its outbox lag.
 */
@Injectable()
export class SubgraphTelemetryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SubgraphTelemetryService.name);
  private readonly removals: Array<() => void> = [];
  private readonly queues: Queue[] = [];
  private server: MetricsServer | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.schemaOnly) return;
    const { service, databaseSchema, redisPrefix } = this.config;
    for (const name of queuesOwnedBy(service)) {
      const queue = new Queue(name, { connection: this.redis, prefix: redisPrefix });
      queue.on('error', () => undefined); // Redis away: that scrape leaves the gauge out.
      this.queues.push(queue);
      this.removals.push(
        queueJobs.add(async () => {
          const counts = await queue.getJobCounts(...JOB_STATES);
          return JOB_STATES.map((state) => ({ labels: { queue: name, state }, value: counts[state] ?? 0 }));
        }),
      );
    }
    const outbox = async (): Promise<{ unsent: number; lag: number }> => {
      const [row] = await this.dataSource.query<Array<{ unsent: number; lag: number }>>(
        `SELECT count(*)::int AS unsent,
                COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS lag
           FROM "${databaseSchema}".outbox WHERE sent_at IS NULL`,
      );
      return row ?? { unsent: 0, lag: 0 };
    };
    this.removals.push(
      outboxLagSeconds.add(async () => [{ labels: { subgraph: service }, value: (await outbox()).lag }]),
      outboxUnsent.add(async () => [{ labels: { subgraph: service }, value: (await outbox()).unsent }]),
    );
    if (this.config.metricsPort !== undefined) {
      this.server = await startMetricsServer(this.config.metricsPort);
      this.logger.log(`metrics on http://localhost:${this.server.port}/metrics`);
    }
  }

  /** Where `/metrics` answers, once started (undefined when the metrics port is off). */
  metricsPort(): number | undefined {
    return this.server?.port;
  }

  async onApplicationShutdown(): Promise<void> {
    for (const remove of this.removals.splice(0)) remove();
    await this.server?.close();
    await Promise.all(this.queues.splice(0).map((queue) => queue.close()));
  }
}
