import { Args, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { AnyRole, CurrentUser, type AuthUser } from '@points/auth';
import { Employer } from '../employers/employer.reference';
import { Application } from './application.entity';
import { ApplicationsService } from './applications.service';

@Resolver(() => Application)
export class ApplicationsResolver {
  constructor(private readonly applications: ApplicationsService) {}

  /** Every role may ask; the service returns only what the caller may see (else NOT_FOUND). */
  @AnyRole()
  @Query(() => Application)
  application(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Application> {
    return this.applications.findVisible(user, id);
  }

  /** The filing employer; its details come from employer-registration through the gateway. */
  @AnyRole()
  @ResolveField(() => Employer)
  employer(@Parent() application: Application): Employer {
    return { id: application.employerId };
  }

  @AnyRole()
  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }, @CurrentUser() user: AuthUser): Promise<Application> {
    return this.applications.findVisible(user, reference.id);
  }
}
