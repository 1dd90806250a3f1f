import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Worker } from 'bullmq';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { startWorker, type StartWorkerOptions } from '@points/db';
import { QueueName } from '@points/events';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { DailyJobScheduler } from '../daily-jobs/daily-job-scheduler';
import { CalendarYearsService } from './calendar-years.service';
import { DeadlineRecomputeService } from './deadline-recompute.service';

export const DEADLINE_RECOMPUTE_SCHEDULER_ID = 'daily-deadline-recompute';
export const DEADLINE_RECOMPUTE_JOB_NAME = 'recompute-deadlines';
/** Every day at 01:30 Shanghai time, before the overdue pass (01:45) judges the deadlines. */
export const DEADLINE_RECOMPUTE_PATTERN = '0 30 1 * * *';

/**
 * Recomputes deadlines when the calendar changed: enqueued after each HRSS entry (`runNow`) and
 * daily, which re-drives an enqueue that was lost. The job first reads the entries from the
 * database, so the replica that runs it counts with the data just committed.
 */
@Injectable()
export class DeadlineRecomputeScheduler extends DailyJobScheduler<typeof QueueName.ApplicationDeadlines> {
  constructor(
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(REDIS_CONNECTION) redis: IORedis,
    private readonly recompute: DeadlineRecomputeService,
    // Looked up when the job runs: CalendarYearsService itself asks this scheduler for runNow().
    private readonly moduleRef: ModuleRef,
  ) {
    super(config, redis, {
      queue: QueueName.ApplicationDeadlines,
      job: DEADLINE_RECOMPUTE_JOB_NAME,
      schedulerId: DEADLINE_RECOMPUTE_SCHEDULER_ID,
      pattern: DEADLINE_RECOMPUTE_PATTERN,
      what: 'deadline recompute',
    });
  }

  protected startWorker(options: StartWorkerOptions): Worker {
    return startWorker(
      QueueName.ApplicationDeadlines,
      {
        [DEADLINE_RECOMPUTE_JOB_NAME]: async () => {
          await this.moduleRef.get(CalendarYearsService, { strict: false }).reload();
          return this.recompute.run();
        },
      },
      options,
    );
  }
}
