import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { RuleSet as RuleSetParameters } from '@points/scoring-engine';
import { DateScalar, RuleSetParametersScalar } from '../scores/calendar.scalars';

/**
 * A version of the indicator system (积分指标体系); decisions store the version AND the revision they
 * used. `parameters` is the engine's `RuleSet` JSON (validated by `ruleSetSchema`), wage table
 * included; every edit bumps `revision` and leaves an immutable copy in `rule_set_revision`.
 */
@ObjectType({ description: 'A version of the indicator system; every decision records the version it used' })
@Directive('@key(fields: "version")')
@Entity({ name: 'rule_set' })
export class RuleSet {
  @Field({ description: 'e.g. SH-2017' })
  @PrimaryColumn('text')
  version!: string;

  @Field(() => DateScalar, { description: 'First assessment date (YYYY-MM-DD) this version applies to' })
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Field()
  @Column('text')
  description!: string;

  @Field(() => RuleSetParametersScalar, {
    description: "Every number of this version (the engine's RuleSet JSON, average wage table included)",
  })
  @Column({ type: 'jsonb' })
  parameters!: RuleSetParameters;

  @Field(() => Int, { description: 'Bumped by every edit (e.g. an average wage set); decisions store it' })
  @Column('integer')
  revision!: number;

  @Field({ description: 'SHA-256 of the canonical JSON of the parameters at this revision' })
  @Column({ name: 'parameters_sha256', type: 'text' })
  parametersSha256!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@ObjectType({ description: '本市上年度职工社会平均工资: a month of year Y is compared with year Y−1' })
export class AverageMonthlyWage {
  @Field(() => Int)
  year!: number;

  @Field({ description: 'monthly CNY' })
  monthlyCny!: number;
}
