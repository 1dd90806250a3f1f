import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum SanctionStatus {
  /** A verification found forgery; HRSS (or the district supervisor) has not decided the fine yet. */
  PENDING_DECISION = 'PENDING_DECISION',
  DECIDED = 'DECIDED',
}
registerEnumType(SanctionStatus, { name: 'SanctionStatus' });

/** A forgery sanction on the employer's record (domain.md §1.5): fine, suspension, who and why. */
@ObjectType({ description: "A forgery case or sanction on an employer's record" })
@Entity({ name: 'employer_sanction' })
export class EmployerSanction {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Field(() => SanctionStatus)
  @Column('text')
  status!: SanctionStatus;

  @Field(() => Int, { nullable: true, description: 'Fine in CNY, 30,000–50,000' })
  @Column({ name: 'fine_cny', type: 'integer', nullable: true })
  fineCny!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'suspended_until', type: 'date', nullable: true })
  suspendedUntil!: string | null;

  @Field()
  @Column('text')
  reason!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decided_role', type: 'text', nullable: true })
  decidedRole!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The verification case that found the forgery, when the sanction came from one. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'forgery_case_id', type: 'uuid', nullable: true })
  forgeryCaseId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ name: 'applicant_id', type: 'uuid', nullable: true })
  applicantId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'found_on', type: 'date', nullable: true })
  foundOn!: string | null;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
