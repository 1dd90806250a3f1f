import { Inject, Injectable } from '@nestjs/common';
import type { Worker } from 'bullmq';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { startWorker, type StartWorkerOptions } from '@points/db';
import { QueueName } from '@points/events';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { ApplicationClock } from '../clock/application-clock';
import { DailyJobScheduler } from '../daily-jobs/daily-job-scheduler';
import { OverdueService } from './overdue.service';

export const OVERDUE_SCHEDULER_ID = 'daily-overdue';
export const OVERDUE_JOB_NAME = 'overdue';
/** Every day at 01:45 Shanghai time, after the renewal pass and before offices open. */
export const OVERDUE_PATTERN = '0 45 1 * * *';

/** The daily overdue pass: expire long waits, escalate late reviews (OverdueService). */
@Injectable()
export class OverdueSchedulerService extends DailyJobScheduler<typeof QueueName.ApplicationOverdue> {
  constructor(
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(REDIS_CONNECTION) redis: IORedis,
    private readonly overdue: OverdueService,
    private readonly clock: ApplicationClock,
  ) {
    super(config, redis, {
      queue: QueueName.ApplicationOverdue,
      job: OVERDUE_JOB_NAME,
      schedulerId: OVERDUE_SCHEDULER_ID,
      pattern: OVERDUE_PATTERN,
      what: 'overdue pass',
    });
  }

  protected startWorker(options: StartWorkerOptions): Worker {
    return startWorker(
      QueueName.ApplicationOverdue,
      { [OVERDUE_JOB_NAME]: async () => this.overdue.run(this.clock.today()) },
      options,
    );
  }
}
