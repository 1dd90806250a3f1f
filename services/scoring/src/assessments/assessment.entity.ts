import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ExcludedMonth, ScoreItem, UnmetCondition } from '@points/scoring-engine';
import { DateScalar } from '../scores/calendar.scalars';
import { ExcludedMonthModel, ScoreItemModel, UnmetConditionModel } from '../scores/score-result.model';

/** The kind of application the assessment was made for (NEW 首次申请, RENEWAL 续办, CHANGE 积分调整). */
export enum AssessmentKind {
  NEW = 'NEW',
  RENEWAL = 'RENEWAL',
  CHANGE = 'CHANGE',
}
registerEnumType(AssessmentKind, { name: 'AssessmentKind' });

/**
 * 积分核定: a decision on verified facts. Immutable once written: it keeps the exact input (encrypted,
 * HRSS-only), the rule-set version, revision and SHA-256 it was computed with, and the result, so it
 * reproduces years later whatever happens to the rule sets.
 */
@ObjectType({ description: 'A scoring decision on verified facts (积分核定)' })
@Directive('@key(fields: "id")')
@Entity({ name: 'assessment' })
export class Assessment {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  /** The application.scoring-requested event this answers (unique: one assessment per request). */
  @Column({ name: 'request_event_id', type: 'uuid' })
  requestEventId!: string;

  @Field(() => AssessmentKind)
  @Column('text')
  kind!: AssessmentKind;

  @Column({ name: 'applicant_id', type: 'uuid' })
  applicantId!: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Field({ description: 'District of the filing employer' })
  @Column('text')
  district!: string;

  @Field(() => DateScalar)
  @Column({ name: 'assessment_date', type: 'date' })
  assessmentDate!: string;

  @Field()
  @Column({ name: 'rule_set_version', type: 'text' })
  ruleSetVersion!: string;

  @Field(() => Int, { description: 'Revision of the rule set (its wage table) the decision used' })
  @Column({ name: 'rule_set_revision', type: 'integer' })
  ruleSetRevision!: number;

  @Field({ description: 'SHA-256 of the exact rule parameters the decision used' })
  @Column({ name: 'rule_set_sha256', type: 'text' })
  ruleSetSha256!: string;

  @Field(() => Int)
  @Column('integer')
  total!: number;

  @Field(() => Int)
  @Column('integer')
  standard!: number;

  @Field()
  @Column('boolean')
  eligible!: boolean;

  @Field()
  @Column('boolean')
  vetoed!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'May the holder apply at all (第二条, 第十三条)? The decision approves only when this and eligible hold; null for decisions made before it was checked',
  })
  @Column({ name: 'can_apply', type: 'boolean', nullable: true })
  canApply!: boolean | null;

  @Field(() => [UnmetConditionModel], { description: 'the conditions for applying that did not hold' })
  @Column({ name: 'unmet_conditions', type: 'jsonb' })
  unmetConditions!: UnmetCondition[];

  @Field(() => [ScoreItemModel], {
    description: 'each with the evidence its facts rest on, when the verified profile gave it',
  })
  @Column({ type: 'jsonb' })
  items!: ScoreItem[];

  @Field(() => [ExcludedMonthModel])
  @Column({ name: 'excluded_months', type: 'jsonb' })
  excludedMonths!: ExcludedMonth[];

  /** The exact profile given to the engine, as PiiCipher token (AAD ASSESSMENT_INPUT_AAD). */
  @Column({ name: 'input_profile', type: 'text' })
  inputProfile!: string;

  @Field()
  @Column({ name: 'assessed_at', type: 'timestamptz' })
  assessedAt!: Date;
}

/** Associated data of the encrypted input: a token moved to another column does not decrypt. */
export const ASSESSMENT_INPUT_AAD = 'scoring.assessment.input_profile';
export const FAILURE_INPUT_AAD = 'scoring.scoring_request_failure.input_profile';
