import { Global, Module } from '@nestjs/common';
import type { EventHandlers } from '@points/db';
import { EVENT_HANDLERS } from '@points/subgraph';
import { ApplicationLifecycleService } from '../applications/application-lifecycle.service';
import { ApplicationsModule } from '../applications/applications.module';
import { ProjectionsService } from '../projections/projections.service';
import { StaffDirectory } from '../projections/staff-directory.service';

/**
 * The events the catalogue routes to `application` (checked at boot): each runs inside the inbox
 * transaction, so a redelivered event is dropped; the state guards in the handlers drop late ones.
 */
@Global()
@Module({
  imports: [ApplicationsModule],
  providers: [
    {
      provide: EVENT_HANDLERS,
      inject: [ProjectionsService, ApplicationLifecycleService, StaffDirectory],
      useFactory: (
        projections: ProjectionsService,
        lifecycle: ApplicationLifecycleService,
        staff: StaffDirectory,
      ): EventHandlers => ({
        'employer.status-changed': (event, manager) => projections.onEmployerStatusChanged(event, manager),
        'applicant.employment-changed': (event, manager) => projections.onEmploymentChanged(event, manager),
        'staff.account-changed': (event, manager) => staff.onStaffAccountChanged(event, manager),
        'verification.case-completed': (event, manager) => lifecycle.onVerificationCompleted(event, manager),
        'verification.renewal-facts-verified': (event, manager) =>
          lifecycle.onRenewalFactsVerified(event, manager),
        'score.assessed': (event, manager) => lifecycle.onScoreAssessed(event, manager),
        'score.assessment-failed': (event, manager) => lifecycle.onAssessmentFailed(event, manager),
        'residence-permit.cancelled': (event, manager) => lifecycle.onPermitCancelled(event, manager),
      }),
    },
  ],
  exports: [EVENT_HANDLERS],
})
export class ApplicationEventHandlersModule {}
