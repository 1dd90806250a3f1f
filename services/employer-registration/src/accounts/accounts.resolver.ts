import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { AccountHistoryEntry } from './account-history.entity';
import { AccountsService } from './accounts.service';
import {
  AddHrAccountInput,
  CreateApplicantAccountInput,
  CreateStaffAccountInput,
  ReleaseAtWindowInput,
  SwitchMyEmployerInput,
  ReleaseApplicantInput,
  ResetApplicantPasswordInput,
  TakeOverApplicantInput,
} from './dto/account.inputs';
import { AccountConnection, AccountView } from './dto/account.view';

const UNMASKED_DESCRIPTION =
  'true: the full value, for the person, their employer, their district centre and HRSS; each such read is audited';

@Resolver(() => AccountView)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @AnyRole()
  @Query(() => AccountView, { nullable: true, description: 'The logged-in account' })
  me(@CurrentUser() user: AuthUser): Promise<AccountView> {
    return this.accounts.me(user);
  }

  @AnyRole()
  @Query(() => AccountView, {
    nullable: true,
    description: 'An account within your scope (yourself, your employer, your district)',
  })
  account(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<AccountView> {
    return this.accounts.findVisible(user, id);
  }

  @Roles(Role.EMPLOYER_HR, Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.HRSS_ADMIN)
  @Query(() => AccountConnection, {
    nullable: true,
    description: 'Applicant accounts within your scope, newest first',
  })
  applicantAccounts(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<AccountConnection> {
    return this.accounts.listApplicants(user, first, after);
  }

  @Roles(Role.CENTRE_SUPERVISOR)
  @Query(() => [AccountView], {
    nullable: true,
    description: "The centre officers of your district (a supervisor's choice when assigning work), by login name",
  })
  districtOfficers(@CurrentUser() user: AuthUser): Promise<AccountView[]> {
    return this.accounts.districtOfficers(user);
  }

  @Roles(Role.EMPLOYER_HR)
  @Mutation(() => AccountView, {
    description: "Open an applicant's account (approved, unsuspended employers only)",
  })
  createApplicantAccount(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateApplicantAccountInput,
  ): Promise<AccountView> {
    return this.accounts.createApplicant(user, input);
  }

  @Roles(Role.EMPLOYER_HR)
  @Mutation(() => AccountView, { description: 'Add an HR specialist account to your employer' })
  addHrAccount(@CurrentUser() user: AuthUser, @Args('input') input: AddHrAccountInput): Promise<AccountView> {
    return this.accounts.addHr(user, input);
  }

  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => AccountView, { description: 'Create a staff account (HRSS only)' })
  createStaffAccount(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateStaffAccountInput,
  ): Promise<AccountView> {
    return this.accounts.createStaff(user, input);
  }

  @Roles(Role.EMPLOYER_HR)
  @Mutation(() => AccountView, { description: 'Job change: release an applicant of your employer' })
  releaseApplicant(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReleaseApplicantInput,
  ): Promise<AccountView> {
    return this.accounts.release(user, input);
  }

  @Roles(Role.EMPLOYER_HR)
  @Mutation(() => AccountView, { description: 'Job change: take over a released applicant by resident ID' })
  takeOverApplicant(
    @CurrentUser() user: AuthUser,
    @Args('input') input: TakeOverApplicantInput,
  ): Promise<AccountView> {
    return this.accounts.takeOver(user, input);
  }

  @Roles(Role.APPLICANT)
  @Mutation(() => AccountView, {
    description:
      'Job change when your points are no longer valid: change the employer code to the new employer yourself (seed 002)',
  })
  switchMyEmployer(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SwitchMyEmployerInput,
  ): Promise<AccountView> {
    return this.accounts.switchMyEmployer(user, input);
  }

  @Roles(Role.CENTRE_OFFICER)
  @Mutation(() => AccountView, {
    description:
      "Job change when the old employer does not release: the centre of that employer's district releases the link on the holder's request (recorded)",
  })
  releaseApplicantAtWindow(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReleaseAtWindowInput,
  ): Promise<AccountView> {
    return this.accounts.releaseAtWindow(user, input);
  }

  @Roles(Role.CENTRE_OFFICER)
  @Mutation(() => AccountView, {
    description: "Reset an applicant's password at the window (officer of the employer's district)",
  })
  resetApplicantPassword(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ResetApplicantPasswordInput,
  ): Promise<AccountView> {
    return this.accounts.resetApplicantPassword(user, input);
  }

  // The parent was read through the caller's scope; these decide masked or full (audited).
  @AnyRole()
  @ResolveField(() => String, {
    nullable: true,
    description: 'Resident ID number, masked unless unmasked: true',
  })
  residentId(
    @CurrentUser() user: AuthUser,
    @Parent() account: AccountView,
    @Args('unmasked', { type: () => Boolean, defaultValue: false, description: UNMASKED_DESCRIPTION })
    unmasked: boolean,
  ): Promise<string | null> {
    return this.accounts.readPii(user, account, 'residentId', unmasked);
  }

  @AnyRole()
  @ResolveField(() => String, { nullable: true, description: 'Mobile number, masked unless unmasked: true' })
  mobile(
    @CurrentUser() user: AuthUser,
    @Parent() account: AccountView,
    @Args('unmasked', { type: () => Boolean, defaultValue: false, description: UNMASKED_DESCRIPTION })
    unmasked: boolean,
  ): Promise<string | null> {
    return this.accounts.readPii(user, account, 'mobile', unmasked);
  }

  @AnyRole()
  @ResolveField(() => [AccountHistoryEntry], {
    description: 'Job changes, password resets and bans, oldest first',
  })
  history(@Parent() account: AccountView): Promise<AccountHistoryEntry[]> {
    return this.accounts.history(account.id);
  }
}
