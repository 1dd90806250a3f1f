import { Global, Module } from '@nestjs/common';
import { EVENT_HANDLERS } from '@points/subgraph';
import { RuleSetsModule } from '../rule-sets/rule-sets.module';
import { AssessmentLoaderFactory } from './assessment.loaders';
import { AssessmentsResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';
import { scoringEventHandlers } from './scoring-requested.handler';

/**
 * Global only to export EVENT_HANDLERS: the event consumer lives in the (global) SubgraphCoreModule
 * and finds the handlers through the global scope.
 */
@Global()
@Module({
  imports: [RuleSetsModule],
  providers: [
    AssessmentsResolver,
    AssessmentsService,
    AssessmentLoaderFactory,
    { provide: EVENT_HANDLERS, inject: [AssessmentsService], useFactory: scoringEventHandlers },
  ],
  exports: [EVENT_HANDLERS],
})
export class AssessmentsModule {}
