import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@points/config';
import { SubgraphCoreModule } from '@points/subgraph';
import { VerificationCase } from './verification-cases/verification-case.entity';
import { VerificationCasesModule } from './verification-cases/verification-cases.module';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [VerificationCase];

/** archive-verification: archive retrieval, education and other registry checks (workers). */
@Module({})
export class AppModule {
  static forRoot(config?: Partial<ServiceConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SubgraphCoreModule.forRoot({
          service: 'archive-verification',
          entities: ENTITIES,
          migrations: MIGRATIONS,
          config,
        }),
        VerificationCasesModule,
      ],
    };
  }
}
