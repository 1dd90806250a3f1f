import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { Application } from '../applications/application.entity';
import { ReviewQueueFilter, ReviewQueuePage, StateCount } from './review-queue.model';
import { ReviewQueueService } from './review-queue.service';

const CENTRE = [Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR];
// HRSS supervises every district (domain.md: "everything; … statistics"); it reads, never works, the queue.
const CENTRE_AND_HRSS = [...CENTRE, Role.HRSS_ADMIN];

@Resolver()
export class ReviewQueueResolver {
  constructor(private readonly queue: ReviewQueueService) {}

  @Roles(...CENTRE_AND_HRSS)
  @Query(() => ReviewQueuePage, {
    nullable: true,
    description:
      "Your district's applications, earliest deadline (overdue) first; HRSS: every district, or filter.district",
  })
  reviewQueue(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => ReviewQueueFilter, nullable: true }) filter?: ReviewQueueFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ReviewQueuePage> {
    return this.queue.page(user, filter ?? {}, first ?? 20, after);
  }

  @Roles(...CENTRE_AND_HRSS)
  @Query(() => [StateCount], {
    nullable: true,
    description: "Your district's applications per state; HRSS: every district's, or one district's",
  })
  reviewQueueCounts(
    @CurrentUser() user: AuthUser,
    @Args('district', { type: () => String, nullable: true }) district?: string | null,
  ): Promise<StateCount[]> {
    return this.queue.counts(user, district);
  }

  @Roles(Role.CENTRE_OFFICER)
  @Mutation(() => Application, { description: 'Take an application to work on' })
  claimApplication(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Application> {
    return this.queue.claim(user, id);
  }

  @Roles(Role.CENTRE_SUPERVISOR)
  @Mutation(() => Application, { description: 'Hand an application to an officer of your district' })
  assignApplication(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('officerId') officerId: string,
  ): Promise<Application> {
    return this.queue.assign(user, id, officerId);
  }
}
