import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { CurrentUser, Public, Role, Roles, type AuthUser } from '@points/auth';
import { CLOCK, todayOf, type Clock } from '../common/clock';
import { EmployerHistoryEntry } from '../history/employer-history.entity';
import { EmployerSanction } from '../sanctions/employer-sanction.entity';
import {
  EmployerRegistration,
  RegisterEmployerInput,
  UpdateEmployerDetailsInput,
} from './dto/register-employer.input';
import { EmployerConnection, ReviewRegistrationInput } from './dto/review-registration.input';
import { Employer } from './employer.entity';
import { EmployerLoaderFactory } from './employer.loaders';
import { isSuspendedOn } from './employer-standing.util';
import { EmployersService } from './employers.service';

const EMPLOYER_READERS = [Role.HRSS_ADMIN, Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.EMPLOYER_HR];

@Resolver(() => Employer)
export class EmployersResolver {
  constructor(
    private readonly employers: EmployersService,
    private readonly loaders: EmployerLoaderFactory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Roles(...EMPLOYER_READERS)
  @Query(() => Employer, {
    nullable: true,
    description: "An employer, within the caller's district or employer",
  })
  employer(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Employer> {
    return this.employers.findVisible(user, id);
  }

  /**
   * Other subgraphs reference employers by id (a queue page: one `_entities` call with every
   * item's employer), read in one query per request; the same scoping applies to each.
   */
  @Roles(...EMPLOYER_READERS)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentUser() user: AuthUser,
    @Context() context: object,
  ): Promise<Employer> {
    return this.loaders.visible(context, user).load(reference.id);
  }

  /** Public: an employer registers itself online (单位注册); its district centre reviews it. */
  @Public()
  @Mutation(() => EmployerRegistration)
  registerEmployer(@Args('input') input: RegisterEmployerInput): Promise<EmployerRegistration> {
    return this.employers.register(input);
  }

  @Roles(Role.EMPLOYER_HR)
  @Mutation(() => Employer, {
    description: 'Change the registered details: goes back to review; a new district moves it to that queue',
  })
  updateEmployerDetails(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateEmployerDetailsInput,
  ): Promise<Employer> {
    return this.employers.updateDetails(user, input);
  }

  // Officers work the queue; the supervisor (second pair of eyes) and HRSS (all districts) watch it.
  @Roles(Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.HRSS_ADMIN)
  @Query(() => EmployerConnection, {
    nullable: true,
    description:
      'Pending registrations, oldest first (keyset pagination): centre staff see their district, HRSS every district',
  })
  registrationReviewQueue(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<EmployerConnection> {
    return this.employers.reviewQueue(user, first, after);
  }

  @Roles(Role.CENTRE_OFFICER)
  @Mutation(() => Employer, { description: 'Approve or reject (with a reason) a pending registration' })
  reviewEmployerRegistration(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReviewRegistrationInput,
  ): Promise<Employer> {
    return this.employers.review(user, input);
  }

  @Roles(...EMPLOYER_READERS)
  @ResolveField(() => Boolean, { description: 'Whether a sanction suspends it today' })
  suspended(@Parent() employer: Employer): boolean {
    return isSuspendedOn(employer, todayOf(this.clock));
  }

  @Roles(...EMPLOYER_READERS)
  @ResolveField(() => [EmployerHistoryEntry], {
    description: 'Every decision on this employer, oldest first',
  })
  history(@Parent() employer: Employer): Promise<EmployerHistoryEntry[]> {
    return this.employers.historyOf(employer.id);
  }

  @Roles(...EMPLOYER_READERS)
  @ResolveField(() => [EmployerSanction], { description: 'Forgery cases and sanctions on record' })
  sanctions(@Parent() employer: Employer): Promise<EmployerSanction[]> {
    return this.employers.sanctionsOf(employer.id);
  }
}
