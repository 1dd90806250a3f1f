import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import type { DataSource, EntityManager } from 'typeorm';
import type { ServiceConfig } from '@points/config';
import { enqueueEvent, OutboxRelay } from '@points/db';
import { createEvent, type EventPayload, type EventType } from '@points/events';
import { activeTraceIds } from '@points/observability';
import { REDIS_CONNECTION, SERVICE_CONFIG } from './subgraph.tokens';

export type PublishEvent = <T extends EventType>(
  type: T,
  subject: string,
  data: EventPayload<T>,
) => Promise<void>;

/**
 * State changes that emit events go through `transaction`: the change and its outbox rows commit
 * together, and the relay is woken right after the commit (it also polls, so nothing waits long
 * if a wake is missed).
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxService.name);
  private readonly relay: OutboxRelay;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(REDIS_CONNECTION) redis: IORedis,
  ) {
    this.relay = new OutboxRelay({
      dataSource,
      schema: config.databaseSchema,
      connection: redis,
      prefix: config.redisPrefix,
      reconcile: config.redrive,
      retryDelayMs: config.eventRetryDelayMs,
      onError: (error) => this.logger.warn(`outbox relay pass failed, will retry: ${String(error)}`),
    });
  }

  async transaction<T>(work: (manager: EntityManager, publish: PublishEvent) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) =>
      work(manager, async (type, subject, data) => {
        // The request's (or the handled event's) trace travels with the event to its consumers.
        const trace = activeTraceIds();
        await enqueueEvent(
          manager,
          this.config.databaseSchema,
          createEvent(type, { subject, data, source: this.config.service, ...trace }),
        );
      }),
    );
    this.relay.wake();
    return result;
  }

  /** For tests: one reconcile pass now (re-publishes events whose job is gone from Redis). */
  reconcileNow(): ReturnType<OutboxRelay['reconcileOnce']> {
    return this.relay.reconcileOnce();
  }

  /** For tests and the benchmark: one relay pass now. */
  relayNow(): Promise<number> {
    return this.relay.relayOnce();
  }

  onApplicationBootstrap(): void {
    if (!this.config.schemaOnly) this.relay.start();
  }

  // Before, not on, application shutdown: TypeORM closes its pool in its own onApplicationShutdown,
  // and a relay pass or event in flight must finish (or roll back) on an open connection.
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
