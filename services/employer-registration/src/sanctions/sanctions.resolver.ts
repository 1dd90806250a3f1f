import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { Employer } from '../employers/employer.entity';
import { RecordSanctionInput } from './dto/record-sanction.input';
import { EmployersService } from '../employers/employers.service';
import { SanctionsService } from './sanctions.service';

@Resolver()
export class SanctionsResolver {
  constructor(
    private readonly sanctions: SanctionsService,
    private readonly employers: EmployersService,
  ) {}

  /** The supervisor's second pair of eyes on forgery cases (domain.md §3): what waits for a decision. */
  @Roles(Role.HRSS_ADMIN, Role.CENTRE_SUPERVISOR)
  @Query(() => [Employer], {
    nullable: true,
    description:
      'Employers of your district with forgery cases or sanctions, those with a case pending decision first (HRSS: every district, or `district`)',
  })
  sanctionedEmployers(
    @CurrentUser() user: AuthUser,
    @Args('district', {
      type: () => String,
      nullable: true,
      description: "HRSS: one district's (e.g. XUHUI); a supervisor only ever sees their own",
    })
    district?: string | null,
  ): Promise<Employer[]> {
    return this.employers.withSanctions(user, district);
  }

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
