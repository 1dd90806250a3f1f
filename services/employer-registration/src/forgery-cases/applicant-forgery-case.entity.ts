import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ForgeryCaseStatus {
  /** A verification found forged material; nobody has decided yet whether it is serious. */
  PENDING_DECISION = 'PENDING_DECISION',
  DECIDED = 'DECIDED',
  /** The person asked for review of a serious decision; a second person decides. */
  APPEALED = 'APPEALED',
  APPEAL_DECIDED = 'APPEAL_DECIDED',
}
registerEnumType(ForgeryCaseStatus, { name: 'ForgeryCaseStatus' });

/**
 * 第二十二条 on the individual: a forgery finding, the decision whether it is serious (情节严重,
 * only then the 3-year ban) and the review. The deduction (−150 within 3 years) does not wait for
 * it: it travels in the verified profile to scoring.
 */
@ObjectType({
  description: '伪造材料案件: a forgery finding on an applicant, decided by a person (第二十二条)',
})
@Entity({ name: 'applicant_forgery_case' })
export class ApplicantForgeryCase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The verification case that found it' })
  @Column({ name: 'verification_case_id', type: 'uuid' })
  verificationCaseId!: string;

  @Field(() => ID)
  @Column({ name: 'applicant_id', type: 'uuid' })
  applicantId!: string;

  @Field(() => ID)
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Field(() => ID)
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Field()
  @Column('text')
  district!: string;

  @Field()
  @Column({ name: 'found_on', type: 'date' })
  foundOn!: string;

  @Field()
  @Column('text')
  note!: string;

  @Field(() => ForgeryCaseStatus)
  @Column('text')
  status!: ForgeryCaseStatus;

  @Field(() => Boolean, {
    nullable: true,
    description: '情节严重: decided serious (3-year ban) or not (deduction only)',
  })
  @Column({ type: 'boolean', nullable: true })
  serious!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Serious: may not apply up to and including this day' })
  @Column({ name: 'banned_until', type: 'date', nullable: true })
  bannedUntil!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decided_role', type: 'text', nullable: true })
  decidedRole!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'appeal_reason', type: 'text', nullable: true })
  appealReason!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'appealed_at', type: 'timestamptz', nullable: true })
  appealedAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Review upheld: the ban is lifted' })
  @Column({ name: 'appeal_upheld', type: 'boolean', nullable: true })
  appealUpheld!: boolean | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'appeal_decided_by', type: 'text', nullable: true })
  appealDecidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'appeal_decided_at', type: 'timestamptz', nullable: true })
  appealDecidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'appeal_decision_reason', type: 'text', nullable: true })
  appealDecisionReason!: string | null;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
