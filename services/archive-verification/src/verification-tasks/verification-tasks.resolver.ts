import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import {
  CompleteVerificationTaskInput,
  FailedVerificationJob,
  RecordArchiveArrivalInput,
  VerificationTaskFilter,
  VerificationTaskPage,
} from './dto/verification-task.dto';
import { TaskQueueService } from './task-queue.service';
import { VerificationTask } from './verification-task.entity';
import { VerificationTaskException, VerificationTaskExceptionCode } from './verification-task.exception';
import { VerificationTasksService } from './verification-tasks.service';

/** City verifiers: education tasks of every district; district staff: the other tasks of theirs. */
const TASK_WORKERS = [Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.CITY_VERIFIER, Role.HRSS_ADMIN];
const ARCHIVE_WORKERS = [Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.HRSS_ADMIN];

@Resolver(() => VerificationTask)
export class VerificationTasksResolver {
  constructor(
    private readonly tasks: VerificationTasksService,
    private readonly queue: TaskQueueService,
  ) {}

  @Roles(...TASK_WORKERS)
  @Query(() => VerificationTaskPage, {
    nullable: true,
    description: 'The verification tasks you may work on, oldest first',
  })
  verificationTasks(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => VerificationTaskFilter, nullable: true })
    filter: VerificationTaskFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<VerificationTaskPage> {
    return this.tasks.list(user, filter, first, after);
  }

  @Roles(...TASK_WORKERS)
  @Query(() => VerificationTask, { nullable: true })
  verificationTask(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<VerificationTask> {
    return this.tasks.findVisible(user, id);
  }

  @Roles(...TASK_WORKERS)
  @Mutation(() => VerificationTask, {
    description: 'Complete a NEEDS_MANUAL (or manual-only PENDING) task with a result and a note',
  })
  completeVerificationTask(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CompleteVerificationTaskInput,
  ): Promise<VerificationTask> {
    return this.tasks.completeManually(user, input);
  }

  @Roles(...ARCHIVE_WORKERS)
  @Mutation(() => VerificationTask, {
    description: 'The archive arrived (调档) or the check letter came back (核档函)',
  })
  recordArchiveArrival(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordArchiveArrivalInput,
  ): Promise<VerificationTask> {
    return this.tasks.recordArchiveArrival(user, input);
  }

  @Roles(Role.HRSS_ADMIN)
  @Query(() => [FailedVerificationJob], {
    nullable: true,
    description: 'Verification jobs that used up their attempts',
  })
  async failedVerificationJobs(
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<FailedVerificationJob[]> {
    if (offset < 0 || first < 1 || first > 200) {
      throw new VerificationTaskException(
        VerificationTaskExceptionCode.INVALID_INPUT,
        'first must be 1–200, offset ≥ 0',
        {
          field: offset < 0 ? 'offset' : 'first',
          rule: 'RANGE',
        },
      );
    }
    return this.queue.failedJobs(offset, first);
  }

  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => FailedVerificationJob, {
    description: 'Run a failed verification job again from its first attempt',
  })
  retryVerificationJob(
    @CurrentUser() user: AuthUser,
    @Args('jobId', { type: () => ID }) jobId: string,
  ): Promise<FailedVerificationJob> {
    return this.queue.retry(user, jobId);
  }
}
