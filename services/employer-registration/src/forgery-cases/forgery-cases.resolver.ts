import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { ApplicantForgeryCase, ForgeryCaseStatus } from './applicant-forgery-case.entity';
import {
  AppealForgeryCaseInput,
  DecideForgeryAppealInput,
  DecideForgeryCaseInput,
} from './forgery-case.inputs';
import { ForgeryCasesService } from './forgery-cases.service';

@Resolver(() => ApplicantForgeryCase)
export class ForgeryCasesResolver {
  constructor(private readonly cases: ForgeryCasesService) {}

  /** HRSS all; the district centre its district; the applicant their own. */
  @Roles(Role.HRSS_ADMIN, Role.CENTRE_SUPERVISOR, Role.CENTRE_OFFICER, Role.APPLICANT)
  @Query(() => [ApplicantForgeryCase], {
    description: 'Forgery cases on applicants (第二十二条) in your scope, open ones first',
  })
  applicantForgeryCases(
    @CurrentUser() user: AuthUser,
    @Args('status', { type: () => ForgeryCaseStatus, nullable: true }) status?: ForgeryCaseStatus | null,
    @Args('district', {
      type: () => String,
      nullable: true,
      description: "HRSS: one district's (e.g. XUHUI); centre staff only ever see their own",
    })
    district?: string | null,
  ): Promise<ApplicantForgeryCase[]> {
    return this.cases.list(user, status, district);
  }

  /** The same people who decide the employer's sanction: HRSS, and the supervisor in their district. */
  @Roles(Role.HRSS_ADMIN, Role.CENTRE_SUPERVISOR)
  @Mutation(() => ApplicantForgeryCase, {
    description:
      '情节严重 or not: serious bans the person from applying for 3 years; otherwise deduction only',
  })
  decideApplicantForgeryCase(
    @CurrentUser() user: AuthUser,
    @Args('input') input: DecideForgeryCaseInput,
  ): Promise<ApplicantForgeryCase> {
    return this.cases.decide(user, input);
  }

  @Roles(Role.APPLICANT)
  @Mutation(() => ApplicantForgeryCase, { description: 'Ask for review of a serious forgery decision' })
  appealApplicantForgeryCase(
    @CurrentUser() user: AuthUser,
    @Args('input') input: AppealForgeryCaseInput,
  ): Promise<ApplicantForgeryCase> {
    return this.cases.appeal(user, input);
  }

  /** Reviews are HRSS's (复核), by a second person. */
  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => ApplicantForgeryCase, { description: 'Decide the review: upheld lifts the ban' })
  decideApplicantForgeryAppeal(
    @CurrentUser() user: AuthUser,
    @Args('input') input: DecideForgeryAppealInput,
  ): Promise<ApplicantForgeryCase> {
    return this.cases.decideAppeal(user, input);
  }
}
