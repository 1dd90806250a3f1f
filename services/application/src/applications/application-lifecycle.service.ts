import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { districtScopeOf, type AuthUser } from '@points/auth';
import { BlindIndex, PiiCipher } from '@points/crypto';
import { enqueueEvent } from '@points/db';
import {
  createEvent,
  PII_EVENT_AAD,
  type EventEnvelope,
  type EventPayload,
  type EventType,
} from '@points/events';
import {
  SH_2017_RULE_SET,
  EmployerKind,
  EvidenceKind,
  type Evidence,
  type ScoreProfileInput,
} from '@points/scoring-engine';
import { OutboxService, type PublishEvent } from '@points/subgraph';
import { ApplicationClock } from '../clock/application-clock';
import { ApplicationHistoryService, SYSTEM_ACTOR } from '../history/application-history.service';
import {
  PII_COLUMN_AAD,
  ProjectionsService,
  RESIDENT_ID_INDEX_DOMAIN,
} from '../projections/projections.service';
import { isoDateSchema } from '@points/validation';
import {
  NOTHING_DUE,
  SCORING_WORKING_DAYS,
  ARCHIVE_REVIEW_WORKING_DAYS,
  workingDayDeadline,
} from '../review-queue/deadlines.util';
import { claimedProfileOf } from './application-claims.util';
import { pointsValidUntil, verifiedPermitExpiry } from './points-validity.util';
import { Application } from './application.entity';
import { ApplicationException, ApplicationExceptionCode } from './application.exception';
import { ApplicationKind, ApplicationState } from './application-state.enum';
import {
  ApplicationRepository,
  type ApplicationPatch,
  type PersonActor,
  type SystemActor,
} from './application.repository';
import { ApplicationAction, SystemAction, systemMayTake } from './application-transitions';
import { ApplicationsService } from './applications.service';
import { ReceiptNumbers, type TakenReceipt } from './receipt-numbers';
import { EntryCode } from '../history/history-codes';
import { reviewRenewalOnFacts } from '../renewals/renewal-online-review.util';
import { nextNoticeNo } from '../notice/notice-number';

export interface TransitionInput {
  id: string;
  version: number;
  reason?: string | null;
  missing?: string[] | null;
  employerRequest?: string | null;
  /** RECORD_PERMIT_CANCELLED: the day the permit was cancelled (注销), not in the future. */
  cancelledOn?: string | null;
  /** CORRECT_POINTS: the total after HRSS's correction. */
  correctedTotal?: number | null;
}

const SERVICE = 'application';

/** Publishes into the outbox with an existing transaction (event handlers run inside the inbox's). */
export function publisherFor(manager: EntityManager): PublishEvent {
  return async <T extends EventType>(type: T, subject: string, data: EventPayload<T>) => {
    await enqueueEvent(manager, SERVICE, createEvent(type, { subject, data, source: SERVICE }));
  };
}

function required(value: string | null | undefined, field: string, what: string): string {
  const text = value?.trim();
  if (!text) {
    throw new ApplicationException(
      ApplicationExceptionCode.INVALID_ARGUMENT,
      `${field} is required: ${what}`,
      {
        field,
        rule: 'required',
      },
    );
  }
  return text;
}

/** REJECT and RESCORE in SCORING are the ways out of a failed assessment only; otherwise scoring decides. */
function assertScoringFailedIfScoring(application: Application): void {
  if (application.state === ApplicationState.SCORING && application.scoringFailure === null) {
    throw new ApplicationException(
      ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
      'Scoring has not failed for this application: the assessment decides it (APPROVED or REJECTED)',
      { field: 'id', rule: 'scoring-failed-only' },
    );
  }
}

/** Permit cancellation and correction act on live points only. */
function assertPointsLive(application: Application): void {
  if (application.pointsVoidedOn) {
    throw new ApplicationException(
      ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
      `The points of this application are void since ${application.pointsVoidedOn}`,
      { field: 'id', rule: 'points-already-void' },
    );
  }
}

/**
 * Every move of the lifecycle: people's actions (mutations) and the system's (events). Each one
 * goes through ApplicationRepository.transition(): the row locked, the version the caller saw
 * checked first (of 50 officers accepting at once, one wins and 49 get CONFLICT, whatever the
 * state has become), the transition table, then the history entry and its events in the same
 * transaction.
 */
@Injectable()
export class ApplicationLifecycleService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly applications: ApplicationsService,
    private readonly repository: ApplicationRepository,
    private readonly projections: ProjectionsService,
    private readonly history: ApplicationHistoryService,
    private readonly clock: ApplicationClock,
    private readonly cipher: PiiCipher,
    private readonly blindIndex: BlindIndex,
    private readonly receipts: ReceiptNumbers,
  ) {}

  async act(user: AuthUser, action: ApplicationAction, input: TransitionInput): Promise<Application> {
    // A receipt number kept in memory before the transaction, so taking it inside waits for no one.
    // Only an officer accepts, in the district of the token (a different role is refused under
    // the lock, and its claim released); a racer that finds the version moved releases its claim.
    const district = action === ApplicationAction.ACCEPT ? districtScopeOf(user) : null;
    const claim = district
      ? await this.receipts.claim(district, Number(this.clock.today().slice(0, 4)))
      : undefined;
    let receipt: TakenReceipt | undefined;
    try {
      return await this.outbox.transaction(async (manager, publish) => {
        // The row as the caller may see it, locked: racers queue on it and find the version moved.
        // One read: there is no read before the transaction, nor one after the commit.
        const current = await this.applications.lockVisible(manager, user, input.id);
        // An appeal's outcome is the second HRSS person's decision on it (AppealsService.decide),
        // never an action of its own: without the appeal there is nothing two people decided.
        if (action === ApplicationAction.APPROVE_ON_APPEAL || action === ApplicationAction.REOPEN_ON_APPEAL) {
          throw new ApplicationException(
            ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
            `${action} is taken by deciding an appeal (decideAppeal), not by itself`,
            { field: 'action', rule: 'appeal-decision-only' },
          );
        }
        // Inputs are checked before anything is written; the role, the version and the state are
        // checked by transition() in that order (a refusal rolls back the lock alone).
        const reason = this.reasonFor(action, input);
        const missing =
          action === ApplicationAction.REQUEST_MATERIALS ? this.missingList(input.missing) : null;
        if (action === ApplicationAction.SUBMIT_TO_EMPLOYER && current.version === input.version)
          this.applications.assertComplete(current);
        return this.actOnLocked(manager, publish, user, action, input, current, reason, missing, async () => {
          const year = Number(this.clock.today().slice(0, 4));
          receipt = claim
            ? await claim.take(manager, year)
            : await this.receipts.takeFromCounter(manager, current.district, year);
          return receipt.receiptNo;
        });
      });
    } catch (error) {
      // Not committed: the number goes back for the next acceptance.
      receipt?.giveBack();
      throw error;
    } finally {
      claim?.release();
    }
  }

  private async actOnLocked(
    manager: EntityManager,
    publish: PublishEvent,
    user: AuthUser,
    action: ApplicationAction,
    input: TransitionInput,
    current: Application,
    reason: string | null,
    missing: string[] | null,
    takeReceipt: () => Promise<string>,
  ): Promise<Application> {
    const patch: ApplicationPatch = {};
    const today = this.clock.today();
    let recorded = reason;
    let guard: ((row: Application) => void) | undefined;
    switch (action) {
      case ApplicationAction.APPROVE_AND_SUBMIT:
        if (current.version === input.version) await this.assertMayFile(manager, current, today);
        patch.employerApprovedAt = new Date();
        patch.submittedAt = new Date();
        break;
      case ApplicationAction.ACCEPT: {
        const deadline = workingDayDeadline(today, ARCHIVE_REVIEW_WORKING_DAYS);
        patch.materialsMissing = null;
        patch.acceptedOn = today;
        patch.assignedOfficer = current.assignedOfficer ?? user.sub;
        patch.archiveDueOn = deadline.dueOn;
        patch.archiveDueProvisional = deadline.provisional;
        patch.archiveDueCalendar = deadline.calendarDataVersion;
        patch.queueDue = deadline.dueOn;
        // Taken under the application's lock, only by the acceptance that can win (the version it
        // saw is the row's): racers that will get CONFLICT take none.
        if (current.version === input.version) patch.receiptNo = await takeReceipt();
        recorded = `受理，收件凭证 ${patch.receiptNo} (accepted, receipt ${patch.receiptNo})${reason ? `: ${reason}` : ''}`;
        break;
      }
      case ApplicationAction.REQUEST_MATERIALS:
        patch.materialsMissing = missing;
        break;
      case ApplicationAction.REJECT:
        patch.decidedAt = new Date();
        patch.decisionReason = reason;
        patch.queueDue = NOTHING_DUE;
        guard = assertScoringFailedIfScoring;
        break;
      case ApplicationAction.RESCORE:
        // The deadline keeps running: scoring_due_on and queue_due stay as they are.
        patch.scoringFailure = null;
        guard = assertScoringFailedIfScoring;
        recorded = `重新积分核定 (HRSS re-scores: ${reason ?? ''})`;
        break;
      case ApplicationAction.REVOKE:
        patch.revocationRequest = input.employerRequest?.trim() ?? null;
        patch.queueDue = NOTHING_DUE;
        break;
      case ApplicationAction.RECORD_PERMIT_CANCELLED:
        patch.pointsVoidedOn = this.cancelledOn(input.cancelledOn, today);
        guard = assertPointsLive;
        recorded = `居住证已注销，积分自 ${patch.pointsVoidedOn} 起失效 (第二十条: permit cancelled, points void): ${reason ?? ''}`;
        break;
      case ApplicationAction.CORRECT_POINTS: {
        const corrected = this.correctedTotal(input.correctedTotal);
        patch.correctedTotal = corrected;
        if (corrected < SH_2017_RULE_SET.standard) patch.pointsVoidedOn = today;
        guard = assertPointsLive;
        const before = current.correctedTotal ?? current.totalPoints;
        recorded = `违规材料取得的积分予以纠正 (第二十一条: HRSS correction) ${before ?? '?'} → ${corrected}${
          corrected < SH_2017_RULE_SET.standard
            ? `，低于标准分值 ${SH_2017_RULE_SET.standard}，积分失效 (below the standard score: points void)`
            : ''
        }: ${reason ?? ''}`;
        break;
      }
      case ApplicationAction.SUBMIT_TO_EMPLOYER:
      case ApplicationAction.RETURN_TO_APPLICANT:
      case ApplicationAction.WITHDRAW:
      case ApplicationAction.APPROVE_ON_APPEAL:
      case ApplicationAction.REOPEN_ON_APPEAL:
        break;
    }
    const moved = await this.repository.transition(manager, {
      id: current.id,
      locked: current,
      expectedVersion: input.version,
      action,
      actor: user,
      patch,
      reason: recorded,
      guard,
    });
    switch (action) {
      case ApplicationAction.ACCEPT:
        await this.announceAccepted(manager, publish, moved, today);
        break;
      case ApplicationAction.REQUEST_MATERIALS:
        await publish('application.materials-required', `application:${moved.id}`, {
          applicationId: moved.id,
          applicantId: moved.applicantId,
          employerId: moved.employerId,
          district: moved.district,
          missing: missing ?? [],
        });
        break;
      case ApplicationAction.REJECT:
        await this.publishDecision(publish, moved, 'REJECTED', reason);
        break;
      case ApplicationAction.APPROVE_AND_SUBMIT:
        if (moved.kind === ApplicationKind.RENEWAL)
          await this.reviewRenewalOnline(manager, publish, moved, today);
        break;
      case ApplicationAction.RESCORE:
        await this.requestScoring(publish, moved);
        break;
      case ApplicationAction.RECORD_PERMIT_CANCELLED:
        await this.announceVoided(publish, moved, 'PERMIT_CANCELLED', reason ?? '');
        break;
      case ApplicationAction.CORRECT_POINTS:
        if (moved.pointsVoidedOn) await this.announceVoided(publish, moved, 'CORRECTED', reason ?? '');
        break;
      case ApplicationAction.SUBMIT_TO_EMPLOYER:
      case ApplicationAction.RETURN_TO_APPLICANT:
      case ApplicationAction.WITHDRAW:
      case ApplicationAction.REVOKE:
      case ApplicationAction.APPROVE_ON_APPEAL:
      case ApplicationAction.REOPEN_ON_APPEAL:
        break;
    }
    // The online review of a renewal moved the row again (approved, or back to 等待受理).
    if (action === ApplicationAction.APPROVE_AND_SUBMIT && moved.kind === ApplicationKind.RENEWAL)
      return this.repository.lockedById(manager, moved.id);
    return moved;
  }

  private reasonFor(action: ApplicationAction, input: TransitionInput): string | null {
    switch (action) {
      case ApplicationAction.RETURN_TO_APPLICANT:
        return required(input.reason, 'reason', 'say what the applicant must fix');
      case ApplicationAction.REJECT:
        return required(input.reason, 'reason', 'the reason for the rejection');
      case ApplicationAction.RESCORE:
        return required(input.reason, 'reason', 'what was fixed since the assessment failed');
      case ApplicationAction.REVOKE:
        return `撤销，应单位申请: ${required(input.employerRequest, 'employerRequest', "record the employer's request for the revocation (撤销)")}`;
      case ApplicationAction.REQUEST_MATERIALS:
        return `需补齐材料: ${this.missingList(input.missing).join('；')}`;
      case ApplicationAction.RECORD_PERMIT_CANCELLED:
        return required(
          input.reason,
          'reason',
          'what the registry or the holder said about the cancellation',
        );
      case ApplicationAction.CORRECT_POINTS:
        return required(input.reason, 'reason', 'which materials were irregular and what was corrected');
      case ApplicationAction.SUBMIT_TO_EMPLOYER:
      case ApplicationAction.APPROVE_AND_SUBMIT:
      case ApplicationAction.ACCEPT:
      case ApplicationAction.WITHDRAW:
      case ApplicationAction.APPROVE_ON_APPEAL:
      case ApplicationAction.REOPEN_ON_APPEAL:
        return input.reason?.trim() || null;
    }
  }

  private cancelledOn(value: string | null | undefined, today: string): string {
    const day = required(value, 'cancelledOn', 'the day the permit was cancelled (YYYY-MM-DD)');
    if (!isoDateSchema.safeParse(day).success) {
      throw new ApplicationException(
        ApplicationExceptionCode.INVALID_ARGUMENT,
        'cancelledOn must be a date (YYYY-MM-DD)',
        {
          field: 'cancelledOn',
          rule: 'date',
        },
      );
    }
    if (day > today) {
      throw new ApplicationException(
        ApplicationExceptionCode.INVALID_ARGUMENT,
        `cancelledOn must not be after today (${today})`,
        {
          field: 'cancelledOn',
          rule: 'not-in-future',
        },
      );
    }
    return day;
  }

  private correctedTotal(value: number | null | undefined): number {
    if (value === null || value === undefined || !Number.isInteger(value) || value < 0 || value > 2000) {
      throw new ApplicationException(
        ApplicationExceptionCode.INVALID_ARGUMENT,
        'correctedTotal must be a whole number of points from 0 to 2000',
        { field: 'correctedTotal', rule: 'range' },
      );
    }
    return value;
  }

  /**
   * The points are void (第二十条, or 第二十一条 below the standard score): employer-registration learns
   * they are no longer valid (the holder may then switch employer himself), holder and employer by SMS.
   */
  private async announceVoided(
    publish: PublishEvent,
    application: Application,
    cause: 'PERMIT_CANCELLED' | 'CORRECTED',
    reason: string,
  ): Promise<void> {
    await publish('application.points-validity-changed', `application:${application.id}`, {
      applicationId: application.id,
      applicantId: application.applicantId,
      validUntil: null,
    });
    await publish('application.points-voided', `application:${application.id}`, {
      applicationId: application.id,
      applicantId: application.applicantId,
      employerId: application.employerId,
      district: application.district,
      voidedOn: application.pointsVoidedOn ?? this.clock.today(),
      cause,
      reason,
    });
  }

  /**
   * residence-permit.cancelled (第二十条): every live approval of the holder is void at once, with
   * the SMS. A redelivery finds the points void already and changes nothing.
   */
  async onPermitCancelled(
    event: EventEnvelope<'residence-permit.cancelled'>,
    manager: EntityManager,
  ): Promise<void> {
    const residentId = this.cipher.decrypt(event.data.residentId, PII_EVENT_AAD.residentId);
    const bidx = this.blindIndex.compute(residentId, RESIDENT_ID_INDEX_DOMAIN);
    const live: Array<{ id: string }> = await manager.query(
      `SELECT id FROM application.application
        WHERE resident_id_bidx = $1 AND state = 'APPROVED' AND points_voided_on IS NULL`,
      [bidx],
    );
    const publish = publisherFor(manager);
    const reason = `居住证已注销 (registry: ${event.data.reason})`;
    for (const { id } of live) {
      const current = await this.repository.lockedById(manager, id);
      if (!systemMayTake(current.state, SystemAction.PERMIT_CANCELLED) || current.pointsVoidedOn) continue;
      const voided = await this.repository.transition(manager, {
        id,
        action: SystemAction.PERMIT_CANCELLED,
        actor: SYSTEM_ACTOR,
        patch: { pointsVoidedOn: event.data.cancelledOn },
        reason: `居住证已注销，积分自 ${event.data.cancelledOn} 起失效 (第二十条: permit cancelled, points void): ${reason}`,
      });
      await this.announceVoided(publish, voided, 'PERMIT_CANCELLED', reason);
    }
  }

  private missingList(missing: string[] | null | undefined): string[] {
    const items = (missing ?? []).map((m) => m.trim());
    if (items.length === 0 || items.some((m) => m === '')) {
      throw new ApplicationException(
        ApplicationExceptionCode.INVALID_ARGUMENT,
        'missing must list at least one item, none blank',
        {
          field: 'missing',
          rule: 'non-empty-items',
        },
      );
    }
    return items;
  }

  /** Every submission checks the employer's standing and the applicant's ban again (domain.md §1.5). */
  async assertMayFile(
    manager: EntityManager,
    application: Pick<Application, 'employerId' | 'applicantId' | 'district'>,
    today: string,
  ): Promise<void> {
    const employer = await this.projections.employer(manager, application.employerId);
    if (!employer || employer.status !== 'APPROVED') {
      throw new ApplicationException(
        ApplicationExceptionCode.EMPLOYER_MAY_NOT_FILE,
        'Only an approved employer may file applications',
      );
    }
    if (employer.suspendedUntil && employer.suspendedUntil >= today) {
      throw new ApplicationException(
        ApplicationExceptionCode.EMPLOYER_MAY_NOT_FILE,
        `The employer is suspended until ${employer.suspendedUntil} and may not file applications`,
      );
    }
    if (employer.district !== application.district) {
      throw new ApplicationException(
        ApplicationExceptionCode.EMPLOYER_MAY_NOT_FILE,
        `The employer is registered in ${employer.district} and may only file there`,
      );
    }
    const applicant = await this.projections.applicant(manager, application.applicantId);
    if (applicant?.bannedUntil && applicant.bannedUntil >= today) {
      throw new ApplicationException(
        ApplicationExceptionCode.APPLICANT_BANNED,
        `The applicant may not apply until ${applicant.bannedUntil} (forged materials)`,
      );
    }
  }

  private async announceAccepted(
    manager: EntityManager,
    publish: PublishEvent,
    application: Application,
    today: string,
  ): Promise<void> {
    await publish(
      'application.accepted',
      `application:${application.id}`,
      await this.acceptedPayload(manager, application, today),
    );
  }

  /** What verification is asked to check: the claims as the form holds them, who holds the archive. */
  private async acceptedPayload(
    manager: EntityManager,
    application: Application,
    acceptedOn: string,
  ): Promise<EventPayload<'application.accepted'>> {
    const receiptNo = application.receiptNo ?? '';
    const employer = await this.projections.employer(manager, application.employerId);
    if (!employer)
      throw new ApplicationException(ApplicationExceptionCode.EMPLOYER_MAY_NOT_FILE, 'Unknown employer');
    const residentId = this.cipher.decrypt(application.residentIdEnc ?? '', PII_COLUMN_AAD.residentId);
    const form = application.form;
    // A co-resident not on the approval this application continues is added now (a child: 调档).
    const previous = application.previousApplicationId
      ? await this.repository.lockedById(manager, application.previousApplicationId).catch(() => undefined)
      : undefined;
    const before = new Set(
      (previous?.form.coResidents ?? []).map((p) => `${p.relation}|${p.name}|${p.birthDate}`),
    );
    return {
      applicationId: application.id,
      kind: application.kind,
      applicantId: application.applicantId,
      residentId: this.cipher.encrypt(residentId, PII_EVENT_AAD.residentId),
      employerId: application.employerId,
      employerCreditCode: employer.creditCode,
      district: application.district,
      receiptNo,
      acceptedOn,
      claimedProfile: { ...claimedProfileOf(form, this.applications.birthDateOf(application), acceptedOn) },
      educationHistory: (form.educationHistory ?? []).map((e) => ({
        level: e.level,
        school: e.school,
        major: e.major ?? null,
        graduationDate: e.graduationDate,
        fullTime: e.fullTime,
        overseas: e.overseas,
        certificateNo: e.certificateNo ?? null,
      })),
      archiveHolder: form.archiveLocation?.holder ?? '未填写',
      residencePermit: form.residencePermit
        ? {
            number: form.residencePermit.number,
            validFrom: form.residencePermit.validFrom,
            validTo: form.residencePermit.validTo,
          }
        : null,
      coResidents: (form.coResidents ?? []).map((p) => ({
        relation: p.relation,
        name: p.name,
        birthDate: p.birthDate,
        highSchoolEnrolmentProof: p.highSchoolEnrolmentProof ?? null,
        added: !before.has(`${p.relation}|${p.name}|${p.birthDate}`),
      })),
    };
  }

  private async publishDecision(
    publish: PublishEvent,
    application: Application,
    decision: 'APPROVED' | 'REJECTED',
    reason: string | null,
  ): Promise<void> {
    await publish('application.decided', `application:${application.id}`, {
      applicationId: application.id,
      kind: application.kind,
      applicantId: application.applicantId,
      employerId: application.employerId,
      district: application.district,
      decision,
      validUntil: decision === 'APPROVED' ? application.validUntil : null,
      reason,
    });
  }

  /** The points notice's verification code: keyed HMAC of the application and its validity. */
  noticeCodeFor(applicationId: string, validUntil: string): string {
    const digest = this.blindIndex
      .compute(`${applicationId}|${validUntil}`, 'points-notice')
      .replace(/[^A-Za-z0-9]/g, '');
    return digest
      .slice(0, 16)
      .toUpperCase()
      .replace(/(.{4})(?!$)/g, '$1-');
  }

  /**
   * APPROVED until the permit expires, with the notice's number and code, and the decision
   * published (application.decided); a RENEWAL or CHANGE closes what it continues.
   */
  private async approve(
    manager: EntityManager,
    publish: PublishEvent,
    application: Application,
    move:
      | { action: SystemAction.SCORED_ELIGIBLE | SystemAction.RENEWAL_CONFIRMED_ONLINE; actor: SystemActor }
      | { action: ApplicationAction.APPROVE_ON_APPEAL; actor: PersonActor },
    scored: Pick<
      ApplicationPatch,
      | 'totalPoints'
      | 'assessmentId'
      | 'ruleSetVersion'
      | 'onlineReview'
      | 'correctedTotal'
      | 'coResidentChecks'
      | 'verifiedProfile'
      | 'verifiedPermit'
      | 'findings'
      | 'assessmentDate'
    >,
    reason: string,
  ): Promise<Application> {
    // The verified permit expiry (a typed one only without a registry answer), at most a year on.
    const continued = application.previousApplicationId
      ? await this.repository.lockedById(manager, application.previousApplicationId).catch(() => undefined)
      : undefined;
    const validUntil = pointsValidUntil({
      verifiedExpiry: verifiedPermitExpiry(application.verifiedProfile),
      typedExpiry: application.form.residencePermit?.validTo ?? null,
      decidedOn: this.clock.today(),
      continuesUntil: continued?.pointsVoidedOn ? null : (continued?.validUntil ?? null),
    });
    // The approval it continues closed and the events written first, the numbered write last:
    // the notice number's counter row (one per year, city-wide, gap-free) stays locked from
    // nextNoticeNo to the commit, and with the events after it every approval of the city
    // waited for six statements of the one before (issue 18). Now three: the UPDATE, the
    // history entry, the statistics. All of it commits together or not at all, as before.
    if (application.previousApplicationId) {
      await this.supersede(manager, publish, application.previousApplicationId, application.id);
    }
    await publish('application.points-validity-changed', `application:${application.id}`, {
      applicationId: application.id,
      applicantId: application.applicantId,
      validUntil,
    });
    await this.publishDecision(publish, { ...application, validUntil }, 'APPROVED', null);
    // Locked (again: the callers hold it) before the number, so transition() reads nothing under it.
    const locked = await this.repository.lockedById(manager, application.id);
    const approved = await this.repository.transition(manager, {
      id: application.id,
      locked,
      ...move,
      patch: {
        ...scored,
        decidedAt: new Date(),
        validUntil,
        noticeCode: validUntil ? this.noticeCodeFor(application.id, validUntil) : null,
        noticeNo: validUntil ? await nextNoticeNo(manager, this.clock.today()) : null,
        queueDue: NOTHING_DUE,
        decisionReason: null,
      },
      reason,
    });
    return approved;
  }

  /**
   * A renewal or a CHANGE carries the points on: the approval it continues is closed the same day,
   * so one person never holds two live approvals (two notices, two sets of reminders).
   */
  private async supersede(
    manager: EntityManager,
    publish: PublishEvent,
    previousId: string,
    successorId: string,
  ): Promise<void> {
    const previous = await this.repository.lockedById(manager, previousId);
    if (!systemMayTake(previous.state, SystemAction.POINTS_SUPERSEDED) || previous.pointsVoidedOn) return;
    await this.repository.transition(manager, {
      id: previousId,
      action: SystemAction.POINTS_SUPERSEDED,
      actor: SYSTEM_ACTOR,
      patch: { pointsVoidedOn: this.clock.today() },
      reason: `积分由申请 ${successorId} 接续 (the points continue under application ${successorId})`,
    });
    await publish('application.points-validity-changed', `application:${previousId}`, {
      applicationId: previousId,
      applicantId: previous.applicantId,
      validUntil: null,
    });
  }

  /**
   * RENEWAL with the same employer and unchanged details: reviewed online (网审) on registry
   * facts, asynchronously. The request goes out with the submission (the outbox relay re-drives
   * it until archive-verification took it); archive-verification's RENEWAL_REVIEW case asks the
   * registries and answers with `verification.renewal-facts-verified` (onRenewalFactsVerified).
   * Meanwhile the renewal is 等待受理 (SUBMITTED) like any other: the window may still take it.
   */
  private async reviewRenewalOnline(
    manager: EntityManager,
    publish: PublishEvent,
    application: Application,
    today: string,
  ): Promise<void> {
    const previous = application.previousApplicationId
      ? await this.repository.lockedById(manager, application.previousApplicationId)
      : undefined;
    const sameEmployer = previous?.employerId === application.employerId;
    const unchanged =
      previous !== undefined && this.applications.sameDetails(previous.form, application.form);
    if (!previous || !sameEmployer || !unchanged) {
      await this.history.record(manager, {
        applicationId: application.id,
        from: application.state,
        to: application.state,
        actor: SYSTEM_ACTOR.sub,
        role: SYSTEM_ACTOR.role,
        code: EntryCode.RENEWAL_AT_WINDOW,
        reason: '单位或信息有变化，需窗口受理 (employer or details changed: reviewed at the window)',
      });
      return;
    }
    const employer = await this.projections.employer(manager, application.employerId);
    if (!employer)
      throw new ApplicationException(ApplicationExceptionCode.EMPLOYER_MAY_NOT_FILE, 'Unknown employer');
    const residentId = this.cipher.decrypt(application.residentIdEnc ?? '', PII_COLUMN_AAD.residentId);
    const granted = this.grantedProfileOf(previous, application, today);
    const form = application.form;
    // What the approval printed: each co-resident it verified is checked again (the form is
    // unchanged, so it holds the same people with their high-school proof).
    const printed = new Set(
      (previous.coResidentChecks ?? [])
        .filter((p) => p.verified)
        .map((p) => `${p.relation}|${p.name}|${p.birthDate}`),
    );
    await publish('application.renewal-review-requested', `application:${application.id}`, {
      applicationId: application.id,
      previousApplicationId: previous.id,
      applicantId: application.applicantId,
      residentId: this.cipher.encrypt(residentId, PII_EVENT_AAD.residentId),
      employerId: application.employerId,
      employerCreditCode: employer.creditCode,
      district: application.district,
      requestedOn: today,
      archiveHolder: form.archiveLocation?.holder ?? '未填写',
      claimedProfile: {
        qualification: granted.qualification ?? null,
        spouseHukouMarriageDate: granted.spouseHukouMarriageDate ?? null,
      },
      residencePermit: form.residencePermit
        ? {
            number: form.residencePermit.number,
            validFrom: form.residencePermit.validFrom,
            validTo: form.residencePermit.validTo,
          }
        : null,
      coResidents: (form.coResidents ?? [])
        .filter((p) => printed.has(`${p.relation}|${p.name}|${p.birthDate}`))
        .map((p) => ({
          relation: p.relation,
          name: p.name,
          birthDate: p.birthDate,
          highSchoolEnrolmentProof: p.highSchoolEnrolmentProof ?? null,
        })),
    });
    // While the registries are asked the renewal does not expire (the overdue pass leaves it to
    // its case): nothing is due in the queue until they answer.
    await this.repository.amend(manager, {
      id: application.id,
      actor: SYSTEM_ACTOR,
      patch: { queueDue: NOTHING_DUE },
      code: EntryCode.RENEWAL_FACTS_REQUESTED,
      reason:
        '网上审核：向社保、个税、居住证、职称及婚姻户籍登记核查 (online review: the social-insurance, tax, residence-permit, qualification and civil registries are asked)',
    });
  }

  /** What the approval being renewed rests on: its verified profile (typed claims only for a decision made before there was one). */
  private grantedProfileOf(previous: Application, renewal: Application, today: string): ScoreProfileInput {
    return (
      previous.verifiedProfile ??
      claimedProfileOf(
        previous.form,
        this.applications.birthDateOf(renewal),
        previous.assessmentDate ?? today,
      )
    );
  }

  /**
   * verification.renewal-facts-verified: `checkRenewal` on the registry facts. Passing approves
   * online (the points to the verified permit expiry); a changed employer, marriage or household,
   * or a failed check, leaves it 等待受理 (SUBMITTED) for the window with the reasons in the
   * history. A late answer (the window took it meanwhile) or a repeated one changes nothing.
   */
  async onRenewalFactsVerified(
    event: EventEnvelope<'verification.renewal-facts-verified'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    const application = await this.repository.lockedById(manager, d.applicationId).catch(() => undefined);
    if (
      !application ||
      application.kind !== ApplicationKind.RENEWAL ||
      application.onlineReview ||
      !application.previousApplicationId ||
      !systemMayTake(application.state, SystemAction.RENEWAL_CONFIRMED_ONLINE)
    )
      return;
    const previous = await this.repository.lockedById(manager, application.previousApplicationId);
    const today = this.clock.today();
    const review = reviewRenewalOnFacts({
      granted: this.grantedProfileOf(previous, application, today),
      grantedValidUntil: previous.validUntil,
      facts: d,
      today,
    });
    if (review.decision === 'WINDOW') {
      await this.repository.amend(manager, {
        id: application.id,
        actor: SYSTEM_ACTOR,
        patch: { onlineReview: true, findings: d.findings },
        code: review.cause === 'CHANGED' ? EntryCode.RENEWAL_FACTS_CHANGED : EntryCode.ONLINE_REVIEW_FAILED,
        reason:
          review.cause === 'CHANGED'
            ? `登记信息有变化，需窗口受理 (registry facts changed: reviewed at the window): ${review.reasons.join('; ')}`
            : `网审未通过，等待受理 (online review failed; bring the materials to the window): ${review.reasons.join('; ')}`,
      });
      return;
    }
    const verifiedProfile = await this.withEmployerKind(manager, application, review.profile);
    await this.approve(
      manager,
      publisherFor(manager),
      { ...application, verifiedProfile },
      { action: SystemAction.RENEWAL_CONFIRMED_ONLINE, actor: SYSTEM_ACTOR },
      {
        onlineReview: true,
        totalPoints: previous.correctedTotal ?? previous.totalPoints,
        ruleSetVersion: previous.ruleSetVersion,
        verifiedProfile,
        verifiedPermit: d.residencePermit,
        findings: d.findings,
        assessmentDate: today,
        // The co-residents as verified now (the approval's, checked again); none printed before: none.
        coResidentChecks: d.coResidents.length > 0 ? d.coResidents : previous.coResidentChecks,
      },
      review.reason,
    );
  }

  /**
   * 复核 upheld on a scored rejection (第二十一条): with the corrected total at or above the standard
   * score the decision changes to APPROVED, with its notice and the approval SMS
   * (application.decided), in the appeal decision's transaction.
   */
  async approveOnAppeal(
    manager: EntityManager,
    publish: PublishEvent,
    application: Application,
    user: PersonActor,
    correctedTotal: number,
    reason: string,
  ): Promise<Application> {
    return this.approve(
      manager,
      publish,
      application,
      { action: ApplicationAction.APPROVE_ON_APPEAL, actor: user },
      { correctedTotal },
      reason,
    );
  }

  /**
   * 复核 upheld on a rejection without a score (第二十一条): back to ARCHIVE_REVIEW with a new
   * working-day deadline, what the checks found before cleared (the new case answers again), and
   * `application.reopened-on-appeal` for archive-verification to open a case of purpose APPEAL
   * that asks the registries anew; then the usual flow (checks → scoring → decision, notice, SMS).
   * In the appeal decision's transaction. The checks are of the day the window accepted it.
   */
  async reopenOnAppeal(
    manager: EntityManager,
    publish: PublishEvent,
    application: Application,
    user: PersonActor,
    appealId: string,
    reason: string,
  ): Promise<Application> {
    const today = this.clock.today();
    const deadline = workingDayDeadline(today, ARCHIVE_REVIEW_WORKING_DAYS);
    const reopened = await this.repository.transition(manager, {
      id: application.id,
      action: ApplicationAction.REOPEN_ON_APPEAL,
      actor: user,
      guard: (current) => {
        if (current.totalPoints !== null)
          throw new ApplicationException(
            ApplicationExceptionCode.TRANSITION_NOT_ALLOWED,
            'This rejection was scored: an appeal corrects the score, it does not reopen the checks',
            { field: 'id', rule: 'unscored-rejection-only' },
          );
      },
      patch: {
        decidedAt: null,
        decisionReason: null,
        findings: null,
        coResidentChecks: null,
        verifiedPermit: null,
        verifiedProfile: null,
        scoringFailure: null,
        scoringStartedOn: null,
        scoringDueOn: null,
        scoringDueProvisional: null,
        scoringDueCalendar: null,
        archiveDueOn: deadline.dueOn,
        archiveDueProvisional: deadline.provisional,
        archiveDueCalendar: deadline.calendarDataVersion,
        queueDue: deadline.dueOn,
        escalatedOn: null,
      },
      reason,
    });
    await publish('application.reopened-on-appeal', `application:${reopened.id}`, {
      ...(await this.acceptedPayload(manager, reopened, reopened.acceptedOn ?? today)),
      appealId,
    });
    return reopened;
  }

  /** verification.case-completed: every check done → SCORING (scoring requested), or REJECTED with the findings. */
  async onVerificationCompleted(
    event: EventEnvelope<'verification.case-completed'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    const application = await this.repository.lockedById(manager, d.applicationId).catch(() => undefined);
    // State guard: a late or repeated outcome for an application that moved on changes nothing.
    if (!application || !systemMayTake(application.state, SystemAction.VERIFICATION_PASSED)) return;
    const publish = publisherFor(manager);
    const today = this.clock.today();
    if (d.outcome === 'VERIFIED' && d.verifiedProfile) {
      const deadline = workingDayDeadline(today, SCORING_WORKING_DAYS);
      const verifiedProfile = await this.withEmployerKind(manager, application, {
        ...d.verifiedProfile,
        assessmentDate: today,
      });
      const scoring = await this.repository.transition(manager, {
        id: application.id,
        locked: application,
        action: SystemAction.VERIFICATION_PASSED,
        actor: SYSTEM_ACTOR,
        patch: {
          verifiedProfile,
          findings: d.findings,
          coResidentChecks: d.coResidents ?? null,
          verifiedPermit: d.residencePermit ?? null,
          assessmentDate: today,
          scoringStartedOn: today,
          scoringDueOn: deadline.dueOn,
          scoringDueProvisional: deadline.provisional,
          scoringDueCalendar: deadline.calendarDataVersion,
          queueDue: deadline.dueOn,
          // A new phase, a new deadline: an escalation of the archive review does not carry over.
          escalatedOn: null,
        },
        reason:
          '档案及各项核查通过，正式受理，进入积分核定 (verifications passed: formally accepted for scoring)',
      });
      await this.requestScoring(publish, scoring);
      return;
    }
    const reason = d.findings.length
      ? d.findings.map((f) => `${f.code}: ${f.note}`).join('; ')
      : '核查未通过 (verification failed)';
    await this.rejectBySystem(manager, publish, application, SystemAction.VERIFICATION_FAILED, reason, {
      findings: d.findings,
      coResidentChecks: d.coResidents ?? null,
      verifiedPermit: d.residencePermit ?? null,
    });
  }

  /**
   * The filing employer's kind of establishment (第二条: staff of an out-of-town branch may not
   * apply) as its registration says, reviewed by the district centre: added to the verified profile
   * (the engine's `employerKind`) with its evidence. Unknown (an old registration): left out, so
   * the engine names the condition as not shown.
   */
  private async withEmployerKind(
    manager: EntityManager,
    application: Application,
    profile: ScoreProfileInput,
  ): Promise<ScoreProfileInput> {
    const employer = await this.projections.employer(manager, application.employerId);
    if (!employer?.establishment) return profile;
    return {
      ...profile,
      employerKind: employer.establishment as EmployerKind,
      evidence: [
        ...(profile.evidence ?? []),
        {
          field: 'employerKind',
          kind: EvidenceKind.REGISTRY,
          source: `employer registration reviewed by the district centre (单位注册, employer:${employer.employerId})`,
          checkedBy: null,
          checkedOn: null,
        },
      ],
    };
  }

  /**
   * score.assessment-failed: the verified facts could not be scored. The application stays in
   * SCORING with the cause on it (`scoringFailure`) and in its history; its deadline keeps running
   * in the queue. Two ways out: HRSS fixes the cause and re-scores (RESCORE), or the officer
   * rejects with the reason (REJECT from SCORING).
   */
  async onAssessmentFailed(
    event: EventEnvelope<'score.assessment-failed'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    const application = await this.repository.lockedById(manager, d.applicationId).catch(() => undefined);
    if (!application || application.state !== ApplicationState.SCORING) return;
    const failure = d.problems.map((p) => `${p.field} ${p.rule}`).join('; ');
    await this.repository.amend(manager, {
      id: application.id,
      actor: SYSTEM_ACTOR,
      patch: { scoringFailure: failure },
      code: EntryCode.SCORING_FAILED,
      reason: `积分核定未能进行，待市人社局核实数据后重新核定或窗口驳回 (scoring could not run: ${failure})`,
    });
  }

  /** application.scoring-requested with the verified profile and the assessment date fixed at formal acceptance. */
  private async requestScoring(publish: PublishEvent, application: Application): Promise<void> {
    // SCORING is entered only with the verified profile (VERIFICATION_PASSED writes it).
    if (!application.verifiedProfile)
      throw new Error(`application ${application.id} is in SCORING without a verified profile`);
    await publish('application.scoring-requested', `application:${application.id}`, {
      applicationId: application.id,
      kind: application.kind,
      applicantId: application.applicantId,
      employerId: application.employerId,
      district: application.district,
      assessmentDate: application.assessmentDate ?? this.clock.today(),
      verifiedProfile: withApplyFacts(application),
    });
  }

  /**
   * score.assessed: eligible (score ≥ standard, no veto) AND canApply (第二条, 第十三条: permit, 6
   * months of social insurance, employed, employer may file) → APPROVED until the permit expires;
   * else REJECTED, with each unmet condition as the reason and in the findings.
   */
  async onScoreAssessed(event: EventEnvelope<'score.assessed'>, manager: EntityManager): Promise<void> {
    const d = event.data;
    const application = await this.repository.lockedById(manager, d.applicationId).catch(() => undefined);
    if (!application || !systemMayTake(application.state, SystemAction.SCORED_ELIGIBLE)) return;
    const publish = publisherFor(manager);
    if (d.eligible && d.canApply) {
      await this.approve(
        manager,
        publish,
        application,
        { action: SystemAction.SCORED_ELIGIBLE, actor: SYSTEM_ACTOR },
        { totalPoints: d.total, assessmentId: d.assessmentId, ruleSetVersion: d.ruleSetVersion },
        `积分核定通过 (scored ${d.total} with ${d.ruleSetVersion}: eligible, may apply)`,
      );
      return;
    }
    const scoreReason = d.eligible
      ? ''
      : `积分 ${d.total} 分，未达到标准分值 ${SH_2017_RULE_SET.standard} 分或一票否决 (scored ${d.total} with ${d.ruleSetVersion}: not eligible)`;
    const conditionsReason = d.canApply
      ? ''
      : `不符合申请积分条件：${d.unmetConditions.map((c) => c.note).join('；')}`;
    const reason = [conditionsReason, scoreReason].filter(Boolean).join('；');
    const findings = [
      ...(application.findings ?? []),
      ...d.unmetConditions.map(({ code, note }) => ({ code, note })),
    ];
    await this.rejectBySystem(manager, publish, application, SystemAction.SCORED_NOT_ELIGIBLE, reason, {
      totalPoints: d.total,
      assessmentId: d.assessmentId,
      ruleSetVersion: d.ruleSetVersion,
      findings,
    });
  }

  /** The system rejects (verification failed, or not eligible): state, history and `application.decided` in one transaction. */
  private async rejectBySystem(
    manager: EntityManager,
    publish: PublishEvent,
    application: Application,
    action: SystemAction.VERIFICATION_FAILED | SystemAction.SCORED_NOT_ELIGIBLE,
    reason: string,
    outcome: Pick<
      ApplicationPatch,
      'findings' | 'totalPoints' | 'assessmentId' | 'ruleSetVersion' | 'coResidentChecks' | 'verifiedPermit'
    >,
  ): Promise<void> {
    const rejected = await this.repository.transition(manager, {
      id: application.id,
      // Both callers hand over the row they locked and did not write since.
      locked: application,
      action,
      actor: SYSTEM_ACTOR,
      patch: { ...outcome, decidedAt: new Date(), decisionReason: reason, queueDue: NOTHING_DUE },
      reason,
    });
    await this.publishDecision(publish, rejected, 'REJECTED', reason);
  }
}

/**
 * The verified profile, plus the 第二条 facts the application itself holds when archive-verification
 * did not give them (its own answer wins): the filing employer passed the centre's registration
 * review, which refuses out-of-town branches and offices, so it is SHANGHAI_REGISTERED on the
 * employer register; the labour contract is a material the officer checks at acceptance
 * (第十四条(3)), so its dates rest on that person's check. Each added fact says so in `evidence`.
 */
function withApplyFacts(application: Application): ScoreProfileInput {
  // SCORING is entered only with the verified profile (requestScoring checks).
  const verified = application.verifiedProfile as ScoreProfileInput;
  const profile: ScoreProfileInput = { ...verified };
  const evidence: Evidence[] = [...(verified.evidence ?? [])];
  if (profile.employerKind == null) {
    profile.employerKind = EmployerKind.SHANGHAI_REGISTERED;
    evidence.push({
      field: 'employerKind',
      kind: EvidenceKind.REGISTRY,
      source:
        'employer register: registration reviewed by the district centre (out-of-town branches and offices are refused)',
      checkedBy: null,
      checkedOn: null,
    });
  }
  const contract = application.form.employment;
  if (profile.employmentStartDate == null && contract?.contractStart) {
    profile.employmentStartDate = contract.contractStart;
    profile.employmentEndDate = contract.contractEnd ?? null;
    evidence.push({
      field: 'employmentStartDate',
      kind: EvidenceKind.MANUAL_CHECK,
      source: '劳动(聘用)合同 checked at formal acceptance (第十四条)',
      checkedBy: application.assignedOfficer ?? 'centre-acceptance',
      checkedOn: application.assessmentDate ?? null,
    });
  }
  if (evidence.length > 0) profile.evidence = evidence;
  return profile;
}
