import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { CalendarYearsResolver } from './calendar-years.resolver';
import { CalendarYearsService } from './calendar-years.service';
import { DeadlineRecomputeScheduler } from './deadline-recompute-scheduler.service';
import { DeadlineRecomputeRunRepository } from './deadline-recompute-run.repository';
import { DeadlineRecomputeService } from './deadline-recompute.service';
import { PublishedCalendarRepository } from './published-calendar.repository';

/** The working-day calendar's published years (HRSS) and the recomputation of deadlines they move. */
@Module({
  imports: [ApplicationsModule],
  providers: [
    PublishedCalendarRepository,
    CalendarYearsService,
    CalendarYearsResolver,
    DeadlineRecomputeRunRepository,
    DeadlineRecomputeService,
    DeadlineRecomputeScheduler,
  ],
})
export class CalendarModule {}
