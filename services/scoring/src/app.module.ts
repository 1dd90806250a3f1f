import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@points/config';
import { SubgraphCoreModule } from '@points/subgraph';
import { Assessment } from './assessments/assessment.entity';
import { AssessmentsModule } from './assessments/assessments.module';
import { ScoringRequestFailure } from './assessments/scoring-request-failure.entity';
import { MIGRATIONS } from './migrations';
import { RuleSetChange } from './rule-sets/rule-set-change.entity';
import { RuleSet } from './rule-sets/rule-set.entity';
import { RuleSetsModule } from './rule-sets/rule-sets.module';
import './scores/score-enums';
import { SimulationModule } from './simulation/simulation.module';

export const ENTITIES = [RuleSet, RuleSetChange, Assessment, ScoringRequestFailure];

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
        SimulationModule,
        AssessmentsModule,
      ],
    };
  }
}
