import { Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { Application } from '../applications/application.entity';
import { OverdueService } from './overdue.service';

@Resolver()
export class OverdueResolver {
  constructor(private readonly overdue: OverdueService) {}

  /** The supervisor is who an overdue ARCHIVE_REVIEW or SCORING goes to; HRSS sees every district. */
  @Roles(Role.CENTRE_SUPERVISOR, Role.HRSS_ADMIN)
  @Query(() => [Application], {
    description:
      'ARCHIVE_REVIEW or SCORING past its deadline, escalated to the supervisor; most overdue first',
  })
  escalatedApplications(@CurrentUser() user: AuthUser): Promise<Application[]> {
    return this.overdue.escalated(user);
  }
}
