import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  ArchiveRetrievalMode,
  VerificationTaskKind,
  VerificationTaskStatus,
} from './verification-task.enums';

/** One check of a verification case, answered by a registry through a job or by a person. */
@ObjectType({ description: 'One check of a verification case (a BullMQ job, or manual work)' })
@Entity({ name: 'verification_task' })
export class VerificationTask {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Field()
  @Column('text')
  district!: string;

  @Field(() => VerificationTaskKind)
  @Column('text')
  kind!: VerificationTaskKind;

  @Column('integer')
  ordinal!: number;

  /** What the application claims for this check (a diploma, a level); never personal IDs. */
  @Column('jsonb')
  claim!: Record<string, unknown>;

  @Field(() => String, {
    nullable: true,
    description:
      'What the person working the task must establish: for a CLAIM_CHECK the claim, who checks it and what must be seen; for a CO_RESIDENT who',
  })
  get request(): string | null {
    const c = this.claim;
    if (this.kind === VerificationTaskKind.CLAIM_CHECK) {
      return `${String(c.claim)} (${String(c.value)}): ${String(c.mustSee)} — ${String(c.office)}`;
    }
    if (this.kind === VerificationTaskKind.CO_RESIDENT) {
      return `${c.relation === 'SPOUSE' ? '配偶' : '子女'} ${String(c.name)}, born ${String(c.birthDate)}`;
    }
    if (this.kind === VerificationTaskKind.RESIDENCE_PERMIT && typeof c.number === 'string') {
      return `居住证 ${c.number} (typed valid until ${String(c.validTo)})`;
    }
    return null;
  }

  @Field(() => ArchiveRetrievalMode, { nullable: true })
  @Column({ name: 'archive_mode', type: 'text', nullable: true })
  archiveMode!: ArchiveRetrievalMode | null;

  @Field({ description: 'false: only a person can answer it (e.g. an overseas diploma)' })
  @Column('boolean')
  automated!: boolean;

  @Field(() => VerificationTaskStatus)
  @Column({ type: 'text', default: VerificationTaskStatus.PENDING })
  status!: VerificationTaskStatus;

  @Field(() => String, { nullable: true, description: 'Why it FAILED or NEEDS_MANUAL' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The note of the person who completed it' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The registry's answer, kept as the basis of the verified profile. */
  @Column({ type: 'jsonb', nullable: true })
  facts!: Record<string, unknown> | null;

  @Field()
  @Column({ name: 'forged_material', type: 'boolean', default: false })
  forgedMaterial!: boolean;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the archive request went out' })
  @Column({ name: 'requested_at', type: 'timestamptz', nullable: true })
  requestedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '调档: the day the archive arrived' })
  @Column({ name: 'archive_arrived_on', type: 'date', nullable: true })
  archiveArrivedOn!: string | null;

  @Field(() => String, { nullable: true, description: '核档函: the day the letter came back' })
  @Column({ name: 'letter_returned_on', type: 'date', nullable: true })
  letterReturnedOn!: string | null;

  @Column({ name: 'completed_by', type: 'text', nullable: true })
  completedBy!: string | null;

  @Field()
  @Column({ name: 'completed_manually', type: 'boolean', default: false })
  completedManually!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Field(() => Int, { description: 'Send it back with a manual completion: a stale one is a CONFLICT' })
  @VersionColumn()
  version!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
