import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BlindIndex, PiiCipher } from '@points/crypto';
import { PII_EVENT_AAD, type EventEnvelope } from '@points/events';
import { validateResidentId } from '@points/validation';
import { RESIDENT_ID_INDEX_DOMAIN } from '../../registries/simulator/registry-simulator';
import { ArchiveRetrievalMode } from '../../verification-tasks/verification-task.enums';
import { parseClaims } from '../claims.util';
import { planVerificationTasks } from './verification-plan.util';

const S = 'archive_verification';
export const CASE_RESIDENT_ID_AAD = 'archive_verification.verification_case.resident_id';

/** Opens the verification case of an accepted application (handler of `application.accepted`). */
@Injectable()
export class CaseOpeningService {
  constructor(
    private readonly cipher: PiiCipher,
    private readonly blindIndex: BlindIndex,
  ) {}

  /**
   * Runs inside the inbox transaction of the event, so a redelivered event does nothing; the
   * unique application id also makes a second acceptance event for the same application (a new
   * event id) open no second case. Tasks are written PENDING; the dispatcher puts the automated
   * ones on the queue after the commit (a job never runs before its task row exists).
   */
  async open(event: EventEnvelope<'application.accepted'>, manager: EntityManager): Promise<string | null> {
    const d = event.data;
    const residentId = validateResidentId(this.cipher.decrypt(d.residentId, PII_EVENT_AAD.residentId));
    if (!residentId.ok)
      throw new Error(`application.accepted ${event.id}: the resident ID does not validate`);
    const settings: Array<{ archive_mode: ArchiveRetrievalMode }> = await manager.query(
      `SELECT archive_mode FROM ${S}.district_archive_setting WHERE district = $1`,
      [d.district],
    );
    const archiveMode = settings[0]?.archive_mode ?? ArchiveRetrievalMode.TRANSFER;

    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO ${S}.verification_case
         (application_id, district, status, kind, applicant_id, employer_id, employer_credit_code, receipt_no,
          accepted_on, resident_id_enc, resident_id_index, claimed_profile, education_history, archive_holder, version)
       VALUES ($1, $2, 'OPEN', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1)
       ON CONFLICT (application_id) DO NOTHING RETURNING id`,
      [
        d.applicationId,
        d.district,
        d.kind,
        d.applicantId,
        d.employerId,
        d.employerCreditCode,
        d.receiptNo,
        d.acceptedOn,
        this.cipher.encrypt(residentId.value.normalised, CASE_RESIDENT_ID_AAD),
        this.blindIndex.compute(residentId.value.normalised, RESIDENT_ID_INDEX_DOMAIN),
        JSON.stringify(d.claimedProfile),
        JSON.stringify(d.educationHistory),
        d.archiveHolder,
      ],
    );
    const caseId = inserted[0]?.id;
    if (!caseId) return null;

    const tasks = planVerificationTasks({
      claims: parseClaims(d.claimedProfile),
      educationHistory: d.educationHistory,
      archiveHolder: d.archiveHolder,
      archiveMode,
      residencePermit: d.residencePermit ?? null,
      coResidents: d.coResidents ?? [],
    });
    await manager.query(
      `INSERT INTO ${S}.verification_task (case_id, district, kind, ordinal, claim, archive_mode, automated, status, version)
       SELECT $1, $2, kind, ordinal, claim, archive_mode, automated, 'PENDING', 1
         FROM unnest($3::text[], $4::int[], $5::jsonb[], $6::text[], $7::boolean[])
           AS t(kind, ordinal, claim, archive_mode, automated)`,
      [
        caseId,
        d.district,
        tasks.map((t) => t.kind),
        tasks.map((_, i) => i + 1),
        tasks.map((t) => JSON.stringify(t.claim)),
        tasks.map((t) => t.archiveMode),
        tasks.map((t) => t.automated),
      ],
    );
    return caseId;
  }
}
