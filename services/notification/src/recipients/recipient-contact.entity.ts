import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How to reach an account holder by SMS, kept from `account.contact-changed` (the accounts live in
 * employer-registration; this service never reads its tables). For applicants accountId is the
 * applicantId. The mobile is encrypted (AAD = column) and blind-indexed for per-number limits.
 */
@Entity({ name: 'recipient_contact' })
export class RecipientContact {
  @PrimaryColumn('uuid', { name: 'account_id' })
  accountId!: string;

  @Column('text')
  role!: 'EMPLOYER_HR' | 'APPLICANT';

  @Column('uuid', { name: 'employer_id', nullable: true })
  employerId!: string | null;

  @Column('text', { nullable: true })
  district!: string | null;

  @Column('text', { name: 'mobile_encrypted', nullable: true })
  mobileEncrypted!: string | null;

  @Column('text', { name: 'mobile_index', nullable: true })
  mobileIndex!: string | null;

  @Column('boolean')
  active!: boolean;

  /** occurredAt of the change applied last: an older change arriving late is ignored. */
  @Column('timestamptz', { name: 'changed_at' })
  changedAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

export const RECIPIENT_MOBILE_AAD = 'recipient_contact.mobile';
/** Blind-index domain shared by the directory and messages, so limits count per real number. */
export const MOBILE_INDEX_DOMAIN = 'mobile';
