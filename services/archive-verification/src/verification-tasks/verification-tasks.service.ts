import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '@points/auth';
import { toShanghaiDate } from '@points/calendar';
import { OutboxService } from '@points/subgraph';
import { validateIsoDate } from '@points/validation';
import { isEducationLevel, isQualificationLevel } from '../verification-cases/claims.util';
import { CaseCompletion } from '../verification-cases/case-completion/case-completion';
import type {
  CompleteVerificationTaskInput,
  RecordArchiveArrivalInput,
  VerificationTaskFilter,
  VerificationTaskPage,
} from './dto/verification-task.dto';
import { TaskQueueService } from './task-queue.service';
import { VerificationTask } from './verification-task.entity';
import {
  ArchiveRetrievalMode,
  ManualTaskResult,
  VerificationTaskKind,
  VerificationTaskStatus,
} from './verification-task.enums';
import { VerificationTaskException, VerificationTaskExceptionCode } from './verification-task.exception';
import {
  VerificationTaskRepository,
  type TransitionedTask,
  type VerificationTaskPatch,
} from './verification-task.repository';
import { taskMayTake, VerificationTaskAction } from './verification-task-transitions';

const MAX_PAGE = 100;

@Injectable()
export class VerificationTasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: VerificationTaskRepository,
    private readonly completion: CaseCompletion,
    private readonly outbox: OutboxService,
    private readonly queue: TaskQueueService,
  ) {}

  /** Keyset page (created_at, id) of the tasks the caller may see; the cursor is the last task id. */
  async list(
    user: AuthUser,
    filter: VerificationTaskFilter | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<VerificationTaskPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw new VerificationTaskException(
        VerificationTaskExceptionCode.INVALID_INPUT,
        `first must be between 1 and ${MAX_PAGE}`,
        { field: 'first', rule: 'RANGE' },
      );
    }
    if (after && !isUuid(after)) {
      throw new VerificationTaskException(
        VerificationTaskExceptionCode.INVALID_INPUT,
        'after is not a cursor',
        {
          field: 'after',
          rule: 'CURSOR',
        },
      );
    }
    if (filter?.caseId && !isUuid(filter.caseId)) return { items: [], endCursor: null, hasNextPage: false };
    const rows = await this.tasks.page(this.dataSource.manager, user, filter, first + 1, after);
    const items = rows.slice(0, first);
    return { items, endCursor: items.at(-1)?.id ?? null, hasNextPage: rows.length > first };
  }

  async findVisible(user: AuthUser, id: string): Promise<VerificationTask> {
    const task = isUuid(id) ? await this.tasks.visible(this.dataSource.manager, user, id) : undefined;
    if (!task) throw notFound(id);
    return task;
  }

  /**
   * A person completes a task the registries could not (NEEDS_MANUAL) or that only a person can
   * answer (PENDING, not automated), with a result and a note. Completing the last open task
   * completes the case in the same transaction.
   */
  async completeManually(user: AuthUser, input: CompleteVerificationTaskInput): Promise<VerificationTask> {
    const note = requireNote(input.note);
    if (input.forgedMaterial && input.result !== ManualTaskResult.FAILED) {
      throw new VerificationTaskException(
        VerificationTaskExceptionCode.INVALID_INPUT,
        'Forged material means the check FAILED',
        { field: 'input.forgedMaterial', rule: 'ONLY_WITH_FAILED' },
      );
    }
    return this.writeManually(user, input.taskId, input.version, (task) => {
      if (!taskMayTake(task, VerificationTaskAction.COMPLETE_MANUALLY))
        throw notOpen(task, 'complete it by hand');
      const failed = input.result === ManualTaskResult.FAILED;
      return {
        action: VerificationTaskAction.COMPLETE_MANUALLY,
        to: failed ? VerificationTaskStatus.FAILED : VerificationTaskStatus.PASSED,
        patch: {
          note,
          forgedMaterial: input.forgedMaterial,
          facts: manualFacts(task, input),
          // A failed check keeps the person's note as its reason; a passed one keeps what was there.
          ...(failed ? { reason: note } : {}),
          completedManually: true,
          completedBy: user.sub,
        },
      };
    });
  }

  /** 调档 / 核档函: the archive arrived or the letter came back (or did not check out). */
  async recordArchiveArrival(user: AuthUser, input: RecordArchiveArrivalInput): Promise<VerificationTask> {
    const note = requireNote(input.note);
    if (!validateIsoDate(input.receivedOn).ok) {
      throw new VerificationTaskException(
        VerificationTaskExceptionCode.INVALID_INPUT,
        'receivedOn must be a real date written YYYY-MM-DD',
        { field: 'input.receivedOn', rule: 'DATE_INVALID' },
      );
    }
    if (input.receivedOn > toShanghaiDate(new Date())) {
      throw new VerificationTaskException(
        VerificationTaskExceptionCode.INVALID_INPUT,
        'receivedOn is in the future',
        {
          field: 'input.receivedOn',
          rule: 'NOT_IN_FUTURE',
        },
      );
    }
    return this.writeManually(user, input.taskId, input.version, (task) => {
      if (!taskMayTake(task, VerificationTaskAction.RECORD_ARCHIVE_ARRIVAL))
        throw notOpen(task, 'record an archive arrival');
      const failed = input.result === ManualTaskResult.FAILED;
      const received: VerificationTaskPatch =
        task.archiveMode === ArchiveRetrievalMode.CHECK_LETTER
          ? { letterReturnedOn: input.receivedOn }
          : { archiveArrivedOn: input.receivedOn };
      return {
        action: VerificationTaskAction.RECORD_ARCHIVE_ARRIVAL,
        to: failed ? VerificationTaskStatus.FAILED : VerificationTaskStatus.PASSED,
        patch: {
          ...received,
          note,
          reason: failed ? note : null,
          completedManually: true,
          completedBy: user.sub,
        },
      };
    });
  }

  /**
   * The manual write: locks the case (as the job does), reads the task in the caller's scope,
   * refuses a stale version, lets `decide` refuse or choose the transition, writes it, and
   * completes the case in the same transaction when this was its last open task.
   */
  private async writeManually(
    user: AuthUser,
    taskId: string,
    version: number,
    decide: (task: VerificationTask) => {
      action: VerificationTaskAction;
      to: VerificationTaskStatus;
      patch: VerificationTaskPatch;
    },
  ): Promise<VerificationTask> {
    if (!isUuid(taskId)) throw notFound(taskId);
    const written = await this.outbox.transaction(async (manager, publish) => {
      const before = await this.tasks.visible(manager, user, taskId);
      if (!before) throw notFound(taskId);
      await this.completion.lockCase(manager, before.caseId);
      const task = await this.tasks.visible(manager, user, taskId);
      if (!task) throw notFound(taskId);
      if (task.version !== version) {
        throw new VerificationTaskException(
          VerificationTaskExceptionCode.STALE_VERSION,
          `Task ${taskId} changed since you read it (version ${task.version}, you sent ${version})`,
          { field: 'input.version' },
        );
      }
      const decision = decide(task);
      const updated: TransitionedTask | null = await this.tasks.transition(manager, {
        taskId,
        ...decision,
        actor: { system: false, sub: user.sub, role: user.role },
        expectedVersion: version,
      });
      if (!updated) {
        throw new VerificationTaskException(
          VerificationTaskExceptionCode.STALE_VERSION,
          `Task ${taskId} changed while you were writing`,
          { field: 'input.version' },
        );
      }
      await this.completion.completeCaseIfDone(manager, task.caseId, publish, toShanghaiDate(new Date()));
      return this.tasks.visible(manager, user, taskId);
    });
    if (!written) throw notFound(taskId);
    this.queue.wake();
    return written;
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function notFound(id: string): VerificationTaskException {
  return new VerificationTaskException(
    VerificationTaskExceptionCode.TASK_NOT_FOUND,
    `No verification task ${id} you can work on`,
  );
}

function notOpen(task: VerificationTask, action: string): VerificationTaskException {
  return new VerificationTaskException(
    VerificationTaskExceptionCode.NOT_OPEN_FOR_THIS_ACTION,
    `Cannot ${action}: the ${task.kind} task is ${task.status}`,
    { field: 'input.taskId', rule: 'TASK_STATE' },
  );
}

function requireNote(note: string): string {
  const trimmed = note.trim();
  if (trimmed.length === 0 || trimmed.length > 1000) {
    throw new VerificationTaskException(
      VerificationTaskExceptionCode.INVALID_INPUT,
      'The note must say what was checked (1 to 1000 characters)',
      { field: 'input.note', rule: 'LENGTH' },
    );
  }
  return trimmed;
}

/** The facts a person establishes; for education and qualification, the level they confirmed. */
function manualFacts(
  task: VerificationTask,
  input: CompleteVerificationTaskInput,
): Record<string, unknown> | null {
  const claimed = task.claim.level;
  if (input.result !== ManualTaskResult.PASSED) return task.facts;
  if (task.kind === VerificationTaskKind.EDUCATION) {
    const level = input.verifiedLevel ?? claimed;
    if (!isEducationLevel(level)) {
      throw new VerificationTaskException(
        VerificationTaskExceptionCode.INVALID_INPUT,
        'verifiedLevel must be an EducationLevel (JUNIOR_COLLEGE … DOCTOR)',
        { field: 'input.verifiedLevel', rule: 'EDUCATION_LEVEL' },
      );
    }
    return { ...(task.facts ?? {}), level, confirmedBy: 'manual' };
  }
  if (task.kind === VerificationTaskKind.QUALIFICATION) {
    const level = input.verifiedLevel ?? claimed;
    if (!isQualificationLevel(level)) {
      throw new VerificationTaskException(
        VerificationTaskExceptionCode.INVALID_INPUT,
        'verifiedLevel must be a QualificationLevel (SKILL_5 … SENIOR_TITLE)',
        { field: 'input.verifiedLevel', rule: 'QUALIFICATION_LEVEL' },
      );
    }
    return {
      ...(task.facts ?? {}),
      level,
      matchesPosition: input.matchesPosition ?? false,
      confirmedBy: 'manual',
    };
  }
  if (input.verifiedLevel) {
    throw new VerificationTaskException(
      VerificationTaskExceptionCode.INVALID_INPUT,
      'verifiedLevel applies to education and qualification tasks only',
      { field: 'input.verifiedLevel', rule: 'NOT_APPLICABLE' },
    );
  }
  return task.facts;
}
