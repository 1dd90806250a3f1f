import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '@points/config';
import { SERVICE_CONFIG } from '@points/subgraph';
import { StatisticsReadModel } from './statistics-read-model';

/**
 * The read model's re-drive: counters are written in the same transaction as each application
 * write, so none can be lost; but a database that had applications before the counters existed
 * (this migration on a live system, or rows bulk-loaded around the write path) starts with
 * empty counters. At boot, if there are applications and no counters, recount them all.
 */
@Injectable()
export class StatisticsRebuildOnBoot implements OnApplicationBootstrap {
  private readonly logger = new Logger(StatisticsRebuildOnBoot.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.schemaOnly) return;
    const [row]: Array<{ missing: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM application.application)
          AND NOT EXISTS (SELECT 1 FROM application.statistics_state_count) AS missing`,
    );
    if (!row?.missing) return;
    await this.dataSource.transaction((manager) => new StatisticsReadModel().rebuild(manager));
    this.logger.log('statistics read model rebuilt from the application table');
  }
}
