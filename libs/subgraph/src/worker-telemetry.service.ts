import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { ServiceConfig } from '@points/config';
import { collectProcessMetrics, startMetricsServer, type MetricsServer } from '@points/observability';
import { SERVICE_CONFIG } from './subgraph.tokens';

/**
 * A queue worker process's `/metrics` (job durations, SMS attempts, process defaults) on its own
 * port (config.workerMetricsPort): the worker serves no other HTTP.
 */
@Injectable()
export class WorkerTelemetryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerTelemetryService.name);
  private server: MetricsServer | undefined;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    collectProcessMetrics(`${this.config.service}-worker`);
    if (this.config.workerMetricsPort === undefined) return;
    this.server = await startMetricsServer(this.config.workerMetricsPort);
    this.logger.log(`metrics on http://localhost:${this.server.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}
