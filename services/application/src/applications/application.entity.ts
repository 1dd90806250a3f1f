import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ApplicationKind, ApplicationState } from './application-state.enum';
import type { ApplicationFormData } from './application-form.model';
import type { ScoreProfileInput } from '@points/scoring-engine';

/**
 * A verification finding as archive-verification reported it. Its own GraphQL name: a value type
 * defined in two subgraphs would need @shareable in both.
 */
@ObjectType('ApplicationFinding')
export class VerificationFinding {
  @Field() code!: string;
  @Field() note!: string;
}

/** 积分申请: one points application of an applicant, filed by their employer in its district. */
@ObjectType({ description: '积分申请: a points application filed by an employer for its applicant' })
@Directive('@key(fields: "id")')
@Entity({ name: 'application' })
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Field(() => ID)
  @Column({ name: 'applicant_id', type: 'uuid' })
  applicantId!: string;

  @Field()
  @Column('text')
  district!: string;

  @Field(() => ApplicationKind)
  @Column('text')
  kind!: ApplicationKind;

  @Field(() => ApplicationState)
  @Column({ type: 'text', default: ApplicationState.DRAFT })
  state!: ApplicationState;

  /** Send it back with every transition: a stale one is refused with CONFLICT. */
  @Field(() => Int)
  @VersionColumn()
  version!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'applicant_name', type: 'text', default: '' })
  applicantName!: string;

  /** PiiCipher token, AAD `application.resident_id`. */
  @Column({ name: 'resident_id_enc', type: 'text', nullable: true })
  residentIdEnc!: string | null;

  @Column({ name: 'resident_id_bidx', type: 'text', nullable: true })
  residentIdBidx!: string | null;

  /** PiiCipher token, AAD `application.mobile`. */
  @Column({ name: 'mobile_enc', type: 'text', nullable: true })
  mobileEnc!: string | null;

  @Column({ type: 'jsonb', default: {} })
  form!: ApplicationFormData;

  @Field(() => ID, {
    nullable: true,
    description: 'RENEWAL and CHANGE: the approved application it continues',
  })
  @Column({ name: 'previous_application_id', type: 'uuid', nullable: true })
  previousApplicationId!: string | null;

  @Field(() => String, { nullable: true, description: 'RENEWAL: the day the permit was endorsed (签注)' })
  @Column({ name: 'permit_endorsed_on', type: 'date', nullable: true })
  permitEndorsedOn!: string | null;

  @Field({ description: 'RENEWAL reviewed online (网审) rather than at the window' })
  @Column({ name: 'online_review', type: 'boolean', default: false })
  onlineReview!: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'employer_approved_at', type: 'timestamptz', nullable: true })
  employerApprovedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it went to the centre (等待受理)' })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '收件凭证 number, e.g. XUHUI-2026-000123' })
  @Column({ name: 'receipt_no', type: 'text', nullable: true })
  receiptNo!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'accepted_on', type: 'date', nullable: true })
  acceptedOn!: string | null;

  @Field(() => [String], { nullable: true, description: 'What the officer said is missing (当场告知补齐)' })
  @Column({ name: 'materials_missing', type: 'jsonb', nullable: true })
  materialsMissing!: string[] | null;

  @Column({ name: 'archive_due_on', type: 'date', nullable: true })
  archiveDueOn!: string | null;

  @Column({ name: 'archive_due_provisional', type: 'boolean', nullable: true })
  archiveDueProvisional!: boolean | null;

  @Column({ name: 'archive_due_calendar', type: 'text', nullable: true })
  archiveDueCalendar!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Formal acceptance (正式受理): archive verified, materials complete',
  })
  @Column({ name: 'scoring_started_on', type: 'date', nullable: true })
  scoringStartedOn!: string | null;

  @Column({ name: 'scoring_due_on', type: 'date', nullable: true })
  scoringDueOn!: string | null;

  @Column({ name: 'scoring_due_provisional', type: 'boolean', nullable: true })
  scoringDueProvisional!: boolean | null;

  @Column({ name: 'scoring_due_calendar', type: 'text', nullable: true })
  scoringDueCalendar!: string | null;

  /** The deadline the queue sorts by; 9999-12-31 when nothing is due (sorts last, keeps the index simple). */
  @Column({ name: 'queue_due', type: 'date', default: '9999-12-31' })
  queueDue!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ARCHIVE_REVIEW or SCORING past its deadline: the day it went to the district supervisor',
  })
  @Column({ name: 'escalated_on', type: 'date', nullable: true })
  escalatedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The officer (account id) working on it' })
  @Column({ name: 'assigned_officer', type: 'text', nullable: true })
  assignedOfficer!: string | null;

  @Column({ name: 'verified_profile', type: 'jsonb', nullable: true })
  verifiedProfile!: ScoreProfileInput | null;

  @Field(() => [VerificationFinding], { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  findings!: VerificationFinding[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'SCORING: why the assessment could not run (fields and rules); HRSS re-scores once fixed, or the officer rejects',
  })
  @Column({ name: 'scoring_failure', type: 'text', nullable: true })
  scoringFailure!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'assessment_date', type: 'date', nullable: true })
  assessmentDate!: string | null;

  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The total of the scoring decision (score.assessed)' })
  @Column({ name: 'total_points', type: 'integer', nullable: true })
  totalPoints!: number | null;

  @Field(() => Int, { nullable: true, description: 'The total after upheld appeals (复核); null if none' })
  @Column({ name: 'corrected_total', type: 'integer', nullable: true })
  correctedTotal!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'rule_set_version', type: 'text', nullable: true })
  ruleSetVersion!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Field(() => String, { nullable: true, description: 'APPROVED: the points are valid until this day' })
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ name: 'notice_code', type: 'text', nullable: true })
  noticeCode!: string | null;

  /** The notice's document number (文号), e.g. 沪人社积〔2026〕000123号: notice/notice-number.ts. */
  @Column({ name: 'notice_no', type: 'text', nullable: true })
  noticeNo!: string | null;

  @Field(() => String, { nullable: true, description: 'The points lapsed or were cancelled on this day' })
  @Column({ name: 'points_voided_on', type: 'date', nullable: true })
  pointsVoidedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "撤销: the employer's request, as recorded at the window",
  })
  @Column({ name: 'revocation_request', type: 'text', nullable: true })
  revocationRequest!: string | null;
}
