import { Global, Module } from '@nestjs/common';
import type { EventHandlers } from '@points/db';
import { EVENT_HANDLERS } from '@points/subgraph';
import { CaseOpeningService } from './case-opening.service';

/** This service's event handlers (global: the core module's event consumer injects them). */
@Global()
@Module({
  providers: [
    CaseOpeningService,
    {
      provide: EVENT_HANDLERS,
      inject: [CaseOpeningService],
      useFactory: (opening: CaseOpeningService): EventHandlers => ({
        'application.accepted': async (event, manager) => {
          await opening.open(event, manager);
        },
        'application.reopened-on-appeal': async (event, manager) => {
          await opening.openOnAppeal(event, manager);
        },
        'application.renewal-review-requested': async (event, manager) => {
          await opening.openRenewalReview(event, manager);
        },
      }),
    },
  ],
  exports: [EVENT_HANDLERS, CaseOpeningService],
})
export class CaseOpeningModule {}
