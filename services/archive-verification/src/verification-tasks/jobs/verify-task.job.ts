import type { DataSource } from 'typeorm';
import { toShanghaiDate } from '@points/calendar';
import type { PiiCipher } from '@points/crypto';
import { enqueueEvent } from '@points/db';
import { createEvent, PII_EVENT_AAD, type JobData, type JobName } from '@points/events';
import type { OutboxService, PublishEvent } from '@points/subgraph';
import type { Registries } from '../../registries/registry.types';
import { CASE_RESIDENT_ID_AAD } from '../../verification-cases/case-opening/case-opening.service';
import { CaseCompletion } from '../../verification-cases/case-completion/case-completion';
import { VerificationCaseRepository } from '../../verification-cases/verification-case.repository';
import {
  ArchiveRetrievalMode,
  VerificationTaskKind,
  VerificationTaskStatus,
} from '../verification-task.enums';
import {
  SYSTEM,
  VerificationTaskRepository,
  type VerificationTaskPatch,
} from '../verification-task.repository';
import { VerificationTaskAction } from '../verification-task-transitions';
import { evaluateTask, type TaskEvaluation } from './task-evaluation';

const S = 'archive_verification';

/** Job name and payload of `archive-verification.tasks` (the payload type lives with the job). */
export const VERIFY_TASK_JOB = 'verify-task' satisfies JobName<'archive-verification.tasks'>;
export type VerifyTaskJobData = JobData<'archive-verification.tasks', typeof VERIFY_TASK_JOB>;
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
  /** The write paths (stateless; built here when a test or the benchmark passes none). */
  cases?: VerificationCaseRepository;
  tasks?: VerificationTaskRepository;
  completion?: CaseCompletion;
}

/**
 * What one job does: claims its task, asks the registry (bounded by the attempt timeout), and
 * writes the result with a status guard, in the transaction that also completes the case when
 * this was its last open task. A job that runs twice (a worker killed after the write, a
 * redelivery) finds the task final and writes nothing.
 */
export class TaskProcessor {
  private readonly today: () => string;
  private readonly cases: VerificationCaseRepository;
  private readonly tasks: VerificationTaskRepository;
  private readonly completion: CaseCompletion;

  constructor(private readonly deps: TaskProcessorDeps) {
    this.today = deps.today ?? (() => toShanghaiDate(new Date()));
    this.cases = deps.cases ?? new VerificationCaseRepository();
    this.tasks = deps.tasks ?? new VerificationTaskRepository();
    this.completion = deps.completion ?? new CaseCompletion(this.cases, this.tasks, deps.cipher);
  }

  async process(taskId: string, attempt: { timeoutMs: number; isLast: boolean }): Promise<ProcessOutcome> {
    // IN_PROGRESS without an archive request is a previous attempt that failed or died: retry it.
    // One statement claims the task and reads what the registry call needs from its case.
    const task = await this.tasks.claim(this.deps.dataSource.manager, taskId);
    if (!task) return 'ALREADY_DONE';
    const c = task.case;

    let evaluation: TaskEvaluation;
    const residentId = this.deps.cipher.decrypt(c.residentIdEnc, CASE_RESIDENT_ID_AAD);
    try {
      evaluation = await withTimeout(
        evaluateTask(this.deps.registries, {
          kind: task.kind,
          claim: task.claim,
          archiveMode: task.archiveMode,
          residentId,
          acceptedOn: c.acceptedOn,
          archiveHolder: c.archiveHolder,
        }),
        attempt.timeoutMs,
      );
    } catch (error) {
      if (attempt.isLast) {
        await this.markNeedsManual(taskId, `No registry answer after the last attempt: ${messageOf(error)}`);
      }
      throw new RegistryCallError(messageOf(error));
    }
    const cancelled = task.kind === VerificationTaskKind.RESIDENCE_PERMIT ? cancelledOnOf(evaluation) : null;
    return this.writeResult(
      taskId,
      task.caseId,
      task.archiveMode,
      evaluation,
      cancelled ? { residentId, cancelledOn: cancelled } : null,
    );
  }

  /** The last attempt failed: a person takes over (the job also stays in the failed set). */
  async markNeedsManual(taskId: string, reason: string): Promise<void> {
    await this.tasks.transition(this.deps.dataSource.manager, {
      taskId,
      action: VerificationTaskAction.GIVE_UP,
      to: VerificationTaskStatus.NEEDS_MANUAL,
      actor: SYSTEM,
      patch: { reason: reason.slice(0, 500) },
    });
  }

  private writeResult(
    taskId: string,
    caseId: string,
    archiveMode: ArchiveRetrievalMode | null,
    e: TaskEvaluation,
    permitCancelled: { residentId: string; cancelledOn: string } | null,
  ): Promise<ProcessOutcome> {
    let published = false;
    const outcome = this.deps.dataSource.transaction(async (manager): Promise<ProcessOutcome> => {
      // Most results complete nothing: the relay is woken only when this one published an event.
      const publish: PublishEvent = async (type, subject, data) => {
        published = true;
        await enqueueEvent(manager, S, createEvent(type, { subject, data, source: 'archive-verification' }));
      };
      await this.completion.lockCase(manager, caseId);
      const today = this.today();
      let action: VerificationTaskAction;
      let to: VerificationTaskStatus;
      let patch: VerificationTaskPatch;
      switch (e.status) {
        case 'PASSED': {
          // Answered online (电子档案): the archive or the letter counts as in on the day.
          const online = e.archiveAnsweredOnline === true;
          action = VerificationTaskAction.RECORD_RESULT;
          to = VerificationTaskStatus.PASSED;
          patch = {
            facts: e.facts,
            reason: null,
            archiveArrivedOn: online && archiveMode === ArchiveRetrievalMode.TRANSFER ? today : null,
            letterReturnedOn: online && archiveMode === ArchiveRetrievalMode.CHECK_LETTER ? today : null,
          };
          break;
        }
        case 'FAILED':
          action = VerificationTaskAction.RECORD_RESULT;
          to = VerificationTaskStatus.FAILED;
          patch = { facts: e.facts, reason: e.reason, forgedMaterial: e.forgedMaterial };
          break;
        case 'NEEDS_MANUAL':
          action = VerificationTaskAction.RECORD_RESULT;
          to = VerificationTaskStatus.NEEDS_MANUAL;
          patch = { facts: e.facts, reason: e.reason };
          break;
        case 'AWAITING_ARCHIVE':
          // Stays IN_PROGRESS until an officer records the archive's arrival or the letter's return.
          action = VerificationTaskAction.AWAIT_ARCHIVE;
          to = VerificationTaskStatus.IN_PROGRESS;
          patch = { facts: e.facts };
          break;
      }
      // A final result answers with the open tasks left in its case (under the case lock), so
      // the last one completes the case without a separate count.
      const request = { taskId, action, to, actor: SYSTEM, patch };
      let openInCase: number | null = null;
      if (e.status === 'PASSED' || e.status === 'FAILED') {
        const written = await this.tasks.transitionCountingOpen(manager, request);
        if (!written) return 'LOST_RACE';
        openInCase = written.openInCase;
      } else if (!(await this.tasks.transition(manager, request))) {
        return 'LOST_RACE';
      }
      // 第二十条: the registry's answer is the notice of the cancellation, whatever the case is
      // for; the application service voids the holder's live points (a repeat changes nothing).
      // Written with the result, so the event exists exactly when the answer was recorded.
      if (permitCancelled && permitCancelled.cancelledOn <= today) {
        await publish('residence-permit.cancelled', `verification-task:${taskId}`, {
          residentId: this.deps.cipher.encrypt(permitCancelled.residentId, PII_EVENT_AAD.residentId),
          cancelledOn: permitCancelled.cancelledOn,
          reason: `居住证管理系统答复居住证已于 ${permitCancelled.cancelledOn} 注销 (the residence-permit registry answered that the permit was cancelled)`,
        });
      }
      if (e.status === 'AWAITING_ARCHIVE') return 'AWAITING_ARCHIVE';
      if (openInCase === 0) await this.completion.completeCase(manager, caseId, publish, today);
      return 'WRITTEN';
    });
    return outcome.then((result) => {
      if (published) this.deps.outbox.relayNow().catch(() => undefined);
      return result;
    });
  }
}

/** The cancellation day of a permit answer (注销), if the registry holds one. */
function cancelledOnOf(e: TaskEvaluation): string | null {
  const value = e.facts.cancelledOn;
  return typeof value === 'string' ? value : null;
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
