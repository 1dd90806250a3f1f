import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { Employer } from '../employers/employer.entity';
import { RecordSanctionInput } from './dto/record-sanction.input';
import { SanctionsService } from './sanctions.service';

@Resolver()
export class SanctionsResolver {
  constructor(private readonly sanctions: SanctionsService) {}

  /** HRSS anywhere; a district supervisor only in their district (the query filters by it). */
  @Roles(Role.HRSS_ADMIN, Role.CENTRE_SUPERVISOR)
  @Mutation(() => Employer, { description: 'Record a forgery sanction: fine, optional suspension, reason' })
  recordEmployerSanction(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordSanctionInput,
  ): Promise<Employer> {
    return this.sanctions.record(user, input);
  }
}
