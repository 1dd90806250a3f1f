import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A version of the indicator system (积分指标体系); decisions store the version they used. */
@ObjectType({ description: 'A version of the indicator system; every decision records the version it used' })
@Directive('@key(fields: "version")')
@Entity({ name: 'rule_set' })
export class RuleSet {
  @Field({ description: 'e.g. SH-2017' })
  @PrimaryColumn('text')
  version!: string;

  @Field({ description: 'First assessment date (YYYY-MM-DD) this version applies to' })
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Field()
  @Column('text')
  description!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
