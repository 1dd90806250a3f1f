import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BlindIndex, PiiCipher } from '@points/crypto';
import { PII_EVENT_AAD, type EventEnvelope, type EventPayload } from '@points/events';
import { validateResidentId } from '@points/validation';
import { RESIDENT_ID_INDEX_DOMAIN } from '../../registries/simulator/registry-simulator';
import { ArchiveRetrievalMode } from '../../verification-tasks/verification-task.enums';
import { VerificationTaskRepository } from '../../verification-tasks/verification-task.repository';
import { parseClaims } from '../claims.util';
import { VerificationCasePurpose } from '../verification-case.entity';
import { VerificationCaseRepository } from '../verification-case.repository';
import { planRenewalReviewTasks, planVerificationTasks } from './verification-plan.util';

const S = 'archive_verification';
export const CASE_RESIDENT_ID_AAD = 'archive_verification.verification_case.resident_id';

/**
 * Opens the verification case of an accepted application (handler of `application.accepted`),
 * the online review's case of an unchanged renewal (`application.renewal-review-requested`), and
 * the case of an application reopened on appeal (`application.reopened-on-appeal`).
 */
@Injectable()
export class CaseOpeningService {
  constructor(
    private readonly cipher: PiiCipher,
    private readonly blindIndex: BlindIndex,
    // Defaults for the benchmark, which builds the service by hand (both are stateless).
    private readonly cases: VerificationCaseRepository = new VerificationCaseRepository(),
    private readonly tasks: VerificationTaskRepository = new VerificationTaskRepository(),
  ) {}

  /**
   * Runs inside the inbox transaction of the event, so a redelivered event does nothing; the
   * unique application id also makes a second acceptance event for the same application (a new
   * event id) open no second case. Tasks are written PENDING; the dispatcher puts the automated
   * ones on the queue after the commit (a job never runs before its task row exists).
   */
  async open(event: EventEnvelope<'application.accepted'>, manager: EntityManager): Promise<string | null> {
    return this.openChecking(event.id, event.type, event.data, VerificationCasePurpose.ACCEPTANCE, manager);
  }

  /**
   * 复核 upheld on an unscored rejection (`application.reopened-on-appeal`): a case of purpose APPEAL
   * with the acceptance's plan, so every registry is asked again (a diploma missing then may be
   * there now, or was looked up under a wrong number). Its completion is a
   * `verification.case-completed` like the acceptance's. One per application, like each purpose.
   */
  async openOnAppeal(
    event: EventEnvelope<'application.reopened-on-appeal'>,
    manager: EntityManager,
  ): Promise<string | null> {
    return this.openChecking(event.id, event.type, event.data, VerificationCasePurpose.APPEAL, manager);
  }

  private async openChecking(
    eventId: string,
    type: string,
    d: EventPayload<'application.accepted'>,
    purpose: VerificationCasePurpose.ACCEPTANCE | VerificationCasePurpose.APPEAL,
    manager: EntityManager,
  ): Promise<string | null> {
    const residentId = validateResidentId(this.cipher.decrypt(d.residentId, PII_EVENT_AAD.residentId));
    if (!residentId.ok) throw new Error(`${type} ${eventId}: the resident ID does not validate`);
    const settings: Array<{ archive_mode: ArchiveRetrievalMode }> = await manager.query(
      `SELECT archive_mode FROM ${S}.district_archive_setting WHERE district = $1`,
      [d.district],
    );
    const archiveMode = settings[0]?.archive_mode ?? ArchiveRetrievalMode.TRANSFER;

    const caseId = await this.cases.insertIfAbsent(manager, {
      applicationId: d.applicationId,
      purpose,
      district: d.district,
      kind: d.kind,
      applicantId: d.applicantId,
      employerId: d.employerId,
      employerCreditCode: d.employerCreditCode,
      receiptNo: d.receiptNo,
      acceptedOn: d.acceptedOn,
      residentIdEnc: this.cipher.encrypt(residentId.value.normalised, CASE_RESIDENT_ID_AAD),
      residentIdIndex: this.blindIndex.compute(residentId.value.normalised, RESIDENT_ID_INDEX_DOMAIN),
      claimedProfile: d.claimedProfile,
      educationHistory: d.educationHistory,
      archiveHolder: d.archiveHolder,
    });
    if (!caseId) return null;

    const tasks = planVerificationTasks({
      claims: parseClaims(d.claimedProfile),
      educationHistory: d.educationHistory,
      archiveHolder: d.archiveHolder,
      archiveMode,
      residencePermit: d.residencePermit ?? null,
      coResidents: d.coResidents ?? [],
    });
    await this.tasks.insertPlanned(manager, caseId, d.district, tasks);
    return caseId;
  }

  /**
   * An unchanged renewal's online review (网审): a case of purpose RENEWAL_REVIEW asking the
   * registries its decision rests on. Same guarantees as `open`: in the inbox transaction, and
   * one case per application and purpose, so a repeated request opens nothing. Its tasks are
   * dispatched and retried like any other (the dispatcher's sweep re-adds a lost job; a registry
   * that never answers leaves the task to a person, NEEDS_MANUAL).
   */
  async openRenewalReview(
    event: EventEnvelope<'application.renewal-review-requested'>,
    manager: EntityManager,
  ): Promise<string | null> {
    const d = event.data;
    const residentId = validateResidentId(this.cipher.decrypt(d.residentId, PII_EVENT_AAD.residentId));
    if (!residentId.ok)
      throw new Error(`application.renewal-review-requested ${event.id}: the resident ID does not validate`);
    const caseId = await this.cases.insertIfAbsent(manager, {
      applicationId: d.applicationId,
      purpose: VerificationCasePurpose.RENEWAL_REVIEW,
      district: d.district,
      kind: 'RENEWAL',
      applicantId: d.applicantId,
      employerId: d.employerId,
      employerCreditCode: d.employerCreditCode,
      receiptNo: null,
      // The registries answer as of the request day (the permit valid on it, the months up to it).
      acceptedOn: d.requestedOn,
      residentIdEnc: this.cipher.encrypt(residentId.value.normalised, CASE_RESIDENT_ID_AAD),
      residentIdIndex: this.blindIndex.compute(residentId.value.normalised, RESIDENT_ID_INDEX_DOMAIN),
      claimedProfile: d.claimedProfile,
      educationHistory: [],
      archiveHolder: d.archiveHolder,
    });
    if (!caseId) return null;
    const tasks = planRenewalReviewTasks({
      claims: parseClaims(d.claimedProfile),
      residencePermit: d.residencePermit ?? null,
      coResidents: d.coResidents,
    });
    await this.tasks.insertPlanned(manager, caseId, d.district, tasks);
    return caseId;
  }
}
