import { Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AnyRole, Role, Roles } from '@points/auth';
import { RuleSet } from './rule-set.entity';
import { RuleSetException, RuleSetExceptionCode } from './rule-set.exception';

@Resolver(() => RuleSet)
export class RuleSetsResolver {
  constructor(@InjectRepository(RuleSet) private readonly ruleSetRepository: Repository<RuleSet>) {}

  /** HRSS manages the indicator system (article 23: 动态调整). */
  @Roles(Role.HRSS_ADMIN)
  @Query(() => [RuleSet], { description: 'Every version of the indicator system, newest first' })
  ruleSets(): Promise<RuleSet[]> {
    return this.ruleSetRepository.find({ order: { effectiveFrom: 'DESC' } });
  }

  /** Rule-set versions are not personal: anyone shown a decision may see which version it used. */
  @AnyRole()
  @ResolveReference()
  async resolveReference(@Parent() reference: { version: string }): Promise<RuleSet> {
    const found = await this.ruleSetRepository.findOneBy({ version: reference.version });
    if (!found)
      throw new RuleSetException(RuleSetExceptionCode.RULE_SET_NOT_FOUND, `No rule set ${reference.version}`);
    return found;
  }
}
