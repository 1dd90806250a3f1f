import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@points/config';
import { SubgraphCoreModule } from '@points/subgraph';
import { ArchiveSettingsModule } from './archive-settings/archive-settings.module';
import { DistrictArchiveSetting } from './archive-settings/district-archive-setting.entity';
import { MIGRATIONS } from './migrations';
import { RegistriesModule } from './registries/registries.module';
import { CaseOpeningModule } from './verification-cases/case-opening/case-opening.module';
import { VerificationCase } from './verification-cases/verification-case.entity';
import { VerificationCasesModule } from './verification-cases/verification-cases.module';
import { VerificationCoreModule } from './verification-core.module';
import { loadVerificationSettings, type VerificationSettings } from './verification-settings';
import { VerificationTask } from './verification-tasks/verification-task.entity';

export const ENTITIES = [VerificationCase, VerificationTask, DistrictArchiveSetting];

/** The settings of this process: the environment's, with overrides (tests). */
export function resolveVerificationSettings(
  config: Partial<ServiceConfig> | undefined,
  overrides: Partial<VerificationSettings> = {},
): VerificationSettings {
  const nodeEnv = config?.nodeEnv ?? loadNodeEnv();
  return { ...loadVerificationSettings(process.env, nodeEnv), ...overrides };
}

function loadNodeEnv(): ServiceConfig['nodeEnv'] {
  const value = process.env.NODE_ENV;
  return value === 'production' || value === 'test' ? value : 'development';
}

/**
 * archive-verification: archive retrieval, education and other registry checks. The API process
 * consumes `application.accepted`, opens cases, dispatches task jobs and serves the queues;
 * the jobs run in worker processes (worker.ts).
 */
@Module({})
export class AppModule {
  static forRoot(config?: Partial<ServiceConfig>, settings?: Partial<VerificationSettings>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SubgraphCoreModule.forRoot({
          service: 'archive-verification',
          entities: ENTITIES,
          migrations: MIGRATIONS,
          config,
        }),
        VerificationCoreModule.forRoot(resolveVerificationSettings(config, settings)),
        CaseOpeningModule,
        VerificationCasesModule,
        ArchiveSettingsModule,
        RegistriesModule,
      ],
    };
  }
}
