import { Directive, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ScoreProfileInput } from '@points/scoring-engine';

export enum VerificationCaseStatus {
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
}
registerEnumType(VerificationCaseStatus, { name: 'VerificationCaseStatus' });

export enum VerificationOutcome {
  VERIFIED = 'VERIFIED',
  FAILED = 'FAILED',
}
registerEnumType(VerificationOutcome, { name: 'VerificationOutcome' });

/**
 * Why a case was opened: the window's acceptance, an unchanged renewal's online review (网审), or
 * an upheld appeal on an unscored rejection (复核: every check again).
 */
export enum VerificationCasePurpose {
  ACCEPTANCE = 'ACCEPTANCE',
  RENEWAL_REVIEW = 'RENEWAL_REVIEW',
  APPEAL = 'APPEAL',
}
registerEnumType(VerificationCasePurpose, { name: 'VerificationCasePurpose' });

/** Something the checks found, for the scoring decision and the people reading the case. */
@ObjectType({ description: 'A finding of the verifications: a code and a sentence' })
export class VerificationFinding {
  @Field()
  code!: string;

  @Field()
  note!: string;
}

/** The checks run for one accepted application (调档, 学历认证, social insurance, ...). */
@ObjectType({ description: 'The verifications run for one accepted application' })
@Directive('@key(fields: "id")')
@Entity({ name: 'verification_case' })
export class VerificationCase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique with the purpose: a renewal can have its online review's case and then the window's. */
  @Field(() => ID)
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Field(() => VerificationCasePurpose)
  @Column({ type: 'text', default: VerificationCasePurpose.ACCEPTANCE })
  purpose!: VerificationCasePurpose;

  @Field()
  @Column('text')
  district!: string;

  @Field(() => VerificationCaseStatus)
  @Column({ type: 'text', default: VerificationCaseStatus.OPEN })
  status!: VerificationCaseStatus;

  @Field({ description: 'NEW, RENEWAL or CHANGE' })
  @Column('text')
  kind!: string;

  @Field(() => ID)
  @Column({ name: 'applicant_id', type: 'uuid' })
  applicantId!: string;

  @Field(() => ID)
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Column({ name: 'employer_credit_code', type: 'text' })
  employerCreditCode!: string;

  @Field(() => String, {
    nullable: true,
    description: '收件凭证 number (none for an online renewal review: the window issues receipts)',
  })
  @Column({ name: 'receipt_no', type: 'text', nullable: true })
  receiptNo!: string | null;

  @Field()
  @Column({ name: 'accepted_on', type: 'date' })
  acceptedOn!: string;

  /** Encrypted with AAD `archive_verification.verification_case.resident_id`. */
  @Column({ name: 'resident_id_enc', type: 'text' })
  residentIdEnc!: string;

  @Column({ name: 'resident_id_index', type: 'text' })
  residentIdIndex!: string;

  @Column({ name: 'claimed_profile', type: 'jsonb' })
  claimedProfile!: Record<string, unknown>;

  @Column({ name: 'education_history', type: 'jsonb' })
  educationHistory!: Array<Record<string, unknown>>;

  @Field({ description: 'Who holds the personnel archive' })
  @Column({ name: 'archive_holder', type: 'text' })
  archiveHolder!: string;

  @Field(() => VerificationOutcome, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome!: VerificationOutcome | null;

  @Field(() => [VerificationFinding], { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  findings!: VerificationFinding[] | null;

  /** The verified profile in the simulateScore input shape (sent with case-completed). */
  @Column({ name: 'verified_profile', type: 'jsonb', nullable: true })
  verifiedProfile!: ScoreProfileInput | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day the original certificates went back to the applicant',
  })
  @Column({ name: 'certificates_returned_on', type: 'date', nullable: true })
  certificatesReturnedOn!: string | null;

  @Column({ name: 'certificates_returned_by', type: 'text', nullable: true })
  certificatesReturnedBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'certificates_return_note', type: 'text', nullable: true })
  certificatesReturnNote!: string | null;

  @VersionColumn()
  version!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
