import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@points/events';

/**
 * The district staff as employer-registration announces them (staff.account-changed): who is a
 * real, active officer of which district, so a supervisor assigns work only to one.
 */
@Injectable()
export class StaffDirectory {
  async onStaffAccountChanged(
    event: EventEnvelope<'staff.account-changed'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    await manager.query(
      `INSERT INTO application.staff_projection (account_id, role, district, active, updated_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (account_id) DO UPDATE SET role = $2, district = $3, active = $4, updated_at = $5
       WHERE application.staff_projection.updated_at <= $5`,
      [d.accountId, d.role, d.district, d.active, event.occurredAt],
    );
  }

  /** Whether `accountId` is an active CENTRE_OFFICER of `district` (as employer-registration announced). */
  async isOfficerOf(manager: EntityManager, accountId: string, district: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM application.staff_projection
        WHERE account_id::text = $1 AND role = 'CENTRE_OFFICER' AND district = $2 AND active`,
      [accountId, district],
    );
    return rows.length > 0;
  }
}
