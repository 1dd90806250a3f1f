import { Args, ID, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { VerificationCase } from './verification-case.entity';
import { VerificationCasesService } from './verification-cases.service';

const CASE_READERS = [Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.CITY_VERIFIER, Role.HRSS_ADMIN];

@Resolver(() => VerificationCase)
export class VerificationCasesResolver {
  constructor(private readonly cases: VerificationCasesService) {}

  @Roles(...CASE_READERS)
  @Query(() => VerificationCase)
  verificationCase(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<VerificationCase> {
    return this.cases.findVisible(user, id);
  }

  @Roles(...CASE_READERS)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentUser() user: AuthUser,
  ): Promise<VerificationCase> {
    return this.cases.findVisible(user, reference.id);
  }
}
