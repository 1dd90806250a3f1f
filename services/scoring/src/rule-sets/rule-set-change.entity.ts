import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { JsonScalar } from '../scores/calendar.scalars';

export enum RuleSetChangeKind {
  /** Written by the migration that seeded the version. */
  SEEDED = 'SEEDED',
  CREATED = 'CREATED',
  AVERAGE_WAGE_SET = 'AVERAGE_WAGE_SET',
  /** Written by a migration that added parameters the engine gained (a new revision, same numbers). */
  PARAMETERS_ADDED = 'PARAMETERS_ADDED',
}
registerEnumType(RuleSetChangeKind, { name: 'RuleSetChangeKind' });

/** The audit trail of the indicator system: who changed what, when, before and after. Append-only. */
@ObjectType({ description: 'One audited change to a rule set' })
@Entity({ name: 'rule_set_change' })
export class RuleSetChange {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** Keyset cursor (bigserial): the order of the changes. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Field()
  @Column({ name: 'rule_set_version', type: 'text' })
  ruleSetVersion!: string;

  @Field(() => Int, { description: 'The revision this change produced' })
  @Column('integer')
  revision!: number;

  @Field(() => RuleSetChangeKind)
  @Column('text')
  kind!: RuleSetChangeKind;

  @Field({ description: 'The account (JWT subject) that made the change' })
  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Field()
  @Column({ name: 'changed_by_role', type: 'text' })
  changedByRole!: string;

  @Field()
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @Field({ description: 'What changed, in Chinese and English' })
  @Column('text')
  summary!: string;

  @Field(() => JsonScalar, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Field(() => JsonScalar)
  @Column({ type: 'jsonb' })
  after!: unknown;
}

@ObjectType({ description: 'A page of rule-set changes, newest first' })
export class RuleSetChangePage {
  @Field(() => [RuleSetChange])
  nodes!: RuleSetChange[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null at the end' })
  nextCursor!: string | null;
}
