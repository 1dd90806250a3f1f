import type { EntityManager } from 'typeorm';
import type { PiiCipher } from '@points/crypto';
import type { PublishEvent } from '@points/subgraph';
import { validateResidentId } from '@points/validation';
import {
  VerificationTaskStatus,
  type VerificationTaskKind,
} from '../../verification-tasks/verification-task.enums';
import { updateReturning } from '@points/db';
import { parseClaims } from '../claims.util';
import { CASE_RESIDENT_ID_AAD } from '../case-opening/case-opening.service';
import { buildVerificationResult, type TaskForProfile } from './verified-profile.builder';

const S = 'archive_verification';

/**
 * Locks the case row: every write of a task result takes this lock first (then the task row),
 * so two tasks finishing at once see each other's result and exactly one completes the case.
 */
export async function lockCase(
  manager: EntityManager,
  caseId: string,
): Promise<{ status: string; district: string } | undefined> {
  const rows: Array<{ status: string; district: string }> = await manager.query(
    `SELECT status, district FROM ${S}.verification_case WHERE id = $1 FOR UPDATE`,
    [caseId],
  );
  return rows[0];
}

/**
 * Called in the transaction that wrote a task's final result, after `lockCase`: when no task of
 * the case is left open, records the outcome and publishes `verification.case-completed` (and
 * `verification.forgery-found`) in that same transaction. The case status guard makes it once.
 */
export async function completeCaseIfDone(
  manager: EntityManager,
  caseId: string,
  publish: PublishEvent,
  cipher: PiiCipher,
  today: string,
): Promise<boolean> {
  // Cheap check first: most results leave other tasks open.
  const [open] = await manager.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM ${S}.verification_task WHERE case_id = $1 AND status NOT IN ('PASSED', 'FAILED')`,
    [caseId],
  );
  if (!open || open.n > 0) return false;
  const cases: Array<{
    status: string;
    application_id: string;
    applicant_id: string;
    employer_id: string;
    employer_credit_code: string;
    district: string;
    accepted_on: string;
    resident_id_enc: string;
    claimed_profile: Record<string, unknown>;
  }> = await manager.query(
    `SELECT status, application_id, applicant_id, employer_id, employer_credit_code, district,
            to_char(accepted_on, 'YYYY-MM-DD') AS accepted_on, resident_id_enc, claimed_profile
       FROM ${S}.verification_case WHERE id = $1`,
    [caseId],
  );
  const c = cases[0];
  if (!c || c.status !== 'OPEN') return false;
  const taskRows: Array<{
    kind: VerificationTaskKind;
    status: VerificationTaskStatus;
    claim: Record<string, unknown>;
    facts: Record<string, unknown> | null;
    forged_material: boolean;
    reason: string | null;
    note: string | null;
    completed_manually: boolean;
    completed_by: string | null;
    completed_on: string | null;
  }> = await manager.query(
    `SELECT kind, status, claim, facts, forged_material, reason, note, completed_manually, completed_by,
            to_char(completed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS completed_on
       FROM ${S}.verification_task WHERE case_id = $1 ORDER BY ordinal`,
    [caseId],
  );

  const residentId = validateResidentId(cipher.decrypt(c.resident_id_enc, CASE_RESIDENT_ID_AAD));
  if (!residentId.ok) throw new Error(`case ${caseId} holds a resident ID that does not validate`);
  const tasks: TaskForProfile[] = taskRows.map((t) => ({
    kind: t.kind,
    status: t.status,
    claim: t.claim,
    facts: t.facts,
    forgedMaterial: t.forged_material,
    reason: t.reason,
    note: t.note,
    completedManually: t.completed_manually,
    completedBy: t.completed_by,
    completedOn: t.completed_on,
  }));
  const result = buildVerificationResult({
    acceptedOn: c.accepted_on,
    birthDate: residentId.value.birthDate,
    employerCreditCode: c.employer_credit_code,
    claims: parseClaims(c.claimed_profile),
    tasks,
  });
  const updated = await updateReturning(
    manager,
    `UPDATE ${S}.verification_case
        SET status = 'COMPLETED', outcome = $2, findings = $3, verified_profile = $4,
            completed_at = now(), updated_at = now(), version = version + 1
      WHERE id = $1 AND status = 'OPEN' RETURNING id`,
    [caseId, result.outcome, JSON.stringify(result.findings), JSON.stringify(result.verifiedProfile)],
  );
  if (updated.length === 0) return false;
  const subject = `verification-case:${caseId}`;
  await publish('verification.case-completed', subject, {
    caseId,
    applicationId: c.application_id,
    outcome: result.outcome,
    verifiedProfile: result.verifiedProfile as unknown as Record<string, unknown>,
    findings: result.findings,
    coResidents: result.coResidents,
  });
  if (result.forgeryNotes.length > 0) {
    await publish('verification.forgery-found', subject, {
      caseId,
      applicationId: c.application_id,
      applicantId: c.applicant_id,
      employerId: c.employer_id,
      district: c.district,
      foundOn: today,
      note: result.forgeryNotes.join('; '),
    });
  }
  return true;
}
