import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BlindIndex, PiiCipher } from '@points/crypto';
import { PII_EVENT_AAD, type EventEnvelope } from '@points/events';
import { MOBILE_INDEX_DOMAIN, RECIPIENT_MOBILE_AAD } from './recipient-contact.entity';

/**
 * An employer's HR contacts, closed accounts included (to tell "none on record" from "none
 * reachable"): read by the index recipient_contact_hr_contacts (migration 1765400000000).
 */
export const HR_CONTACTS_SQL = `SELECT * FROM notification.recipient_contact
  WHERE employer_id = $1 AND role = 'EMPLOYER_HR' ORDER BY account_id`;

export interface Recipient {
  accountId: string;
  role: 'EMPLOYER_HR' | 'APPLICANT';
  employerId: string | null;
  district: string | null;
  /** Plaintext, only in memory while a message is being written. */
  mobile: string;
  mobileIndex: string;
}

/** A recipient the directory has not heard of yet: events may overtake the contact change. */
export class RecipientNotKnownYetError extends Error {
  constructor(what: string) {
    super(`${what} is not in the recipient directory yet; the event will be retried`);
    this.name = 'RecipientNotKnownYetError';
  }
}

interface ContactRow {
  account_id: string;
  role: 'EMPLOYER_HR' | 'APPLICANT';
  employer_id: string | null;
  district: string | null;
  mobile_encrypted: string | null;
  mobile_index: string | null;
  active: boolean;
}

@Injectable()
export class RecipientDirectory {
  constructor(
    private readonly cipher: PiiCipher,
    private readonly blindIndex: BlindIndex,
  ) {}

  /** Applies `account.contact-changed`, last change (by occurredAt) wins. */
  async applyContactChange(
    event: EventEnvelope<'account.contact-changed'>,
    manager: EntityManager,
  ): Promise<void> {
    const { accountId, role, employerId, district, mobile: token, active } = event.data;
    const mobile = token === null ? null : this.cipher.decrypt(token, PII_EVENT_AAD.mobile);
    await manager.query(
      `INSERT INTO notification.recipient_contact
         (account_id, role, employer_id, district, mobile_encrypted, mobile_index, active, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (account_id) DO UPDATE SET
         role = EXCLUDED.role, employer_id = EXCLUDED.employer_id, district = EXCLUDED.district,
         mobile_encrypted = EXCLUDED.mobile_encrypted, mobile_index = EXCLUDED.mobile_index,
         active = EXCLUDED.active, changed_at = EXCLUDED.changed_at, updated_at = now()
       WHERE notification.recipient_contact.changed_at <= EXCLUDED.changed_at`,
      [
        accountId,
        role,
        employerId,
        district,
        mobile === null ? null : this.cipher.encrypt(mobile, RECIPIENT_MOBILE_AAD),
        mobile === null ? null : this.blindIndex.compute(mobile, MOBILE_INDEX_DOMAIN),
        active,
        event.occurredAt,
      ],
    );
  }

  /**
   * One account. Unknown: throws (the event retries until the directory catches up). Known but
   * inactive or without a mobile: null (the account was closed; nothing to send).
   */
  async account(manager: EntityManager, accountId: string, what: string): Promise<Recipient | null> {
    const rows: ContactRow[] = await manager.query(
      `SELECT * FROM notification.recipient_contact WHERE account_id = $1`,
      [accountId],
    );
    const row = rows[0];
    if (!row) throw new RecipientNotKnownYetError(what);
    return this.reachable(row);
  }

  /** Every active HR contact of an employer; throws if the employer has none on record at all. */
  async hrContactsOf(manager: EntityManager, employerId: string): Promise<Recipient[]> {
    const rows: ContactRow[] = await manager.query(HR_CONTACTS_SQL, [employerId]);
    if (rows.length === 0) throw new RecipientNotKnownYetError(`an HR contact of employer ${employerId}`);
    return rows.map((row) => this.reachable(row)).filter((r): r is Recipient => r !== null);
  }

  private reachable(row: ContactRow): Recipient | null {
    if (!row.active || !row.mobile_encrypted || !row.mobile_index) return null;
    return {
      accountId: row.account_id,
      role: row.role,
      employerId: row.employer_id,
      district: row.district,
      mobile: this.cipher.decrypt(row.mobile_encrypted, RECIPIENT_MOBILE_AAD),
      mobileIndex: row.mobile_index,
    };
  }
}
