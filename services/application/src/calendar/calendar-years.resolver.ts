import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { CalendarYear, PublishCalendarYearInput } from './calendar-year.model';
import { CalendarYearsService } from './calendar-years.service';

@Resolver(() => CalendarYear)
export class CalendarYearsResolver {
  constructor(private readonly years: CalendarYearsService) {}

  /** HRSS keeps the calendar: it is who enters the State Council notice. */
  @Roles(Role.HRSS_ADMIN)
  @Query(() => CalendarYear, {
    description:
      "A year of the working-day calendar: where its days off come from, HRSS's entries, the law's days",
  })
  calendarYear(@Args('year', { type: () => Int }) year: number): Promise<CalendarYear> {
    return this.years.year(year);
  }

  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => CalendarYear, {
    description:
      "Enters a year's published holiday schedule (days off and 调休 make-up days) as a new audited revision; running deadlines are recomputed",
  })
  publishCalendarYear(
    @CurrentUser() user: AuthUser,
    @Args('input') input: PublishCalendarYearInput,
  ): Promise<CalendarYear> {
    return this.years.publish(user, input);
  }
}
