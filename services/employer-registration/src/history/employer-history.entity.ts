import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What happened to an employer: each decision with who, role, when and why. */
export enum EmployerHistoryAction {
  REGISTERED = 'REGISTERED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DETAILS_CHANGED = 'DETAILS_CHANGED',
  DISTRICT_MOVED = 'DISTRICT_MOVED',
  SANCTIONED = 'SANCTIONED',
  FORGERY_CASE_RECORDED = 'FORGERY_CASE_RECORDED',
  APPLICANT_RELEASED = 'APPLICANT_RELEASED',
  APPLICANT_TAKEN_OVER = 'APPLICANT_TAKEN_OVER',
}

@ObjectType({ description: "An entry in an employer's history" })
@Entity({ name: 'employer_history' })
export class EmployerHistoryEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order (identity column): entries of one transaction share their timestamp. */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  seq!: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Field()
  @Column('text')
  action!: EmployerHistoryAction;

  @Field(() => String, { nullable: true })
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus!: string | null;

  /** Account id of who acted; null for the public registration, a service name for events. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  at!: Date;
}
