import { Global, Module, type DynamicModule } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BlindIndex, PiiCipher } from '@points/crypto';
import { OutboxService } from '@points/subgraph';
import { createRegistries } from './registries/registries.factory';
import { REGISTRIES, type Registries } from './registries/registry.types';
import { CaseCompletion } from './verification-cases/case-completion/case-completion';
import { VerificationCaseRepository } from './verification-cases/verification-case.repository';
import { TaskProcessor } from './verification-tasks/jobs/verify-task.job';
import { VerificationTaskRepository } from './verification-tasks/verification-task.repository';
import { VERIFICATION_SETTINGS, type VerificationSettings } from './verification-settings';

/** Settings, registries, the write paths and the task processor, shared by the API and the worker process. */
@Global()
@Module({})
export class VerificationCoreModule {
  static forRoot(settings: VerificationSettings): DynamicModule {
    return {
      module: VerificationCoreModule,
      providers: [
        { provide: VERIFICATION_SETTINGS, useValue: settings },
        VerificationCaseRepository,
        VerificationTaskRepository,
        CaseCompletion,
        {
          provide: REGISTRIES,
          inject: [getDataSourceToken(), BlindIndex],
          useFactory: (dataSource: DataSource, blindIndex: BlindIndex): Registries =>
            createRegistries(settings.registries, dataSource, blindIndex),
        },
        {
          provide: TaskProcessor,
          inject: [
            getDataSourceToken(),
            PiiCipher,
            REGISTRIES,
            OutboxService,
            VerificationCaseRepository,
            VerificationTaskRepository,
            CaseCompletion,
          ],
          useFactory: (
            dataSource: DataSource,
            cipher: PiiCipher,
            registries: Registries,
            outbox: OutboxService,
            cases: VerificationCaseRepository,
            tasks: VerificationTaskRepository,
            completion: CaseCompletion,
          ) => new TaskProcessor({ dataSource, cipher, registries, outbox, cases, tasks, completion }),
        },
      ],
      exports: [
        VERIFICATION_SETTINGS,
        REGISTRIES,
        VerificationCaseRepository,
        VerificationTaskRepository,
        CaseCompletion,
        TaskProcessor,
      ],
    };
  }
}
