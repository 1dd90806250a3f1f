import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '@points/auth';
import type { ServiceConfig } from '@points/config';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { VERIFICATION_SETTINGS, type VerificationSettings } from '../verification-settings';
import { TaskDispatcher } from './jobs/task-dispatcher';
import { taskIdOfJob } from './jobs/verify-task.job';
import { VerificationTaskStatus } from './verification-task.enums';
import { VerificationTaskException, VerificationTaskExceptionCode } from './verification-task.exception';
import { VerificationTaskRepository } from './verification-task.repository';
import { VerificationTaskAction } from './verification-task-transitions';

export interface FailedJobView {
  jobId: string;
  taskId: string | null;
  failedReason: string;
  attemptsMade: number;
  failedAt: Date | null;
}

/**
 * The task queue as the API and the worker processes see it: the dispatcher that puts PENDING
 * tasks on the queue, and the failed set for HRSS (list, retry).
 */
@Injectable()
export class TaskQueueService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TaskQueueService.name);
  private dispatcher: TaskDispatcher | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    @Inject(VERIFICATION_SETTINGS) private readonly settings: VerificationSettings,
    private readonly tasks: VerificationTaskRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.schemaOnly) return;
    this.dispatcher = new TaskDispatcher({
      dataSource: this.dataSource,
      connection: this.redis,
      prefix: this.config.redisPrefix,
      attempts: this.settings.taskAttempts,
      backoffMs: this.settings.backoffMs,
      intervalMs: this.settings.dispatchIntervalMs,
      sweep: this.config.redrive,
      onError: (error) => this.logger.warn(`task dispatch pass failed, will retry: ${String(error)}`),
      tasks: this.tasks,
    });
    this.dispatcher.start();
  }

  // Before the shared Redis connection and the database pool close.
  async beforeApplicationShutdown(): Promise<void> {
    await this.dispatcher?.stop();
  }

  wake(): void {
    this.dispatcher?.wake();
  }

  /** For tests: one sweep now (re-dispatches tasks whose job is gone from Redis). */
  sweepNow(): Promise<number> {
    return this.requireDispatcher().sweepOnce();
  }

  /** For tests and the benchmark: one dispatch pass now. */
  dispatchNow(): Promise<number> {
    return this.requireDispatcher().dispatchOnce();
  }

  async failedJobs(offset: number, limit: number): Promise<FailedJobView[]> {
    const jobs = await this.requireDispatcher().jobQueue.getFailed(offset, offset + limit - 1);
    return jobs.map((job) => ({
      jobId: job.id ?? '',
      taskId: job.id ? (taskIdOfJob(job.id) ?? null) : null,
      failedReason: job.failedReason,
      attemptsMade: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    }));
  }

  /**
   * Runs a failed job again from its first attempt. Its task goes back to PENDING unless a
   * person completed it meanwhile (then the job finds it final and writes nothing).
   */
  async retry(user: AuthUser, jobId: string): Promise<FailedJobView> {
    const job = await this.requireDispatcher().jobQueue.getJob(jobId);
    if (!job || !(await job.isFailed())) {
      throw new VerificationTaskException(
        VerificationTaskExceptionCode.JOB_NOT_FOUND,
        `No failed verification job ${jobId}`,
        { field: 'jobId' },
      );
    }
    const taskId = taskIdOfJob(jobId);
    if (taskId) {
      await this.tasks.transition(this.dataSource.manager, {
        taskId,
        action: VerificationTaskAction.RETRY,
        to: VerificationTaskStatus.PENDING,
        actor: { system: false, sub: user.sub, role: user.role },
        patch: { reason: null },
      });
    }
    const view: FailedJobView = {
      jobId,
      taskId: taskId ?? null,
      failedReason: job.failedReason,
      attemptsMade: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    };
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return view;
  }

  private requireDispatcher(): TaskDispatcher {
    if (!this.dispatcher) throw new Error('the task queue is not running (schema-only build?)');
    return this.dispatcher;
  }
}
