import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@points/config';
import { EventConsumer, type EventHandlers } from '@points/db';
import { REDIS_CONNECTION, SERVICE_CONFIG } from './subgraph.tokens';

/** Provide this token (a factory returning the handlers) to make a service consume its events. */
export const EVENT_HANDLERS = Symbol('EVENT_HANDLERS');

/** Runs the service's `<service>.events` worker, if the service declares handlers. */
@Injectable()
export class EventConsumerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EventConsumerService.name);
  private consumer: EventConsumer | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    @Optional() @Inject(EVENT_HANDLERS) private readonly handlers?: EventHandlers,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.handlers || this.config.schemaOnly) return;
    this.consumer = new EventConsumer({
      service: this.config.service,
      dataSource: this.dataSource,
      schema: this.config.databaseSchema,
      connection: this.redis,
      prefix: this.config.redisPrefix,
      handlers: this.handlers,
      onError: (error, job) => this.logger.error(`event ${job?.id ?? '?'} failed: ${String(error)}`),
      onWait: (error, job, delayMs) =>
        this.logger.warn(`event ${job.id ?? '?'} waits ${delayMs} ms for the database: ${String(error)}`),
    });
    this.consumer.start();
  }

  // Before, not on, application shutdown: TypeORM closes its pool in its own onApplicationShutdown,
  // and a relay pass or event in flight must finish (or roll back) on an open connection.
  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}
