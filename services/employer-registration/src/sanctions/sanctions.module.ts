import { Global, Module } from '@nestjs/common';
import type { EventHandlers } from '@points/db';
import { EVENT_HANDLERS } from '@points/subgraph';
import { AccountsCoreModule } from '../accounts/accounts-core.module';
import { EmployersModule } from '../employers/employers.module';
import { ForgeryFoundHandler } from './forgery-found.handler';
import { SanctionsResolver } from './sanctions.resolver';
import { SanctionsService } from './sanctions.service';

/**
 * Sanctions, and the events this service consumes (all of them are about sanctions). Global only
 * so that the core module's event consumer can inject EVENT_HANDLERS.
 */
@Global()
@Module({
  imports: [EmployersModule, AccountsCoreModule],
  providers: [
    SanctionsResolver,
    SanctionsService,
    ForgeryFoundHandler,
    {
      provide: EVENT_HANDLERS,
      inject: [ForgeryFoundHandler],
      useFactory: (forgery: ForgeryFoundHandler): EventHandlers => ({
        'verification.forgery-found': forgery.handle,
      }),
    },
  ],
  exports: [EVENT_HANDLERS],
})
export class SanctionsModule {}
