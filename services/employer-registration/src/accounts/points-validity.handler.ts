import { Injectable } from '@nestjs/common';
import type { EventHandler } from '@points/db';
import type { EntityManager } from 'typeorm';

/** application.points-validity-changed, kept per application (the newer occurredAt wins). */
@Injectable()
export class PointsValidityHandler {
  readonly handle: EventHandler<'application.points-validity-changed'> = async (event, manager) => {
    const d = event.data;
    await manager.query(
      `INSERT INTO employer_registration.points_validity (application_id, applicant_id, valid_until, updated_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (application_id) DO UPDATE SET valid_until = $3, updated_at = $4
       WHERE employer_registration.points_validity.updated_at <= $4`,
      [d.applicationId, d.applicantId, d.validUntil, event.occurredAt],
    );
  };

  /** The last day of the holder's valid points, or null if none are valid on `today`. */
  async validUntil(manager: EntityManager, applicantId: string, today: string): Promise<string | null> {
    const [row]: Array<{ valid_until: string }> = await manager.query(
      `SELECT to_char(max(valid_until), 'YYYY-MM-DD') AS valid_until FROM employer_registration.points_validity
        WHERE applicant_id = $1 AND valid_until >= $2::date`,
      [applicantId, today],
    );
    return row?.valid_until ?? null;
  }
}
