import { Global, Module } from '@nestjs/common';
import type { EventHandlers } from '@points/db';
import { EVENT_HANDLERS } from '@points/subgraph';
import { AccountsCoreModule } from '../accounts/accounts-core.module';
import { PointsValidityHandler } from '../accounts/points-validity.handler';
import { EmployersModule } from '../employers/employers.module';
import { ForgeryCasesResolver } from '../forgery-cases/forgery-cases.resolver';
import { ForgeryCasesService } from '../forgery-cases/forgery-cases.service';
import { ForgeryFoundHandler } from './forgery-found.handler';
import { SanctionsResolver } from './sanctions.resolver';
import { SanctionsService } from './sanctions.service';

/**
 * Sanctions (the employer's; the individual's forgery cases), and the events this service consumes (forgery findings; and the points validity the
 * accounts need for a holder's own employer switch). Global only so that the core module's event
 * consumer can inject EVENT_HANDLERS.
 */
@Global()
@Module({
  imports: [EmployersModule, AccountsCoreModule],
  providers: [
    SanctionsResolver,
    SanctionsService,
    ForgeryCasesService,
    ForgeryCasesResolver,
    ForgeryFoundHandler,
    {
      provide: EVENT_HANDLERS,
      inject: [ForgeryFoundHandler, PointsValidityHandler],
      useFactory: (forgery: ForgeryFoundHandler, points: PointsValidityHandler): EventHandlers => ({
        'verification.forgery-found': forgery.handle,
        'application.points-validity-changed': points.handle,
      }),
    },
  ],
  exports: [EVENT_HANDLERS],
})
export class SanctionsModule {}
