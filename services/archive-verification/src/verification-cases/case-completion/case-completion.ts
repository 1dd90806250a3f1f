import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PiiCipher } from '@points/crypto';
import type { PublishEvent } from '@points/subgraph';
import { validateResidentId } from '@points/validation';
import { VerificationTaskRepository } from '../../verification-tasks/verification-task.repository';
import { parseClaims } from '../claims.util';
import { CASE_RESIDENT_ID_AAD } from '../case-opening/case-opening.service';
import { VerificationCasePurpose, VerificationCaseStatus } from '../verification-case.entity';
import { VerificationCaseRepository } from '../verification-case.repository';
import { VerificationCaseAction } from '../verification-case-transitions';
import { buildVerificationResult } from './verified-profile.builder';

/** Completes a case when its last task is final (the job and the people's manual results both call it). */
@Injectable()
export class CaseCompletion {
  constructor(
    private readonly cases: VerificationCaseRepository,
    private readonly tasks: VerificationTaskRepository,
    private readonly cipher: PiiCipher,
  ) {}

  /**
   * Locks the case row: every write of a task result takes this lock first (then the task row),
   * so two tasks finishing at once see each other's result and exactly one completes the case.
   */
  lockCase(
    manager: EntityManager,
    caseId: string,
  ): Promise<{ status: VerificationCaseStatus; district: string } | undefined> {
    return this.cases.lock(manager, caseId);
  }

  /**
   * Called in the transaction that wrote a task's final result, after `lockCase`: when no task of
   * the case is left open, records the outcome and publishes `verification.case-completed` (and
   * `verification.forgery-found`; a renewal's online review: `verification.renewal-facts-verified`)
   * in that same transaction. The case status guard makes it once.
   */
  async completeCaseIfDone(
    manager: EntityManager,
    caseId: string,
    publish: PublishEvent,
    today: string,
  ): Promise<boolean> {
    // Cheap check first: most results leave other tasks open.
    if ((await this.tasks.countOpen(manager, caseId)) > 0) return false;
    return this.completeCase(manager, caseId, publish, today);
  }

  /**
   * `completeCaseIfDone` for a caller that already counted, under the case lock, no task of the
   * case left open (the job's result write answers that count with the write).
   */
  async completeCase(
    manager: EntityManager,
    caseId: string,
    publish: PublishEvent,
    today: string,
  ): Promise<boolean> {
    const c = await this.cases.forCompletion(manager, caseId);
    if (!c || c.status !== VerificationCaseStatus.OPEN) return false;
    const tasks = await this.tasks.forCompletion(manager, caseId);

    const residentId = validateResidentId(this.cipher.decrypt(c.residentIdEnc, CASE_RESIDENT_ID_AAD));
    if (!residentId.ok) throw new Error(`case ${caseId} holds a resident ID that does not validate`);
    const result = buildVerificationResult({
      acceptedOn: c.acceptedOn,
      birthDate: residentId.value.birthDate,
      employerCreditCode: c.employerCreditCode,
      claims: parseClaims(c.claimedProfile),
      tasks,
    });
    const completed = await this.cases.transition(manager, {
      caseId,
      action: VerificationCaseAction.COMPLETE,
      patch: {
        outcome: result.outcome,
        findings: result.findings,
        verifiedProfile: result.verifiedProfile,
      },
    });
    if (!completed) return false;
    const subject = `verification-case:${caseId}`;
    if (c.purpose === VerificationCasePurpose.RENEWAL_REVIEW) {
      // The online review decides on these facts (checkRenewal, application side); a forgery
      // cannot come out of its registry answers, which no person supplied.
      await publish('verification.renewal-facts-verified', subject, {
        caseId,
        applicationId: c.applicationId,
        outcome: result.outcome,
        verifiedProfile: result.verifiedProfile,
        findings: result.findings,
        coResidents: result.coResidents,
        residencePermit: result.residencePermit,
      });
      return true;
    }
    await publish('verification.case-completed', subject, {
      caseId,
      applicationId: c.applicationId,
      outcome: result.outcome,
      verifiedProfile: result.verifiedProfile,
      findings: result.findings,
      coResidents: result.coResidents,
      residencePermit: result.residencePermit,
    });
    if (result.forgeryNotes.length > 0) {
      await publish('verification.forgery-found', subject, {
        caseId,
        applicationId: c.applicationId,
        applicantId: c.applicantId,
        employerId: c.employerId,
        district: c.district,
        foundOn: today,
        note: result.forgeryNotes.join('; '),
      });
    }
    return true;
  }
}
