import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '@points/auth';
import { toShanghaiDate } from '@points/calendar';
import { PiiCipher } from '@points/crypto';
import { OutboxService } from '@points/subgraph';
import { validateIsoDate } from '@points/validation';
import { updateReturning } from '@points/db';
import { taskScopeSql } from '../task-scope.util';
import { isEducationLevel, isQualificationLevel } from '../verification-cases/claims.util';
import { completeCaseIfDone, lockCase } from '../verification-cases/case-completion/case-completion';
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

const S = 'archive_verification';
const MAX_PAGE = 100;

@Injectable()
export class VerificationTasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(VerificationTask) private readonly tasks: Repository<VerificationTask>,
    private readonly outbox: OutboxService,
    private readonly cipher: PiiCipher,
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
    const scope = taskScopeSql(user, 't', 1);
    const query = this.tasks
      .createQueryBuilder('t')
      .where(
        scope.sql.replace(/\$(\d+)/g, (_, n: string) => `:scope${n}`),
        paramsOf(scope.params, 1),
      )
      .orderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .take(first + 1);
    if (filter?.statuses?.length) query.andWhere('t.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.kind) query.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter?.caseId) {
      if (!isUuid(filter.caseId)) return { items: [], endCursor: null, hasNextPage: false };
      query.andWhere('t.case_id = :caseId', { caseId: filter.caseId });
    }
    if (after) {
      query.andWhere(
        `(t.created_at, t.id) > (SELECT c.created_at, c.id FROM ${S}.verification_task c WHERE c.id = :after)`,
        { after },
      );
    }
    const rows = await query.getMany();
    const items = rows.slice(0, first);
    return { items, endCursor: items.at(-1)?.id ?? null, hasNextPage: rows.length > first };
  }

  async findVisible(user: AuthUser, id: string): Promise<VerificationTask> {
    const task = isUuid(id) ? await this.visible(this.dataSource.manager, user, id) : undefined;
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
    return this.writeManually(user, input.taskId, input.version, async (manager, task) => {
      const open =
        task.status === VerificationTaskStatus.NEEDS_MANUAL ||
        (task.status === VerificationTaskStatus.PENDING && !task.automated);
      if (!open) throw notOpen(task, 'complete it by hand');
      const facts = manualFacts(task, input);
      return updateReturning(
        manager,
        `UPDATE ${S}.verification_task
            SET status = $3, note = $4, forged_material = $5, facts = $6, reason = CASE WHEN $3 = 'FAILED' THEN $4 ELSE reason END,
                completed_manually = true, completed_by = $7, completed_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2
            AND (status = 'NEEDS_MANUAL' OR (status = 'PENDING' AND NOT automated)) RETURNING id`,
        [task.id, input.version, input.result, note, input.forgedMaterial, JSON.stringify(facts), user.sub],
      );
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
    return this.writeManually(user, input.taskId, input.version, async (manager, task) => {
      const awaiting =
        task.kind === VerificationTaskKind.ARCHIVE_RETRIEVAL &&
        ((task.status === VerificationTaskStatus.IN_PROGRESS && task.requestedAt !== null) ||
          task.status === VerificationTaskStatus.NEEDS_MANUAL);
      if (!awaiting) throw notOpen(task, 'record an archive arrival');
      const column =
        task.archiveMode === ArchiveRetrievalMode.CHECK_LETTER ? 'letter_returned_on' : 'archive_arrived_on';
      return updateReturning(
        manager,
        `UPDATE ${S}.verification_task
            SET status = $3, note = $4, ${column} = $5, reason = CASE WHEN $3 = 'FAILED' THEN $4 ELSE NULL END,
                completed_manually = true, completed_by = $6, completed_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND kind = 'ARCHIVE_RETRIEVAL'
            AND ((status = 'IN_PROGRESS' AND requested_at IS NOT NULL) OR status = 'NEEDS_MANUAL') RETURNING id`,
        [task.id, input.version, input.result, note, input.receivedOn, user.sub],
      );
    });
  }

  private async writeManually(
    user: AuthUser,
    taskId: string,
    version: number,
    update: (manager: EntityManager, task: VerificationTask) => Promise<unknown[]>,
  ): Promise<VerificationTask> {
    if (!isUuid(taskId)) throw notFound(taskId);
    const written = await this.outbox.transaction(async (manager, publish) => {
      const before = await this.visible(manager, user, taskId);
      if (!before) throw notFound(taskId);
      await lockCase(manager, before.caseId);
      const task = await this.visible(manager, user, taskId);
      if (!task) throw notFound(taskId);
      if (task.version !== version) {
        throw new VerificationTaskException(
          VerificationTaskExceptionCode.STALE_VERSION,
          `Task ${taskId} changed since you read it (version ${task.version}, you sent ${version})`,
          { field: 'input.version' },
        );
      }
      const updated = await update(manager, task);
      if (updated.length === 0) {
        throw new VerificationTaskException(
          VerificationTaskExceptionCode.STALE_VERSION,
          `Task ${taskId} changed while you were writing`,
          { field: 'input.version' },
        );
      }
      await completeCaseIfDone(manager, task.caseId, publish, this.cipher, toShanghaiDate(new Date()));
      return this.visible(manager, user, taskId);
    });
    if (!written) throw notFound(taskId);
    this.queue.wake();
    return written;
  }

  private async visible(
    manager: EntityManager,
    user: AuthUser,
    id: string,
  ): Promise<VerificationTask | undefined> {
    const scope = taskScopeSql(user, 't', 2);
    const found = await manager
      .getRepository(VerificationTask)
      .createQueryBuilder('t')
      .where('t.id = :id', { id })
      .andWhere(
        scope.sql.replace(/\$(\d+)/g, (_, n: string) => `:scope${n}`),
        paramsOf(scope.params, 2),
      )
      .getOne();
    return found ?? undefined;
  }
}

function paramsOf(params: unknown[], first: number): Record<string, unknown> {
  return Object.fromEntries(params.map((value, i) => [`scope${first + i}`, value]));
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
  if (task.kind === VerificationTaskKind.RESIDENCE_PERMIT) {
    // The points run to the verified expiry: a person passing the permit says what they saw.
    if (!input.permitValidUntil || !validateIsoDate(input.permitValidUntil).ok) {
      throw new VerificationTaskException(
        VerificationTaskExceptionCode.INVALID_INPUT,
        'permitValidUntil (YYYY-MM-DD, the expiry on the permit seen) is required to pass a permit check',
        { field: 'input.permitValidUntil', rule: 'REQUIRED_DATE' },
      );
    }
    const typed = typeof task.claim.number === 'string' ? task.claim.number : null;
    return {
      ...(task.facts ?? {}),
      number: typeof task.facts?.number === 'string' ? task.facts.number : typed,
      validUntil: input.permitValidUntil,
      confirmedBy: 'manual',
    };
  }
  if (input.permitValidUntil) {
    throw new VerificationTaskException(
      VerificationTaskExceptionCode.INVALID_INPUT,
      'permitValidUntil applies to residence-permit tasks only',
      { field: 'input.permitValidUntil', rule: 'NOT_APPLICABLE' },
    );
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
