import { Inject, Injectable } from '@nestjs/common';
import type { Worker } from 'bullmq';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { startWorker, type StartWorkerOptions } from '@points/db';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { ApplicationClock } from '../clock/application-clock';
import { DailyJobScheduler } from '../daily-jobs/daily-job-scheduler';
import {
  ApplicationQueueName,
  RENEWAL_REMINDER_JOB,
  RENEWAL_REMINDER_PATTERN,
  RENEWAL_REMINDER_SCHEDULER_ID,
} from './application-queues.constant';
import { RenewalRemindersService } from './renewal-reminders.service';

/** The daily renewal reminders and points lapse (RenewalRemindersService; its table's keys make a rerun harmless). */
@Injectable()
export class RenewalSchedulerService extends DailyJobScheduler<typeof ApplicationQueueName.RenewalReminders> {
  constructor(
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(REDIS_CONNECTION) redis: IORedis,
    private readonly reminders: RenewalRemindersService,
    private readonly clock: ApplicationClock,
  ) {
    super(config, redis, {
      queue: ApplicationQueueName.RenewalReminders,
      job: RENEWAL_REMINDER_JOB,
      schedulerId: RENEWAL_REMINDER_SCHEDULER_ID,
      pattern: RENEWAL_REMINDER_PATTERN,
      what: 'renewal reminders',
    });
  }

  protected startWorker(options: StartWorkerOptions): Worker {
    return startWorker(
      ApplicationQueueName.RenewalReminders,
      { [RENEWAL_REMINDER_JOB]: async () => this.reminders.run(this.clock.today()) },
      options,
    );
  }
}
