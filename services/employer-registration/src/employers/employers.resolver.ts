import { Args, ID, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { Employer } from './employer.entity';
import { EmployersService } from './employers.service';

const EMPLOYER_READERS = [Role.HRSS_ADMIN, Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.EMPLOYER_HR];

@Resolver(() => Employer)
export class EmployersResolver {
  constructor(private readonly employers: EmployersService) {}

  @Roles(...EMPLOYER_READERS)
  @Query(() => Employer, { description: "An employer, within the caller's district or employer" })
  employer(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Employer> {
    return this.employers.findVisible(user, id);
  }

  /** Other subgraphs reference employers by id; the same scoping applies. */
  @Roles(...EMPLOYER_READERS)
  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }, @CurrentUser() user: AuthUser): Promise<Employer> {
    return this.employers.findVisible(user, reference.id);
  }
}
