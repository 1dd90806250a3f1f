import { Args, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, parseStatisticsScope, type AuthUser } from '@points/auth';
import { ApplicationException, ApplicationExceptionCode } from '../applications/application.exception';
import { Statistics } from './statistics.model';
import { StatisticsService } from './statistics.service';

@Resolver(() => Statistics)
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Roles(Role.HRSS_ADMIN, Role.CENTRE_SUPERVISOR)
  @Query(() => Statistics, {
    nullable: true,
    description:
      "HRSS: the whole city, or one district; a supervisor: their own district. Whole ISO weeks from `from`'s to `to`'s (default: the last 12 weeks up to today)",
  })
  statistics(
    @CurrentUser() user: AuthUser,
    @Args('district', { type: () => String, nullable: true }) district?: string | null,
    @Args('from', { type: () => String, nullable: true, description: 'YYYY-MM-DD' }) from?: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'YYYY-MM-DD' }) to?: string | null,
  ): Promise<Statistics> {
    return this.service.statistics(user, { district, from, to });
  }

  /** A Statistics reference from another subgraph: recounted for the scope, checked like the query. */
  @Roles(Role.HRSS_ADMIN, Role.CENTRE_SUPERVISOR)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { scope: string },
    @CurrentUser() user: AuthUser,
  ): Promise<Statistics> {
    const scope = parseStatisticsScope(reference.scope);
    if (!scope)
      throw new ApplicationException(ApplicationExceptionCode.INVALID_ARGUMENT, 'Not a statistics scope', {
        field: 'scope',
        rule: 'statistics-scope',
      });
    return this.service.statistics(user, scope);
  }
}
