import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AccountHistoryAction {
  CREATED = 'CREATED',
  RELEASED = 'RELEASED',
  TAKEN_OVER = 'TAKEN_OVER',
  /** The holder changed the employer code himself: his points were no longer valid (seed 002). */
  SWITCHED_BY_HOLDER = 'SWITCHED_BY_HOLDER',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  BANNED = 'BANNED',
  /** 第二十二条: a forgery finding opened a case; nobody is banned until a person decides it is serious. */
  FORGERY_CASE_OPENED = 'FORGERY_CASE_OPENED',
  FORGERY_CASE_DECIDED = 'FORGERY_CASE_DECIDED',
  FORGERY_CASE_APPEALED = 'FORGERY_CASE_APPEALED',
  /** A review upheld: the ban is lifted. */
  BAN_LIFTED = 'BAN_LIFTED',
}

@ObjectType({ description: "An entry in an account's history (job changes, password resets, bans)" })
@Entity({ name: 'account_history' })
export class AccountHistoryEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order (identity column): entries of one transaction share their timestamp. */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  seq!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Field()
  @Column('text')
  action!: AccountHistoryAction;

  @Field(() => String, { nullable: true })
  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'previous_employer_id', type: 'uuid', nullable: true })
  previousEmployerId!: string | null;

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
