import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Worker } from 'bullmq';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { VERIFICATION_SETTINGS, type VerificationSettings } from '../verification-settings';
import { startTaskWorker } from './jobs/task-worker';
import { TaskProcessor, type VerifyTaskJobData } from './jobs/verify-task.job';

/** Runs this process's task worker (worker.ts only; the API process runs none). */
@Injectable()
export class TaskWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TaskWorkerService.name);
  private worker: Worker<VerifyTaskJobData> | undefined;

  constructor(
    private readonly processor: TaskProcessor,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    @Inject(VERIFICATION_SETTINGS) private readonly settings: VerificationSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = startVerificationWorker(this.processor, {
      connection: this.redis,
      prefix: this.config.redisPrefix,
      settings: this.settings,
      logger: this.logger,
    });
    this.logger.log(`verification task worker started (concurrency ${this.settings.concurrency})`);
  }

  /**
   * Before any connection closes (those go in onApplicationShutdown): stop taking jobs and let
   * the running ones write their results.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}

/** The worker with the platform's settings; also what the integration tests start in-process. */
export function startVerificationWorker(
  processor: TaskProcessor,
  options: {
    connection: IORedis;
    prefix: string;
    settings: Pick<
      VerificationSettings,
      'concurrency' | 'attemptTimeoutMs' | 'lockDurationMs' | 'stalledIntervalMs'
    >;
    logger?: Pick<Logger, 'warn' | 'error'>;
  },
): Worker<VerifyTaskJobData> {
  return startTaskWorker({
    connection: options.connection,
    prefix: options.prefix,
    processor,
    concurrency: options.settings.concurrency,
    attemptTimeoutMs: options.settings.attemptTimeoutMs,
    lockDurationMs: options.settings.lockDurationMs,
    stalledIntervalMs: options.settings.stalledIntervalMs,
    onFailed: (job, error) => {
      options.logger?.warn(`verification job ${job?.id ?? '?'} attempt failed: ${error.message}`);
      // Out of attempts, or given up after stalling: a person takes over.
      const final = job && (job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled/i.test(error.message));
      if (job && final) {
        processor
          .markNeedsManual(job.data.taskId, `Gave up: ${error.message}`)
          .catch((e: unknown) =>
            options.logger?.error(`could not mark task ${job.data.taskId}: ${String(e)}`),
          );
      }
    },
    onError: (error) => options.logger?.error(`verification worker error: ${error.message}`),
    onWait: (job, error, delayMs) =>
      options.logger?.warn(
        `verification job ${job.id ?? '?'} waits ${delayMs} ms for the database: ${String(error)}`,
      ),
  });
}
