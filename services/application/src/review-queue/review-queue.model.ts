import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Application } from '../applications/application.entity';
import { ApplicationKind, ApplicationState } from '../applications/application-state.enum';

@InputType()
export class ReviewQueueFilter {
  @Field(() => [ApplicationState], {
    nullable: true,
    description:
      'Default: the states the centre works on (SUBMITTED, MATERIALS_REQUIRED, ARCHIVE_REVIEW, SCORING)',
  })
  states?: ApplicationState[] | null;
  @Field(() => ApplicationKind, { nullable: true }) kind?: ApplicationKind | null;
  @Field(() => String, { nullable: true, description: 'Submitted to the centre on or after, YYYY-MM-DD' })
  submittedFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Submitted to the centre on or before, YYYY-MM-DD' })
  submittedTo?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only overdue; false: only not overdue' })
  overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Assigned to this officer (account id)' })
  assignedOfficer?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only unassigned' })
  unassigned?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: "HRSS: one district's queue (e.g. XUHUI). Centre staff always see their own district",
  })
  district?: string | null;
}

@ObjectType()
export class ReviewQueuePage {
  @Field(() => [Application], { description: 'Earliest deadline first (overdue ones first), then by id' })
  items!: Application[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType()
export class StateCount {
  @Field(() => ApplicationState) state!: ApplicationState;
  @Field(() => Int) count!: number;
}
