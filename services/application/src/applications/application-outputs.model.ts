import { Directive, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ApplicationKind } from './application-state.enum';

/** A working-day deadline with the calendar data it was computed with. */
@ObjectType()
export class Deadline {
  @Field({ description: 'YYYY-MM-DD' }) dueOn!: string;
  @Field({ description: 'Computed where the holiday calendar is not published yet; may move' })
  provisional!: boolean;
  @Field() calendarDataVersion!: string;
  @Field() overdue!: boolean;
}

/** The scoring subgraph's assessment; this subgraph only knows its id (the scoring subgraph resolves the rest). */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Assessment {
  @Field(() => ID) id!: string;
}

@InputType()
export class CreateApplicationInput {
  @Field(() => ID, { nullable: true, description: 'HR: the applicant; an applicant files for themselves' })
  applicantId?: string | null;
  @Field(() => ApplicationKind) kind!: ApplicationKind;
  @Field(() => String, {
    nullable: true,
    description: 'RENEWAL: the day the permit was endorsed (签注), YYYY-MM-DD',
  })
  permitEndorsedOn?: string | null;
}
