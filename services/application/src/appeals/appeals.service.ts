import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DISTRICT_CODES, type AuthUser } from '@points/auth';
import { decodeKeysetCursor, encodeKeysetCursor } from '@points/db';
import { isApplyConditionCode, SH_2017_RULE_SET } from '@points/scoring-engine';
import { OutboxService } from '@points/subgraph';
import { ApplicationException, ApplicationExceptionCode } from '../applications/application.exception';
import { ApplicationState } from '../applications/application-state.enum';
import { ApplicationLifecycleService } from '../applications/application-lifecycle.service';
import { ApplicationRepository } from '../applications/application.repository';
import { ApplicationsService } from '../applications/applications.service';
import type { Application } from '../applications/application.entity';
import { ApplicationHistoryService } from '../history/application-history.service';
import { EntryCode } from '../history/history-codes';
import {
  AppealState,
  AppealSubject,
  type Appeal,
  type AppealFilter,
  type AppealPage,
  type AppealRequestInput,
  type RejectionAppealRequestInput,
} from './appeal.model';
import { AppealRepository } from './appeal.repository';

const MAX_PAGE = 100;
const OPEN_STATES = [AppealState.REQUESTED, AppealState.REVIEWED];
const isTimestamp = (key: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(key) && !Number.isNaN(Date.parse(key));

function bad(field: string, rule: string, message: string): ApplicationException {
  return new ApplicationException(ApplicationExceptionCode.INVALID_ARGUMENT, message, { field, rule });
}

function reasonOf(input: { reason: string }): string {
  const reason = input.reason.trim();
  if (reason.length < 5)
    throw bad('reason', 'min-length-5', 'reason must say what is wrong (at least 5 characters)');
  return reason;
}

/** A decided application without a score: rejected by the officer in ARCHIVE_REVIEW, or on failed checks. */
function unscoredRejection(application: Application): boolean {
  return application.state === ApplicationState.REJECTED && application.totalPoints === null;
}

/**
 * 复核 (第二十一条), filed by the applicant or HR on a decided application, with a reason: on the
 * score of one indicator (a scored decision) or on the reason of a rejection without a score. A
 * first HRSS reviewer proposes (a correction of the total; none on a rejection), a second HRSS
 * person decides (never the reviewer, never who filed it). An upheld correction changes
 * `correctedTotal` and, reaching the standard, approves; an upheld rejection appeal reopens the
 * application for its checks again. Each step is in the application's history.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly history: ApplicationHistoryService,
    private readonly repository: ApplicationRepository,
    private readonly appeals: AppealRepository,
    private readonly lifecycle: ApplicationLifecycleService,
    private readonly outbox: OutboxService,
  ) {}

  /** On the score of one indicator. */
  async request(user: AuthUser, input: AppealRequestInput): Promise<Appeal> {
    const application = await this.applications.findVisible(user, input.applicationId);
    if (application.state !== ApplicationState.APPROVED && application.state !== ApplicationState.REJECTED) {
      throw new ApplicationException(
        ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
        `A score can be appealed once the application is decided (APPROVED or REJECTED); it is ${application.state}`,
        { field: 'applicationId', rule: 'decided-only' },
      );
    }
    if (application.totalPoints === null) {
      throw bad(
        'applicationId',
        'scored-only',
        'This application was decided without a score: appeal the reason of the rejection instead (requestRejectionAppeal)',
      );
    }
    const reason = reasonOf(input);
    return this.file(user, application, { subject: AppealSubject.SCORE, indicator: input.indicator, reason });
  }

  /** On the reason of a rejection decided without a score. */
  async requestOnRejection(user: AuthUser, input: RejectionAppealRequestInput): Promise<Appeal> {
    const application = await this.applications.findVisible(user, input.applicationId);
    if (!unscoredRejection(application)) {
      throw new ApplicationException(
        ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
        application.state === ApplicationState.REJECTED
          ? 'This rejection was scored: appeal the score of an indicator instead (requestAppeal)'
          : `Only a rejection can be appealed on its reason; the application is ${application.state}`,
        { field: 'applicationId', rule: 'unscored-rejection-only' },
      );
    }
    const reason = reasonOf(input);
    return this.file(user, application, { subject: AppealSubject.REJECTION, indicator: null, reason });
  }

  private async file(
    user: AuthUser,
    application: Application,
    appeal: { subject: AppealSubject; indicator: Appeal['indicator']; reason: string },
  ): Promise<Appeal> {
    return this.dataSource.transaction(async (manager) => {
      if (
        appeal.subject === AppealSubject.REJECTION &&
        (await this.appeals.rejectionUpheld(manager, application.id))
      ) {
        throw new ApplicationException(
          ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
          'This rejection follows checks already made again on an upheld appeal: it is not reopened twice',
          { field: 'applicationId', rule: 'reopened-once' },
        );
      }
      const filed = await this.appeals.insertOpen(manager, {
        applicationId: application.id,
        subject: appeal.subject,
        indicator: appeal.indicator,
        reason: appeal.reason,
        requestedBy: user.sub,
        requestedRole: user.role,
      });
      if (!filed) {
        throw new ApplicationException(
          ApplicationExceptionCode.APPEAL_ALREADY_OPEN,
          appeal.indicator
            ? `An appeal on ${appeal.indicator} is already open for this application; it is decided first`
            : 'An appeal on this rejection is already open; it is decided first',
          appeal.indicator
            ? { field: 'indicator', rule: 'one-open-appeal-per-indicator' }
            : { field: 'applicationId', rule: 'one-open-appeal-on-rejection' },
        );
      }
      await this.history.record(manager, {
        applicationId: application.id,
        from: application.state,
        to: application.state,
        actor: user.sub,
        role: user.role,
        code: EntryCode.APPEAL_FILED,
        reason: appeal.indicator
          ? `申请复核 ${appeal.indicator}: ${appeal.reason}`
          : `对审核不通过的理由申请复核 (appeal on the rejection): ${appeal.reason}`,
      });
      return filed;
    });
  }

  async listFor(applicationId: string): Promise<Appeal[]> {
    return this.appeals.listFor(this.dataSource.manager, applicationId);
  }

  /**
   * HRSS's list of appeals: open ones by default, oldest request first. Keyset on (requested_at, id):
   * the cursor carries requested_at to the microsecond as PostgreSQL printed it (a JS Date would
   * drop the microseconds and repeat or skip rows at a page boundary).
   */
  async page(filter: AppealFilter = {}, first = 20, after?: string | null): Promise<AppealPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw bad('first', 'between-1-and-100', `first must be between 1 and ${MAX_PAGE}`);
    }
    const district = filter.district ?? null;
    if (district !== null && !(DISTRICT_CODES as readonly string[]).includes(district)) {
      throw bad('filter.district', 'district-code', 'filter.district must be a district code such as XUHUI');
    }
    const states = filter.states?.length ? filter.states : OPEN_STATES;
    const cursor = after ? decodeKeysetCursor(after, isTimestamp) : undefined;
    if (cursor === null) throw bad('after', 'cursor', 'after is not a cursor this list handed out');
    const { items: rows } = await this.appeals.page(this.dataSource.manager, {
      states,
      district,
      after: cursor ?? null,
      limit: first + 1,
    });
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return {
      items: items.map(({ cursorAt: _cursorAt, ...item }) => item),
      hasNextPage: rows.length > first,
      endCursor: last ? encodeKeysetCursor(last.cursorAt, last.id) : null,
    };
  }

  async review(
    user: AuthUser,
    id: string,
    version: number,
    proposedDelta: number,
    note: string,
  ): Promise<Appeal> {
    if (!note.trim()) throw bad('note', 'required', 'note is required: what the review found');
    return this.dataSource.transaction(async (manager) => {
      const appeal = await this.locked(manager, id);
      if (appeal.version !== version) throw this.stale();
      if (appeal.state !== AppealState.REQUESTED) {
        throw new ApplicationException(
          ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
          `The appeal is ${appeal.state}, not REQUESTED`,
          { field: 'id', rule: 'requested-only' },
        );
      }
      // A rejection appeal is decided on whether the checks are made again, not on points.
      if (appeal.subject === AppealSubject.REJECTION && proposedDelta !== 0) {
        throw bad(
          'proposedDelta',
          'zero-on-rejection-appeal',
          'proposedDelta must be 0 on an appeal of a rejection: upheld, the application is checked and scored again',
        );
      }
      return this.appeals.markReviewed(manager, id, { reviewer: user.sub, note: note.trim(), proposedDelta });
    });
  }

  async decide(user: AuthUser, id: string, version: number, uphold: boolean, note: string): Promise<Appeal> {
    if (!note.trim()) throw bad('note', 'required', 'note is required: the reason of the decision');
    return this.outbox.transaction(async (manager, publish) => {
      const appeal = await this.locked(manager, id);
      if (appeal.version !== version) throw this.stale();
      if (appeal.state !== AppealState.REVIEWED) {
        throw new ApplicationException(
          ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
          `The appeal is ${appeal.state}, not REVIEWED`,
          { field: 'id', rule: 'reviewed-only' },
        );
      }
      // The second pair of eyes: the decider is never the first reviewer.
      if (appeal.firstReviewer === user.sub) {
        throw new ApplicationException(
          ApplicationExceptionCode.ROLE_NOT_ALLOWED,
          'A second HRSS person must decide: you reviewed this appeal first',
        );
      }
      if (appeal.requestedBy === user.sub) {
        throw new ApplicationException(
          ApplicationExceptionCode.ROLE_NOT_ALLOWED,
          'A second HRSS person must decide: you filed this appeal',
        );
      }
      const application = await this.repository.lockedById(manager, appeal.applicationId);
      const decided = await this.appeals.markDecided(manager, id, {
        state: uphold ? AppealState.UPHELD : AppealState.DISMISSED,
        decidedBy: user.sub,
        note: note.trim(),
      });
      const reviewedBy = appeal.firstReviewer ?? '?';
      if (appeal.subject === AppealSubject.REJECTION) {
        if (uphold) {
          await this.lifecycle.reopenOnAppeal(
            manager,
            publish,
            application,
            user,
            appeal.id,
            `复核成立，重新核查 (upheld appeal on the rejection: checked again; ${note.trim()}; reviewed by ${reviewedBy})`,
          );
        } else {
          await this.history.record(manager, {
            applicationId: appeal.applicationId,
            from: application.state,
            to: application.state,
            actor: user.sub,
            role: user.role,
            code: EntryCode.APPEAL_DECIDED,
            reason: `复核维持审核不通过决定 (appeal on the rejection dismissed: ${note.trim()}; reviewed by ${reviewedBy})`,
          });
        }
        return decided;
      }
      const before = application.correctedTotal ?? application.totalPoints ?? 0;
      const delta = uphold ? (appeal.proposedDelta ?? 0) : 0;
      const after = Math.max(0, before + delta);
      const reason = uphold
        ? `复核改正 ${appeal.indicator} ${delta >= 0 ? '+' : ''}${delta}: 总分 ${before} → ${after} (${note.trim()}; reviewed by ${reviewedBy})`
        : `复核维持原核定 ${appeal.indicator} (${note.trim()}; reviewed by ${reviewedBy})`;
      if (uphold && delta !== 0 && appeal.indicator) {
        await this.repository.amend(manager, {
          id: appeal.applicationId,
          actor: user,
          patch: { correctedTotal: after },
          code: EntryCode.SCORE_CORRECTED,
          reason,
        });
        await publish('application.score-corrected', `application:${appeal.applicationId}`, {
          applicationId: appeal.applicationId,
          assessmentId: application.assessmentId,
          appealId: appeal.id,
          indicator: appeal.indicator,
          delta,
          correctedTotal: after,
          decidedBy: user.sub,
        });
        // The corrected score changes the decision: a scored rejection now at the standard is approved,
        // unless the holder could not apply at all (第二条): a score appeal does not cure that.
        const cannotApply = (application.findings ?? []).some((finding) =>
          isApplyConditionCode(finding.code),
        );
        if (
          application.state === ApplicationState.REJECTED &&
          after >= SH_2017_RULE_SET.standard &&
          !cannotApply
        ) {
          await this.lifecycle.approveOnAppeal(
            manager,
            publish,
            application,
            user,
            after,
            `复核改正后总分 ${after} 分，达到标准分值 ${SH_2017_RULE_SET.standard} 分，积分核定通过 (upheld appeal: corrected total ${after} reaches the standard)`,
          );
        }
      } else {
        await this.history.record(manager, {
          applicationId: appeal.applicationId,
          from: application.state,
          to: application.state,
          actor: user.sub,
          role: user.role,
          code: EntryCode.APPEAL_DECIDED,
          reason,
        });
      }
      return decided;
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<Appeal> {
    const appeal = await this.appeals.locked(manager, id);
    if (!appeal)
      throw new ApplicationException(ApplicationExceptionCode.APPLICATION_NOT_FOUND, `No appeal ${id}`);
    return appeal;
  }

  private stale(): ApplicationException {
    return new ApplicationException(
      ApplicationExceptionCode.STALE_VERSION,
      'The appeal changed since you loaded it; reload and try again',
    );
  }
}
