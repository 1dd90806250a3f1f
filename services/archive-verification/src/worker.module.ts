import { Module, type DynamicModule } from '@nestjs/common';
import { loadServiceConfig, type ServiceConfig } from '@points/config';
import { WorkerCoreModule } from '@points/subgraph';
import { ENTITIES, resolveVerificationSettings } from './app.module';
import { VerificationCoreModule } from './verification-core.module';
import type { VerificationSettings } from './verification-settings';
import { TaskQueueService } from './verification-tasks/task-queue.service';
import { TaskWorkerService } from './verification-tasks/task-worker.service';

/**
 * The verification worker process: the platform's worker core (config, logging, TypeORM, Redis,
 * PII keys, and the outbox relay: results publish case-completed), the dispatcher and the task
 * worker. No GraphQL and no HTTP server: the API process (main.ts) serves those.
 */
@Module({})
export class WorkerModule {
  static forRoot(
    overrides: Partial<ServiceConfig> = {},
    settings?: Partial<VerificationSettings>,
  ): DynamicModule {
    const config: ServiceConfig = { ...loadServiceConfig('archive-verification'), ...overrides };
    return {
      module: WorkerModule,
      imports: [
        WorkerCoreModule.forRoot({ config, entities: ENTITIES, outbox: true }),
        VerificationCoreModule.forRoot(resolveVerificationSettings(config, settings)),
      ],
      providers: [TaskQueueService, TaskWorkerService],
    };
  }
}
