import { Directive, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ApplicationState } from '../applications/application-state.enum';

@ObjectType()
export class DistrictStateCount {
  @Field() district!: string;
  @Field(() => ApplicationState) state!: ApplicationState;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class DistrictCount {
  @Field() district!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'One ISO week (Monday to Sunday, Shanghai days)' })
export class WeekStatistics {
  @Field({ description: 'The Monday, YYYY-MM-DD' }) week!: string;
  @Field({ description: 'ISO 8601 week, e.g. 2026-W48' }) isoWeek!: string;
  @Field(() => Int, { description: 'Accepted at a centre (受理, receipt issued) that week' })
  received!: number;
  @Field(() => Int, { description: 'Decided (APPROVED or REJECTED) that week' }) decided!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int) rejected!: number;
}

@ObjectType()
export class ReasonCount {
  @Field() reason!: string;
  @Field(() => Int) count!: number;
}

/**
 * The figures HRSS runs the city with. An entity keyed by its scope so that the notification
 * subgraph, which owns the SMS messages, adds the `sms` figures for the same scope.
 */
@ObjectType({ description: 'Statistics of one district or the whole city over whole ISO weeks' })
@Directive('@key(fields: "scope")')
export class Statistics {
  @Field({ description: 'district (or CITY), first and last day: the key other subgraphs resolve by' })
  scope!: string;
  @Field(() => String, { nullable: true, description: 'null: the whole city' })
  district!: string | null;
  @Field({ description: 'Monday of the first week counted' }) from!: string;
  @Field({ description: 'Sunday of the last week counted' }) to!: string;
  @Field({ description: 'The day overdue is counted on (Shanghai)' }) today!: string;
  @Field(() => [DistrictStateCount], { description: 'Applications per district and state, now' })
  byDistrictAndState!: DistrictStateCount[];
  @Field(() => [WeekStatistics], { description: 'Every week from `from` to `to`, zeros included' })
  weeks!: WeekStatistics[];
  @Field(() => [DistrictCount], {
    description: 'Applications with the centre past their working-day deadline, per district, zeros included',
  })
  overdue!: DistrictCount[];
  @Field(() => Float, {
    nullable: true,
    description:
      'Median working days (Chinese calendar) from acceptance to decision of the decisions in these weeks; null if none',
  })
  medianWorkingDaysToDecision!: number | null;
  @Field(() => Int, { description: 'Decisions of accepted applications the median is taken over' })
  decisionsMeasured!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => [ReasonCount], { description: 'Rejections by reason, most frequent first' })
  rejectedByReason!: ReasonCount[];
}
