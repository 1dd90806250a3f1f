import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@points/config';
import { SubgraphCoreModule } from '@points/subgraph';
import { RuleSet } from './rule-sets/rule-set.entity';
import { RuleSetsModule } from './rule-sets/rule-sets.module';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [RuleSet];

/** scoring: rule sets, wage table, assessments, public simulation. */
@Module({})
export class AppModule {
  static forRoot(config?: Partial<ServiceConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SubgraphCoreModule.forRoot({
          service: 'scoring',
          entities: ENTITIES,
          migrations: MIGRATIONS,
          config,
        }),
        RuleSetsModule,
      ],
    };
  }
}
