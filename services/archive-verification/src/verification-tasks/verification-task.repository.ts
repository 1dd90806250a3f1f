import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser, Role } from '@points/auth';
import { patchAssignments, updateReturning } from '@points/db';
import { taskScopeSql } from '../task-scope.util';
import type { CaseForTaskCall } from '../verification-cases/verification-case.repository';
import type { VerificationTaskFilter } from './dto/verification-task.dto';
import { VerificationTask } from './verification-task.entity';
import {
  FINAL_TASK_STATUSES,
  type ArchiveRetrievalMode,
  type VerificationTaskKind,
  VerificationTaskStatus,
} from './verification-task.enums';
import { VerificationTaskException, VerificationTaskExceptionCode } from './verification-task.exception';
import {
  roleMayTake,
  TASK_TRANSITIONS,
  VerificationTaskAction,
  type TaskSource,
} from './verification-task-transitions';

const S = 'archive_verification';

/**
 * The columns a transition may set, typed from the entity. Status, version and the stamps are
 * not in it: `transition()` sets the status from the table, moves the version, and stamps
 * `completed_at` (final statuses), `requested_at` (AWAIT_ARCHIVE) and `attempts` (CLAIM) itself.
 */
export type VerificationTaskPatch = Partial<
  Pick<
    VerificationTask,
    | 'reason'
    | 'note'
    | 'facts'
    | 'forgedMaterial'
    | 'archiveArrivedOn'
    | 'letterReturnedOn'
    | 'completedBy'
    | 'completedManually'
  >
>;

/** A task as planned when its case opens (always PENDING, version 1). */
export type PlannedTask = Pick<VerificationTask, 'kind' | 'claim' | 'archiveMode' | 'automated'>;

export type TaskActor = { system: true } | { system: false; sub: string; role: Role };
export const SYSTEM: TaskActor = { system: true };

export interface TaskTransitionRequest {
  taskId: string;
  action: VerificationTaskAction;
  to: VerificationTaskStatus;
  actor: TaskActor;
  patch?: VerificationTaskPatch;
  /** The version the person saw; the write matches nothing if the row moved on. */
  expectedVersion?: number;
}

/** What a transition answers: the row as written. */
export type TransitionedTask = Pick<
  VerificationTask,
  'id' | 'caseId' | 'kind' | 'claim' | 'archiveMode' | 'status' | 'version'
>;

/** The task's columns a verified profile is built from. */
export type TaskForCompletion = Pick<
  VerificationTask,
  | 'kind'
  | 'status'
  | 'claim'
  | 'facts'
  | 'forgedMaterial'
  | 'reason'
  | 'note'
  | 'completedManually'
  | 'completedBy'
> & {
  id: string;
  /** When it was completed (ISO 8601, UTC), for the evidence. */
  completedAt: string | null;
};

/** A claimed task with what the registry call needs from its case. */
export type ClaimedTask = TransitionedTask & { case: CaseForTaskCall };

interface ClaimedCaseRow {
  resident_id_enc: string;
  accepted_on: string;
  archive_holder: string;
}

interface ReturnedRow {
  id: string;
  case_id: string;
  kind: VerificationTaskKind;
  claim: Record<string, unknown>;
  archive_mode: ArchiveRetrievalMode | null;
  status: VerificationTaskStatus;
  version: number;
}

function sourceSql(source: TaskSource, next: () => string): string {
  const parts = [`t.status = ${next()}`];
  if (source.automated !== undefined) parts.push(source.automated ? 't.automated' : 'NOT t.automated');
  if (source.archiveRequested !== undefined)
    parts.push(source.archiveRequested ? 't.requested_at IS NOT NULL' : 't.requested_at IS NULL');
  return `(${parts.join(' AND ')})`;
}

function paramsOf(params: unknown[], first: number): Record<string, unknown> {
  return Object.fromEntries(params.map((value, i) => [`scope${first + i}`, value]));
}

function scoped(user: AuthUser, first: number): { sql: string; params: Record<string, unknown> } {
  const scope = taskScopeSql(user, 't', first);
  return {
    sql: scope.sql.replace(/\$(\d+)/g, (_, n: string) => `:scope${n}`),
    params: paramsOf(scope.params, first),
  };
}

/** The statuses after which a task counts as done for its case (NEEDS_MANUAL is still open), as SQL. */
const FINAL_SQL = `(${FINAL_TASK_STATUSES.map((status) => `'${status}'`).join(', ')})`;

const RETURNED_COLUMNS = 't.id, t.case_id, t.kind, t.claim, t.archive_mode, t.status, t.version';

function transitioned(row: ReturnedRow): TransitionedTask {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    claim: row.claim,
    archiveMode: row.archive_mode,
    status: row.status,
    version: row.version,
  };
}

/**
 * The guarded `UPDATE … AS t SET … WHERE …` of a transition (without RETURNING), after the
 * checks of who may take it. Every column is qualified with `t`, so a caller may join (FROM).
 */
function guardedUpdate(
  manager: EntityManager,
  request: TaskTransitionRequest,
  join?: { from: string; on: string },
): { sql: string; params: unknown[] } {
  const transition = TASK_TRANSITIONS[request.action];
  if (request.actor.system !== (transition.by === 'SYSTEM')) {
    throw new VerificationTaskException(
      VerificationTaskExceptionCode.ROLE_NOT_ALLOWED,
      request.actor.system
        ? `The system does not ${request.action.toLowerCase().replace(/_/g, ' ')}`
        : `Only the system may ${request.action.toLowerCase().replace(/_/g, ' ')}`,
    );
  }
  if (!request.actor.system && !roleMayTake(request.actor.role, request.action)) {
    throw new VerificationTaskException(
      VerificationTaskExceptionCode.ROLE_NOT_ALLOWED,
      `${request.actor.role} may not ${request.action.toLowerCase().replace(/_/g, ' ')}`,
    );
  }
  if (!transition.to.includes(request.to)) {
    throw new Error(
      `${request.action} does not lead to ${request.to} (allowed: ${transition.to.join(', ')})`,
    );
  }
  const params: unknown[] = [request.taskId, request.to];
  const next = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const patch = patchAssignments(manager, VerificationTask, request.patch ?? {}, params.length + 1);
  params.push(...patch.params);
  const set = ['status = $2', ...patch.assignments];
  if (FINAL_TASK_STATUSES.includes(request.to)) set.push('completed_at = now()');
  if (request.action === VerificationTaskAction.AWAIT_ARCHIVE) set.push('requested_at = now()');
  if (request.action === VerificationTaskAction.CLAIM) set.push('attempts = t.attempts + 1');
  const where = [
    't.id = $1',
    ...(join ? [join.on] : []),
    `(${transition.from.map((source) => sourceSql(source, () => next(source.status))).join(' OR ')})`,
  ];
  if (transition.kind !== undefined) where.push(`t.kind = ${next(transition.kind)}`);
  if (request.expectedVersion !== undefined) where.push(`t.version = ${next(request.expectedVersion)}`);
  return {
    sql: `UPDATE ${S}.verification_task AS t SET ${set.join(', ')}, version = t.version + 1, updated_at = now()
        ${join ? `FROM ${join.from} ` : ''}WHERE ${where.join(' AND ')}`,
    params,
  };
}

/**
 * The VerificationTask's one write path: every statement on `verification_task` is here.
 * `transition()` alone writes `status`, each time as one guarded UPDATE whose WHERE is the
 * transition table's entry, so two writers racing on a task cannot both win and no write skips
 * the table (one-write-path.spec.ts fails the build if another production file writes the table).
 * Tasks have no history table: who completed a task by hand and when is on the row itself.
 */
@Injectable()
export class VerificationTaskRepository {
  /** The plan of a case just opened, in one statement (inside the inbox transaction). */
  async insertPlanned(
    manager: EntityManager,
    caseId: string,
    district: string,
    tasks: readonly PlannedTask[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ${S}.verification_task (case_id, district, kind, ordinal, claim, archive_mode, automated, status, version)
       SELECT $1, $2, kind, ordinal, claim, archive_mode, automated, 'PENDING', 1
         FROM unnest($3::text[], $4::int[], $5::jsonb[], $6::text[], $7::boolean[])
           AS t(kind, ordinal, claim, archive_mode, automated)`,
      [
        caseId,
        district,
        tasks.map((t) => t.kind),
        tasks.map((_, i) => i + 1),
        tasks.map((t) => JSON.stringify(t.claim)),
        tasks.map((t) => t.archiveMode),
        tasks.map((t) => t.automated),
      ],
    );
  }

  /**
   * Moves a task by the transition table: a person's role must be in the entry (FORBIDDEN
   * otherwise); the UPDATE matches only a row the entry leaves from (and the expected version);
   * answers the row as written, or null when none matched (it moved on, or a stale version).
   */
  async transition(manager: EntityManager, request: TaskTransitionRequest): Promise<TransitionedTask | null> {
    const update = guardedUpdate(manager, request);
    const rows = await updateReturning<ReturnedRow>(
      manager,
      `${update.sql} RETURNING ${RETURNED_COLUMNS}`,
      update.params,
    );
    return rows[0] ? transitioned(rows[0]) : null;
  }

  /**
   * The job's claim (CLAIM by the system), answering with the task what the registry call needs
   * from its case: one statement instead of a claim and a read of the case (the job's hot path).
   * The case row is read, not locked: these columns are set when the case opens and never change.
   */
  async claim(manager: EntityManager, taskId: string): Promise<ClaimedTask | null> {
    const update = guardedUpdate(
      manager,
      { taskId, action: VerificationTaskAction.CLAIM, to: VerificationTaskStatus.IN_PROGRESS, actor: SYSTEM },
      { from: `${S}.verification_case c`, on: 'c.id = t.case_id' },
    );
    const rows = await updateReturning<ReturnedRow & ClaimedCaseRow>(
      manager,
      `${update.sql}
        RETURNING ${RETURNED_COLUMNS}, c.resident_id_enc, to_char(c.accepted_on, 'YYYY-MM-DD') AS accepted_on,
                  c.archive_holder`,
      update.params,
    );
    const row = rows[0];
    if (!row) return null;
    return {
      ...transitioned(row),
      case: {
        residentIdEnc: row.resident_id_enc,
        acceptedOn: row.accepted_on,
        archiveHolder: row.archive_holder,
      },
    };
  }

  /**
   * A transition that also answers how many tasks of its case are still open once it is written
   * (this one included when it is not final), in one statement instead of a write and a count.
   * The count is only true under the case lock (`CaseCompletion.lockCase`, taken by an earlier
   * statement of the transaction): this statement's snapshot then holds every other result
   * written before ours. The CTE's SELECT sees the task as it was, hence its own status added.
   */
  async transitionCountingOpen(
    manager: EntityManager,
    request: TaskTransitionRequest,
  ): Promise<{ task: TransitionedTask; openInCase: number } | null> {
    const update = guardedUpdate(manager, request);
    const rows = await updateReturning<ReturnedRow & { open_in_case: number }>(
      manager,
      `WITH written AS (${update.sql} RETURNING ${RETURNED_COLUMNS})
       SELECT written.*,
              (SELECT count(*)::int FROM ${S}.verification_task o
                WHERE o.case_id = written.case_id AND o.id <> written.id AND o.status NOT IN ${FINAL_SQL})
              + CASE WHEN written.status IN ${FINAL_SQL} THEN 0 ELSE 1 END AS open_in_case
         FROM written`,
      update.params,
    );
    const row = rows[0];
    return row ? { task: transitioned(row), openInCase: row.open_in_case } : null;
  }

  /** Automated PENDING tasks not yet on the queue, claimed for this transaction (SKIP LOCKED). */
  async lockUndispatched(manager: EntityManager, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM ${S}.verification_task
        WHERE status = 'PENDING' AND automated AND dispatched_at IS NULL
        ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** Open automated tasks dispatched (and untouched) at least `graceMs` ago: their job may be gone. */
  async lockDueForSweep(manager: EntityManager, graceMs: number, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM ${S}.verification_task
        WHERE automated AND dispatched_at IS NOT NULL AND requested_at IS NULL
          AND status IN ('PENDING', 'IN_PROGRESS')
          AND dispatched_at < now() - make_interval(secs => $1::double precision / 1000)
          AND updated_at < now() - make_interval(secs => $1::double precision / 1000)
        ORDER BY dispatched_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [graceMs, limit],
    );
    return rows.map((r) => r.id);
  }

  /** The dispatcher's mark: not a change of the task (no version, no updated_at). */
  async markDispatched(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query(
      `UPDATE ${S}.verification_task SET dispatched_at = now() WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** How many tasks of the case are not final yet. */
  async countOpen(manager: EntityManager, caseId: string): Promise<number> {
    const [open] = await manager.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM ${S}.verification_task WHERE case_id = $1 AND status NOT IN ${FINAL_SQL}`,
      [caseId],
    );
    return open?.n ?? 0;
  }

  /** The case's tasks in plan order, with what the verified profile is built from. */
  async forCompletion(manager: EntityManager, caseId: string): Promise<TaskForCompletion[]> {
    const rows: Array<{
      id: string;
      kind: VerificationTaskKind;
      status: VerificationTaskStatus;
      claim: Record<string, unknown>;
      facts: Record<string, unknown> | null;
      forged_material: boolean;
      reason: string | null;
      note: string | null;
      completed_manually: boolean;
      completed_by: string | null;
      completed_at: string | null;
    }> = await manager.query(
      `SELECT id, kind, status, claim, facts, forged_material, reason, note, completed_manually, completed_by,
              to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS completed_at
         FROM ${S}.verification_task WHERE case_id = $1 ORDER BY ordinal`,
      [caseId],
    );
    return rows.map((t) => ({
      id: t.id,
      kind: t.kind,
      status: t.status,
      claim: t.claim,
      facts: t.facts,
      forgedMaterial: t.forged_material,
      reason: t.reason,
      note: t.note,
      completedManually: t.completed_manually,
      completedBy: t.completed_by,
      completedAt: t.completed_at,
    }));
  }

  /** One task the caller may see (scoped in the query), or undefined. */
  async visible(manager: EntityManager, user: AuthUser, id: string): Promise<VerificationTask | undefined> {
    const scope = scoped(user, 2);
    const found = await manager
      .getRepository(VerificationTask)
      .createQueryBuilder('t')
      .where('t.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    return found ?? undefined;
  }

  /** Keyset page (created_at, id) of the tasks the caller may see; `take` one more to tell a next page. */
  async page(
    manager: EntityManager,
    user: AuthUser,
    filter: VerificationTaskFilter | null | undefined,
    take: number,
    after: string | null | undefined,
  ): Promise<VerificationTask[]> {
    const scope = scoped(user, 1);
    const query = manager
      .getRepository(VerificationTask)
      .createQueryBuilder('t')
      .where(scope.sql, scope.params)
      .orderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .take(take);
    if (filter?.statuses?.length) query.andWhere('t.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.kind) query.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter?.caseId) query.andWhere('t.case_id = :caseId', { caseId: filter.caseId });
    if (after) {
      query.andWhere(
        `(t.created_at, t.id) > (SELECT c.created_at, c.id FROM ${S}.verification_task c WHERE c.id = :after)`,
        {
          after,
        },
      );
    }
    return query.getMany();
  }
}
