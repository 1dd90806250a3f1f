import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { SmsMessageStatus } from './sms-message-status.enum';

/**
 * One SMS to one recipient for one event (the unique key event × recipient × template makes a
 * redelivered event send nothing new). The row is the source of truth; the BullMQ job
 * (jobId = id) is only a wake-up call that the sweeper recreates if it is lost.
 */
@Entity({ name: 'sms_message' })
export class SmsMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'event_type' })
  eventType!: string;

  @Column('text', { name: 'template_code' })
  templateCode!: string;

  @Column('integer', { name: 'template_version' })
  templateVersion!: number;

  @Column('uuid', { name: 'recipient_account_id' })
  recipientAccountId!: string;

  @Column('text', { name: 'recipient_role' })
  recipientRole!: string;

  @Column('text', { name: 'mobile_encrypted' })
  mobileEncrypted!: string;

  @Column('text', { name: 'mobile_index' })
  mobileIndex!: string;

  @Column('text', { name: 'mobile_masked' })
  mobileMasked!: string;

  @Column('text')
  body!: string;

  /** [[name, value], ...] in the template's order (Tencent's parameters are positional). */
  @Column('jsonb', { default: () => "'[]'" })
  variables!: Array<[string, string]>;

  @Column('integer')
  segments!: number;

  @Column('uuid', { name: 'employer_id', nullable: true })
  employerId!: string | null;

  @Column('uuid', { name: 'applicant_id', nullable: true })
  applicantId!: string | null;

  @Column('text', { nullable: true })
  district!: string | null;

  @Column('text', { default: SmsMessageStatus.CREATED })
  status!: SmsMessageStatus;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  provider!: string | null;

  @Column('text', { name: 'provider_reference', nullable: true })
  providerReference!: string | null;

  @Column('uuid', { name: 'claim_token', nullable: true })
  claimToken!: string | null;

  @Column('timestamptz', { name: 'claimed_at', nullable: true })
  claimedAt!: Date | null;

  /** Waiting for a rate-limit window or a retry backoff until then (the sweeper leaves it alone). */
  @Column('timestamptz', { name: 'not_before', nullable: true })
  notBefore!: Date | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column('text', { name: 'failure_reason', nullable: true })
  failureReason!: string | null;

  @Column('uuid', { name: 'resend_of', nullable: true, unique: true })
  resendOf!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
