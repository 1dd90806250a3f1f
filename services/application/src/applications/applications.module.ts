import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppealsResolver } from '../appeals/appeals.resolver';
import { AppealRepository } from '../appeals/appeal.repository';
import { AppealsService } from '../appeals/appeals.service';
import { ApplicationClock } from '../clock/application-clock';
import { EmployerApplicationsResolver } from '../employers/employer-applications.resolver';
import { ApplicationHistoryService } from '../history/application-history.service';
import { PointsNoticeResolver } from '../notice/points-notice.resolver';
import { PointsNoticeService } from '../notice/points-notice.service';
import { OverdueSchedulerService } from '../overdue/overdue-scheduler.service';
import { OverdueResolver } from '../overdue/overdue.resolver';
import { OverdueService } from '../overdue/overdue.service';
import { RenewalRemindersService } from '../renewals/renewal-reminders.service';
import { RenewalSchedulerService } from '../renewals/renewal-scheduler.service';
import { RenewalWindowResolver } from '../renewals/renewal-window.resolver';
import { ProjectionsService } from '../projections/projections.service';
import { StaffDirectory } from '../projections/staff-directory.service';
import { ReviewQueueResolver } from '../review-queue/review-queue.resolver';
import { ReviewQueueService } from '../review-queue/review-queue.service';
import { StatisticsResolver } from '../statistics/statistics.resolver';
import { StatisticsService } from '../statistics/statistics.service';
import { StatisticsRebuildOnBoot } from '../statistics/statistics-rebuild-on-boot';
import { OverdueApplicationsMetric } from '../review-queue/overdue-applications.metric';
import { ApplicationLifecycleService } from './application-lifecycle.service';
import { Application } from './application.entity';
import { ApplicationLoaderFactory } from './application.loaders';
import { ApplicationRepository } from './application.repository';
import { ApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';
import { ReceiptNumbers } from './receipt-numbers';

@Module({
  imports: [TypeOrmModule.forFeature([Application])],
  providers: [
    ApplicationClock,
    ApplicationHistoryService,
    ProjectionsService,
    StaffDirectory,
    ApplicationRepository,
    ApplicationsService,
    ReceiptNumbers,
    ApplicationLifecycleService,
    ApplicationLoaderFactory,
    ApplicationsResolver,
    EmployerApplicationsResolver,
    ReviewQueueService,
    OverdueApplicationsMetric,
    ReviewQueueResolver,
    PointsNoticeService,
    PointsNoticeResolver,
    RenewalRemindersService,
    RenewalSchedulerService,
    OverdueService,
    OverdueSchedulerService,
    OverdueResolver,
    RenewalWindowResolver,
    AppealRepository,
    AppealsService,
    AppealsResolver,
    StatisticsService,
    StatisticsResolver,
    StatisticsRebuildOnBoot,
  ],
  exports: [
    ApplicationRepository,
    ApplicationsService,
    ApplicationLifecycleService,
    ProjectionsService,
    StaffDirectory,
    ApplicationClock,
    ApplicationHistoryService,
  ],
})
export class ApplicationsModule {}
