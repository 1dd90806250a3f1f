import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { Application } from '../applications/application.entity';
import {
  Appeal,
  AppealFilter,
  AppealPage,
  AppealRequestInput,
  RejectionAppealRequestInput,
} from './appeal.model';
import { AppealsService } from './appeals.service';

@Resolver(() => Application)
export class AppealsResolver {
  constructor(private readonly appealsService: AppealsService) {}

  @Roles(Role.APPLICANT, Role.EMPLOYER_HR)
  @Mutation(() => Appeal, { description: '复核: dispute the score of one indicator, with a reason' })
  requestAppeal(@CurrentUser() user: AuthUser, @Args('input') input: AppealRequestInput): Promise<Appeal> {
    return this.appealsService.request(user, input);
  }

  @Roles(Role.APPLICANT, Role.EMPLOYER_HR)
  @Mutation(() => Appeal, {
    description:
      '复核: dispute the reason of a rejection decided without a score; upheld, the application is checked again',
  })
  requestRejectionAppeal(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RejectionAppealRequestInput,
  ): Promise<Appeal> {
    return this.appealsService.requestOnRejection(user, input);
  }

  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => Appeal, { description: 'First HRSS review: propose a correction of the total (0: none)' })
  reviewAppeal(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('proposedDelta', { type: () => Int }) proposedDelta: number,
    @Args('note') note: string,
  ): Promise<Appeal> {
    return this.appealsService.review(user, id, version, proposedDelta, note);
  }

  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => Appeal, { description: 'Second HRSS person decides (not the first reviewer)' })
  decideAppeal(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('uphold') uphold: boolean,
    @Args('note') note: string,
  ): Promise<Appeal> {
    return this.appealsService.decide(user, id, version, uphold, note);
  }

  @Roles(Role.HRSS_ADMIN)
  @Query(() => AppealPage, {
    nullable: true,
    description: 'HRSS: appeals (open ones by default) of every district or one, oldest request first',
  })
  appealList(
    @Args('filter', { type: () => AppealFilter, nullable: true }) filter?: AppealFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<AppealPage> {
    return this.appealsService.page(filter ?? {}, first ?? 20, after);
  }

  @AnyRole()
  @ResolveField(() => [Appeal])
  appeals(@Parent() application: Application): Promise<Appeal[]> {
    return this.appealsService.listFor(application.id);
  }
}
