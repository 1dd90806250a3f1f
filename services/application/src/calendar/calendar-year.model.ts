import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CalendarSource } from '@points/calendar';

registerEnumType(CalendarSource, {
  name: 'CalendarSource',
  description: "Where a year's days off come from: HRSS's entry, the package's data, or the law alone",
});

@ObjectType({ description: 'One day of a holiday schedule' })
export class CalendarDay {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field({ description: 'e.g. 春节, 国庆节调休上班' }) name!: string;
}

@ObjectType({
  description: "One audited entry of a year's schedule (append-only; the highest revision is in force)",
})
export class CalendarYearRevision {
  @Field(() => Int) year!: number;
  @Field(() => Int) revision!: number;
  @Field(() => [CalendarDay], { description: 'Days off, weekend days inside a holiday block included' })
  holidays!: CalendarDay[];
  @Field(() => [CalendarDay], { description: 'Weekend days declared working days (调休上班)' })
  workdays!: CalendarDay[];
  @Field({ description: 'The notice it was entered from, e.g. 国办发明电〔2026〕7号' }) documentRef!: string;
  @Field() reason!: string;
  @Field({ description: 'The account (JWT subject) that entered it' }) changedBy!: string;
  @Field() changedByRole!: string;
  @Field() changedAt!: Date;
}

@ObjectType({ description: 'A year of the working-day calendar as deadlines are counted with it' })
export class CalendarYear {
  @Field(() => Int) year!: number;
  @Field(() => CalendarSource) source!: CalendarSource;
  @Field({ description: 'No notice known: deadlines counted over this year are provisional (暂定)' })
  provisional!: boolean;
  @Field(() => CalendarYearRevision, { nullable: true, description: "HRSS's entry in force, if any" })
  current!: CalendarYearRevision | null;
  @Field(() => [CalendarYearRevision], { description: 'Every entry of the year, newest first' })
  revisions!: CalendarYearRevision[];
  @Field(() => [CalendarDay], {
    description: 'The days off the law alone gives (used while the year has no notice), with 补假',
  })
  statutoryDaysOff!: CalendarDay[];
}

@InputType()
export class CalendarDayInput {
  @Field({ description: 'YYYY-MM-DD, in the year entered' }) date!: string;
  @Field() name!: string;
}

@InputType({
  description: "A year's schedule from the State Council notice (the whole year: it replaces the last entry)",
})
export class PublishCalendarYearInput {
  @Field(() => Int) year!: number;
  @Field(() => [CalendarDayInput]) holidays!: CalendarDayInput[];
  @Field(() => [CalendarDayInput], { description: 'Make-up working days (调休上班): Saturdays or Sundays' })
  workdays!: CalendarDayInput[];
  @Field({ description: 'The notice, e.g. 国办发明电〔2026〕7号' }) documentRef!: string;
  @Field({ description: 'Why it is entered or changed' }) reason!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The revision the entry is based on (null for a year never entered); another is a CONFLICT',
  })
  expectedRevision?: number | null;
}
