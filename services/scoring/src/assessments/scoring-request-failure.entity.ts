import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateScalar } from '../scores/calendar.scalars';
import { AssessmentKind } from './assessment.entity';

@ObjectType('ProfileProblem', { description: 'Why a verified profile could not be scored' })
export class ProfileProblemModel {
  @Field({ description: 'e.g. profile.socialInsurance[1].to' })
  field!: string;

  @Field()
  rule!: string;

  @Field()
  message!: string;
}

/**
 * A scoring request whose verified profile could not be scored (a defect upstream, not the
 * applicant's doing). Recorded instead of retried: the same input would fail forever and block the
 * queue. HRSS sees these; the application stays in SCORING until it is asked again with a fixed profile.
 */
@ObjectType({ description: 'A scoring request that could not be assessed, with the problems found' })
@Entity({ name: 'scoring_request_failure' })
export class ScoringRequestFailure {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** Keyset cursor (bigserial). */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Field(() => ID)
  @Column({ name: 'request_event_id', type: 'uuid' })
  requestEventId!: string;

  @Field(() => ID)
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Field(() => AssessmentKind)
  @Column('text')
  kind!: AssessmentKind;

  @Field()
  @Column('text')
  district!: string;

  @Field(() => DateScalar)
  @Column({ name: 'assessment_date', type: 'date' })
  assessmentDate!: string;

  @Field(() => [ProfileProblemModel])
  @Column({ type: 'jsonb' })
  problems!: ProfileProblemModel[];

  @Column({ name: 'input_profile', type: 'text' })
  inputProfile!: string;

  @Field()
  @Column({ name: 'failed_at', type: 'timestamptz' })
  failedAt!: Date;
}

@ObjectType({ description: 'A page of scoring-request failures, newest first' })
export class ScoringRequestFailurePage {
  @Field(() => [ScoringRequestFailure])
  nodes!: ScoringRequestFailure[];

  @Field(() => String, { nullable: true })
  nextCursor!: string | null;
}
