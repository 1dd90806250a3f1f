import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BlindIndex, PiiCipher } from '@points/crypto';
import { PII_EVENT_AAD, type EventEnvelope } from '@points/events';
import { Application } from '../applications/application.entity';
import { ApplicationRepository } from '../applications/application.repository';
import { SystemAction, SYSTEM_TRANSITIONS } from '../applications/application-transitions';
import { SYSTEM_ACTOR } from '../history/application-history.service';

/** AADs of the personal data at rest: each names its column, so a token can't be moved to another. */
export const PII_COLUMN_AAD = {
  residentId: 'application.resident_id',
  mobile: 'application.mobile',
} as const;
export const RESIDENT_ID_INDEX_DOMAIN = 'resident_id';

export interface EmployerStanding {
  employerId: string;
  name: string;
  creditCode: string;
  district: string;
  status: string;
  suspendedUntil: string | null;
  /** SHANGHAI_REGISTERED, OUT_OF_TOWN_BRANCH, …; null when the registration did not say. */
  establishment: string | null;
}

export interface ApplicantLink {
  applicantId: string;
  name: string;
  residentIdEnc: string;
  residentIdBidx: string;
  employerId: string | null;
  district: string | null;
  bannedUntil: string | null;
}

/**
 * What employer-registration tells this service: which employers may file (APPROVED, not
 * suspended, in their district) and which employer may file for which applicant.
 */
@Injectable()
export class ProjectionsService {
  constructor(
    private readonly cipher: PiiCipher,
    private readonly blindIndex: BlindIndex,
    private readonly repository: ApplicationRepository,
  ) {}

  async onEmployerStatusChanged(
    event: EventEnvelope<'employer.status-changed'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    // Events may arrive out of order after retries: the newer occurredAt wins.
    await manager.query(
      `INSERT INTO application.employer_projection
         (employer_id, name, credit_code, district, status, suspended_until, updated_at, establishment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (employer_id) DO UPDATE SET name = $2, credit_code = $3, district = $4, status = $5,
         suspended_until = $6, updated_at = $7, establishment = COALESCE($8, application.employer_projection.establishment)
       WHERE application.employer_projection.updated_at <= $7`,
      [
        d.employerId,
        d.name,
        d.creditCode,
        d.district,
        d.status,
        d.suspendedUntil,
        event.occurredAt,
        d.establishment ?? null,
      ],
    );
  }

  async onEmploymentChanged(
    event: EventEnvelope<'applicant.employment-changed'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    const residentId = this.cipher.decrypt(d.residentId, PII_EVENT_AAD.residentId);
    await manager.query(
      `INSERT INTO application.applicant_projection
         (applicant_id, name, resident_id_enc, resident_id_bidx, employer_id, district, banned_until, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (applicant_id) DO UPDATE SET name = $2, resident_id_enc = $3, resident_id_bidx = $4,
         employer_id = $5, district = $6, banned_until = $7, updated_at = $8
       WHERE application.applicant_projection.updated_at <= $8`,
      [
        d.applicantId,
        d.name,
        this.cipher.encrypt(residentId, PII_COLUMN_AAD.residentId),
        this.blindIndex.compute(residentId, RESIDENT_ID_INDEX_DOMAIN),
        d.employerId,
        d.district,
        d.bannedUntil,
        event.occurredAt,
      ],
    );
    // Job change, "account exists, nothing submitted": the old employer's unsubmitted drafts end
    // here; anything already at the centre stays until the old employer asks for 撤销.
    if (d.previousEmployerId && d.previousEmployerId !== d.employerId) {
      const drafts = await manager
        .getRepository(Application)
        .createQueryBuilder('a')
        .select('a.id')
        .where('a.applicant_id = :applicantId AND a.employer_id = :employerId', {
          applicantId: d.applicantId,
          employerId: d.previousEmployerId,
        })
        .andWhere('a.state IN (:...states)', {
          states: SYSTEM_TRANSITIONS[SystemAction.RELEASED_BY_JOB_CHANGE].from,
        })
        .getMany();
      for (const draft of drafts) {
        await this.repository.transition(manager, {
          id: draft.id,
          action: SystemAction.RELEASED_BY_JOB_CHANGE,
          actor: SYSTEM_ACTOR,
          reason:
            '单位解除关联（工作变动）: the employer released the applicant (job change) before submitting',
        });
      }
    }
  }

  async employer(manager: EntityManager, employerId: string): Promise<EmployerStanding | undefined> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT employer_id, name, credit_code, district, status, to_char(suspended_until, 'YYYY-MM-DD') AS suspended_until,
              establishment
         FROM application.employer_projection WHERE employer_id = $1`,
      [employerId],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      employerId: r['employer_id'] as string,
      name: r['name'] as string,
      creditCode: r['credit_code'] as string,
      district: r['district'] as string,
      status: r['status'] as string,
      suspendedUntil: (r['suspended_until'] as string | null) ?? null,
      establishment: (r['establishment'] as string | null) ?? null,
    };
  }

  async applicant(manager: EntityManager, applicantId: string): Promise<ApplicantLink | undefined> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT applicant_id, name, resident_id_enc, resident_id_bidx, employer_id, district,
              to_char(banned_until, 'YYYY-MM-DD') AS banned_until
         FROM application.applicant_projection WHERE applicant_id = $1`,
      [applicantId],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      applicantId: r['applicant_id'] as string,
      name: r['name'] as string,
      residentIdEnc: r['resident_id_enc'] as string,
      residentIdBidx: r['resident_id_bidx'] as string,
      employerId: (r['employer_id'] as string | null) ?? null,
      district: (r['district'] as string | null) ?? null,
      bannedUntil: (r['banned_until'] as string | null) ?? null,
    };
  }
}
