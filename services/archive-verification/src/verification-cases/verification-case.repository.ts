import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { districtScopeOf, type AuthUser } from '@points/auth';
import { patchAssignments, updateReturning } from '@points/db';
import {
  VerificationCase,
  VerificationCaseStatus,
  type VerificationCasePurpose,
} from './verification-case.entity';
import { CASE_TRANSITIONS, type VerificationCaseAction } from './verification-case-transitions';

const S = 'archive_verification';

/**
 * The columns a write may set, typed from the entity. The status, version and stamps are not
 * in it: `transition()` alone sets the status (and `completed_at` with COMPLETED).
 */
export type VerificationCasePatch = Partial<
  Pick<
    VerificationCase,
    | 'outcome'
    | 'findings'
    | 'verifiedProfile'
    | 'certificatesReturnedOn'
    | 'certificatesReturnedBy'
    | 'certificatesReturnNote'
  >
>;

/** What an accepted application opens a case with (always OPEN, version 1). */
export type NewVerificationCase = Pick<
  VerificationCase,
  | 'applicationId'
  | 'purpose'
  | 'district'
  | 'kind'
  | 'applicantId'
  | 'employerId'
  | 'employerCreditCode'
  | 'receiptNo'
  | 'acceptedOn'
  | 'residentIdEnc'
  | 'residentIdIndex'
  | 'claimedProfile'
  | 'educationHistory'
  | 'archiveHolder'
>;

/** The case's columns the completion reads. */
export type CaseForCompletion = Pick<
  VerificationCase,
  | 'status'
  | 'purpose'
  | 'applicationId'
  | 'applicantId'
  | 'employerId'
  | 'employerCreditCode'
  | 'district'
  | 'acceptedOn'
  | 'residentIdEnc'
  | 'claimedProfile'
>;

/** What a registry call needs from the task's case (read with the claim: `VerificationTaskRepository.claim`). */
export type CaseForTaskCall = Pick<VerificationCase, 'residentIdEnc' | 'acceptedOn' | 'archiveHolder'>;

export interface CaseTransitionRequest {
  caseId: string;
  action: VerificationCaseAction;
  patch?: VerificationCasePatch;
}

export interface CaseAmendRequest {
  caseId: string;
  expectedVersion: number;
  patch: VerificationCasePatch;
  /** The caller's district (null: every district): a case outside it matches nothing. */
  district: string | null;
  /** Columns that must still be NULL (a fact recorded once). */
  whileUnset?: ReadonlyArray<keyof VerificationCasePatch>;
}

/**
 * The VerificationCase's one write path: every statement on `verification_case` is here, and
 * `transition()` alone writes `status` (one-write-path.spec.ts fails the build otherwise). Cases
 * have no history table: the completion is stamped on the row and published as an event.
 */
@Injectable()
export class VerificationCaseRepository {
  /**
   * Opens the case; null when the application already has one of that purpose (a second
   * acceptance or review request for the same application).
   */
  async insertIfAbsent(manager: EntityManager, values: NewVerificationCase): Promise<string | null> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO ${S}.verification_case
         (application_id, district, status, kind, applicant_id, employer_id, employer_credit_code, receipt_no,
          accepted_on, resident_id_enc, resident_id_index, claimed_profile, education_history, archive_holder,
          purpose, version)
       VALUES ($1, $2, 'OPEN', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1)
       ON CONFLICT (application_id, purpose) DO NOTHING RETURNING id`,
      [
        values.applicationId,
        values.district,
        values.kind,
        values.applicantId,
        values.employerId,
        values.employerCreditCode,
        values.receiptNo,
        values.acceptedOn,
        values.residentIdEnc,
        values.residentIdIndex,
        JSON.stringify(values.claimedProfile),
        JSON.stringify(values.educationHistory),
        values.archiveHolder,
        values.purpose,
      ],
    );
    return inserted[0]?.id ?? null;
  }

  /**
   * Locks the case row: every write of a task result takes this lock first (then the task row),
   * so two tasks finishing at once see each other's result and exactly one completes the case.
   */
  async lock(
    manager: EntityManager,
    caseId: string,
  ): Promise<{ status: VerificationCaseStatus; district: string } | undefined> {
    const rows: Array<{ status: VerificationCaseStatus; district: string }> = await manager.query(
      `SELECT status, district FROM ${S}.verification_case WHERE id = $1 FOR UPDATE`,
      [caseId],
    );
    return rows[0];
  }

  /**
   * Moves the case by the transition table: the UPDATE matches only a row in a status the action
   * leaves from. Answers whether it did (false: another writer completed it first).
   */
  async transition(manager: EntityManager, request: CaseTransitionRequest): Promise<boolean> {
    const transition = CASE_TRANSITIONS[request.action];
    const patch = patchAssignments(manager, VerificationCase, request.patch ?? {}, 4);
    const set = ['status = $2', ...patch.assignments];
    if (transition.to === VerificationCaseStatus.COMPLETED) set.push('completed_at = now()');
    const updated = await updateReturning(
      manager,
      `UPDATE ${S}.verification_case SET ${set.join(', ')}, updated_at = now(), version = version + 1
        WHERE id = $1 AND status = ANY($3::text[]) RETURNING id`,
      [request.caseId, transition.to, transition.from, ...patch.params],
    );
    return updated.length > 0;
  }

  /** A person records facts on the case without moving it; false if the version or scope did not match. */
  async amend(manager: EntityManager, request: CaseAmendRequest): Promise<boolean> {
    const patch = patchAssignments(manager, VerificationCase, request.patch, 4);
    const metadata = manager.connection.getMetadata(VerificationCase);
    const unset = (request.whileUnset ?? []).map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`VerificationCase has no column for property ${property}`);
      return ` AND "${column.databaseName}" IS NULL`;
    });
    const updated = await updateReturning(
      manager,
      `UPDATE ${S}.verification_case SET ${patch.assignments.join(', ')}, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND ($3::text IS NULL OR district = $3)${unset.join('')} RETURNING id`,
      [request.caseId, request.expectedVersion, request.district, ...patch.params],
    );
    return updated.length > 0;
  }

  async forCompletion(manager: EntityManager, caseId: string): Promise<CaseForCompletion | undefined> {
    const rows: Array<{
      status: VerificationCaseStatus;
      purpose: VerificationCasePurpose;
      application_id: string;
      applicant_id: string;
      employer_id: string;
      employer_credit_code: string;
      district: string;
      accepted_on: string;
      resident_id_enc: string;
      claimed_profile: Record<string, unknown>;
    }> = await manager.query(
      `SELECT status, purpose, application_id, applicant_id, employer_id, employer_credit_code, district,
              to_char(accepted_on, 'YYYY-MM-DD') AS accepted_on, resident_id_enc, claimed_profile
         FROM ${S}.verification_case WHERE id = $1`,
      [caseId],
    );
    const c = rows[0];
    if (!c) return undefined;
    return {
      status: c.status,
      purpose: c.purpose,
      applicationId: c.application_id,
      applicantId: c.applicant_id,
      employerId: c.employer_id,
      employerCreditCode: c.employer_credit_code,
      district: c.district,
      acceptedOn: c.accepted_on,
      residentIdEnc: c.resident_id_enc,
      claimedProfile: c.claimed_profile,
    };
  }

  /**
   * The case the caller may see (district staff: their district's), by id or by application (its
   * latest: a renewal accepted at the window after its online review shows the window's case).
   */
  async visible(
    manager: EntityManager,
    user: AuthUser,
    by: { id: string } | { applicationId: string },
  ): Promise<VerificationCase | null> {
    const query = manager.getRepository(VerificationCase).createQueryBuilder('c');
    if ('id' in by) query.where('c.id = :id', { id: by.id });
    else query.where('c.application_id = :applicationId', { applicationId: by.applicationId });
    const district = districtScopeOf(user);
    if (district) query.andWhere('c.district = :district', { district });
    return query.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').getOne();
  }

  /**
   * Several cases by id in one query (the gateway's references for a page), as `visible` scopes
   * them: the ones found, in no particular order; the caller matches them to what it asked.
   */
  visibleMany(manager: EntityManager, user: AuthUser, ids: readonly string[]): Promise<VerificationCase[]> {
    const query = manager
      .getRepository(VerificationCase)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids: [...ids] });
    const district = districtScopeOf(user);
    if (district) query.andWhere('c.district = :district', { district });
    return query.getMany();
  }
}
