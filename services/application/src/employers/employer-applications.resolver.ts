import { Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { Application } from '../applications/application.entity';
import { ApplicationsService } from '../applications/applications.service';
import { Employer } from './employer.reference';

const READERS = [Role.HRSS_ADMIN, Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.EMPLOYER_HR];

@Resolver(() => Employer)
export class EmployerApplicationsResolver {
  constructor(private readonly applicationsService: ApplicationsService) {}

  @Roles(...READERS)
  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): Employer {
    // employer-registration already checked that the caller may see this employer.
    return { id: reference.id };
  }

  @Roles(...READERS)
  @ResolveField(() => [Application], {
    description: "The employer's applications the caller may see, newest first",
  })
  applications(@Parent() employer: Employer, @CurrentUser() user: AuthUser): Promise<Application[]> {
    return this.applicationsService.listForEmployer(user, employer.id);
  }
}
