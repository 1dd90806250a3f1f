import {
  Args,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { AnyRole, CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { AddRuleSetInput } from './dto/add-rule-set.input';
import { SetAverageMonthlyWageInput } from './dto/set-average-monthly-wage.input';
import { RuleSetChangePage } from './rule-set-change.entity';
import { AverageMonthlyWage, RuleSet } from './rule-set.entity';
import { authorOf, RuleSetsService } from './rule-sets.service';

@Resolver(() => RuleSet)
export class RuleSetsResolver {
  constructor(private readonly service: RuleSetsService) {}

  /** HRSS manages the indicator system (article 23: 动态调整). */
  @Roles(Role.HRSS_ADMIN)
  @Query(() => [RuleSet], {
    nullable: true,
    description: 'Every version of the indicator system, newest first',
  })
  ruleSets(): Promise<RuleSet[]> {
    return this.service.list();
  }

  @Roles(Role.HRSS_ADMIN)
  @Query(() => RuleSet, { nullable: true, description: 'One version of the indicator system' })
  ruleSet(@Args('version') version: string): Promise<RuleSet> {
    return this.service.get(version);
  }

  @Roles(Role.HRSS_ADMIN)
  @Query(() => RuleSetChangePage, {
    nullable: true,
    description: 'Audit trail of rule-set changes, newest first',
  })
  ruleSetChanges(
    @Args('version', { type: () => String, nullable: true }) version: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<RuleSetChangePage> {
    return this.service.changes({ version, first, after });
  }

  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => RuleSet, {
    description:
      'Adds a version effective after every existing one; numbers copied from basedOn (default the latest) unless given',
  })
  addRuleSet(@CurrentUser() user: AuthUser, @Args('input') input: AddRuleSetInput): Promise<RuleSet> {
    return this.service.addVersion(authorOf(user), input);
  }

  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => RuleSet, {
    description:
      "Sets one year's average monthly wage in a version's table (a new revision; past decisions keep theirs)",
  })
  setAverageMonthlyWage(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetAverageMonthlyWageInput,
  ): Promise<RuleSet> {
    return this.service.setAverageMonthlyWage(authorOf(user), input);
  }

  /** Not personal: anyone shown a decision may see the numbers of the version it used. */
  @AnyRole()
  @ResolveField(() => Int, { description: '标准分值' })
  standard(@Parent() ruleSet: RuleSet): number {
    return ruleSet.parameters.standard;
  }

  @AnyRole()
  @ResolveField(() => [AverageMonthlyWage], { description: 'The average wage table, by year' })
  averageMonthlyWage(@Parent() ruleSet: RuleSet): AverageMonthlyWage[] {
    return [...ruleSet.parameters.averageMonthlyWage].sort((a, b) => a.year - b.year);
  }

  /** Rule-set versions are not personal: anyone shown a decision may see which version it used. */
  @AnyRole()
  @ResolveReference()
  resolveReference(@Parent() reference: { version: string }): Promise<RuleSet> {
    return this.service.get(reference.version);
  }
}
