import type { DataSource } from 'typeorm';
import { toShanghaiDate } from '@points/calendar';
import type { PiiCipher } from '@points/crypto';
import { enqueueEvent, updateReturning } from '@points/db';
import { createEvent } from '@points/events';
import type { OutboxService, PublishEvent } from '@points/subgraph';
import type { Registries } from '../../registries/registry.types';
import { CASE_RESIDENT_ID_AAD } from '../../verification-cases/case-opening/case-opening.service';
import { completeCaseIfDone, lockCase } from '../../verification-cases/case-completion/case-completion';
import type { ArchiveRetrievalMode, VerificationTaskKind } from '../verification-task.enums';
import { evaluateTask, type TaskEvaluation } from './task-evaluation';

const S = 'archive_verification';

/** Job name and payload of `archive-verification.tasks` (the payload type lives with the job). */
export const VERIFY_TASK_JOB = 'verify-task';
export interface VerifyTaskJobData {
  taskId: string;
}
/** One job per task, ever: the dispatcher's re-adds and redeliveries are the same job. */
export function jobIdOfTask(taskId: string): string {
  return `task-${taskId}`;
}
export function taskIdOfJob(jobId: string): string | undefined {
  return /^task-([0-9a-f-]{36})$/.exec(jobId)?.[1];
}

export class AttemptTimeoutError extends Error {
  constructor(ms: number) {
    super(`the registry did not answer within ${ms} ms`);
    this.name = 'AttemptTimeoutError';
  }
}

/**
 * The registry did not answer or refused. Its own error (a socket error of the registry's HTTP
 * call, say) is not kept as the cause: a registry that is down spends the job's attempts and
 * ends in NEEDS_MANUAL, while only our own PostgreSQL or Redis being away is waited out.
 */
export class RegistryCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryCallError';
  }
}

export type ProcessOutcome = 'WRITTEN' | 'AWAITING_ARCHIVE' | 'ALREADY_DONE' | 'LOST_RACE';

export interface TaskProcessorDeps {
  dataSource: DataSource;
  cipher: PiiCipher;
  registries: Registries;
  outbox: Pick<OutboxService, 'relayNow'>;
  today?: () => string;
}

/**
 * What one job does: claims its task, asks the registry (bounded by the attempt timeout), and
 * writes the result with a status guard, in the transaction that also completes the case when
 * this was its last open task. A job that runs twice (a worker killed after the write, a
 * redelivery) finds the task final and writes nothing.
 */
export class TaskProcessor {
  private readonly today: () => string;

  constructor(private readonly deps: TaskProcessorDeps) {
    this.today = deps.today ?? (() => toShanghaiDate(new Date()));
  }

  async process(taskId: string, attempt: { timeoutMs: number; isLast: boolean }): Promise<ProcessOutcome> {
    // IN_PROGRESS without an archive request is a previous attempt that failed or died: retry it.
    // The claim also reads what the registry call needs from the case (one round trip).
    const claimed = await updateReturning<{
      case_id: string;
      kind: VerificationTaskKind;
      claim: Record<string, unknown>;
      archive_mode: ArchiveRetrievalMode | null;
      resident_id_enc: string;
      accepted_on: string;
      archive_holder: string;
    }>(
      this.deps.dataSource,
      `UPDATE ${S}.verification_task t
          SET status = 'IN_PROGRESS', attempts = t.attempts + 1, updated_at = now()
         FROM ${S}.verification_case c
        WHERE t.id = $1 AND c.id = t.case_id AND t.automated
          AND (t.status = 'PENDING' OR (t.status = 'IN_PROGRESS' AND t.requested_at IS NULL))
        RETURNING t.case_id, t.kind, t.claim, t.archive_mode, c.resident_id_enc,
                  to_char(c.accepted_on, 'YYYY-MM-DD') AS accepted_on, c.archive_holder`,
      [taskId],
    );
    const task = claimed[0];
    if (!task) return 'ALREADY_DONE';
    const c = task;

    let evaluation: TaskEvaluation;
    try {
      evaluation = await withTimeout(
        evaluateTask(this.deps.registries, {
          kind: task.kind,
          claim: task.claim,
          archiveMode: task.archive_mode,
          residentId: this.deps.cipher.decrypt(c.resident_id_enc, CASE_RESIDENT_ID_AAD),
          acceptedOn: c.accepted_on,
          archiveHolder: c.archive_holder,
        }),
        attempt.timeoutMs,
      );
    } catch (error) {
      if (attempt.isLast) {
        await this.markNeedsManual(taskId, `No registry answer after the last attempt: ${messageOf(error)}`);
      }
      throw new RegistryCallError(messageOf(error));
    }
    return this.writeResult(taskId, task.case_id, evaluation);
  }

  /** The last attempt failed: a person takes over (the job also stays in the failed set). */
  async markNeedsManual(taskId: string, reason: string): Promise<void> {
    await this.deps.dataSource.query(
      `UPDATE ${S}.verification_task
          SET status = 'NEEDS_MANUAL', reason = $2, version = version + 1, updated_at = now()
        WHERE id = $1 AND status IN ('PENDING', 'IN_PROGRESS') AND requested_at IS NULL`,
      [taskId, reason.slice(0, 500)],
    );
  }

  private writeResult(taskId: string, caseId: string, e: TaskEvaluation): Promise<ProcessOutcome> {
    let published = false;
    const outcome = this.deps.dataSource.transaction(async (manager): Promise<ProcessOutcome> => {
      // Most results complete nothing: the relay is woken only when this one published an event.
      const publish: PublishEvent = async (type, subject, data) => {
        published = true;
        await enqueueEvent(manager, S, createEvent(type, { subject, data, source: 'archive-verification' }));
      };
      await lockCase(manager, caseId);
      const today = this.today();
      let sql: string;
      let params: unknown[];
      switch (e.status) {
        case 'PASSED':
          sql = `status = 'PASSED', facts = $2, reason = NULL, completed_at = now(),
                 archive_arrived_on = CASE WHEN $3 AND archive_mode = 'TRANSFER' THEN $4::date END,
                 letter_returned_on = CASE WHEN $3 AND archive_mode = 'CHECK_LETTER' THEN $4::date END`;
          params = [JSON.stringify(e.facts), e.archiveAnsweredOnline === true, today];
          break;
        case 'FAILED':
          sql = `status = 'FAILED', facts = $2, reason = $3, forged_material = $4, completed_at = now()`;
          params = [JSON.stringify(e.facts), e.reason, e.forgedMaterial];
          break;
        case 'NEEDS_MANUAL':
          sql = `status = 'NEEDS_MANUAL', facts = $2, reason = $3`;
          params = [JSON.stringify(e.facts), e.reason];
          break;
        case 'AWAITING_ARCHIVE':
          // Stays IN_PROGRESS until an officer records the archive's arrival or the letter's return.
          sql = `facts = $2, requested_at = now()`;
          params = [JSON.stringify(e.facts)];
          break;
      }
      const updated = await updateReturning(
        manager,
        `UPDATE ${S}.verification_task SET ${sql}, version = version + 1, updated_at = now()
          WHERE id = $1 AND status = 'IN_PROGRESS' AND requested_at IS NULL RETURNING id`,
        [taskId, ...params],
      );
      if (updated.length === 0) return 'LOST_RACE';
      if (e.status === 'AWAITING_ARCHIVE') return 'AWAITING_ARCHIVE';
      if (e.status === 'PASSED' || e.status === 'FAILED') {
        await completeCaseIfDone(manager, caseId, publish, this.deps.cipher, today);
      }
      return 'WRITTEN';
    });
    return outcome.then((result) => {
      if (published) this.deps.outbox.relayNow().catch(() => undefined);
      return result;
    });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new AttemptTimeoutError(ms)), ms);
      }),
    ]);
  } finally {
    if (timer) clearTimeout(timer);
    // A registry call that lost the race may still settle; nobody waits for it.
    work.catch(() => undefined);
  }
}
