import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@points/auth';
import { toShanghaiDate } from '@points/calendar';
import { assess, type ScoreResult } from '@points/scoring-engine';
import { RuleSetsService } from '../rule-sets/rule-sets.service';
import { checkProfile } from '../scores/score-profile.check';
import { ScoreProfileException, ScoreProfileExceptionCode } from '../scores/score-profile.exception';
import { ScoreProfileInputDto } from '../scores/score-profile.input';
import { ScoreResultModel } from '../scores/score-result.model';

/** 模拟估分: the public calculator. The same engine as the decision, on the caller's own claims. */
@Resolver()
export class SimulationResolver {
  constructor(private readonly ruleSets: RuleSetsService) {}

  @Public()
  @Query(() => ScoreResultModel, {
    description:
      'Scores a profile with the rule set in force on its assessment date; decides nothing, stores nothing',
  })
  async simulateScore(
    @Args('profile', { type: () => ScoreProfileInputDto }) input: ScoreProfileInputDto,
  ): Promise<ScoreResult> {
    // "More than a year ahead" is measured from today in Shanghai, where the policy applies.
    const profile = checkProfile(input, toShanghaiDate(new Date()));
    const ruleSet = await this.ruleSets.inForceForSimulation(profile.assessmentDate);
    if (!ruleSet) {
      throw new ScoreProfileException(ScoreProfileExceptionCode.NO_RULE_SET_IN_FORCE, [
        {
          field: 'profile.assessmentDate',
          rule: 'no-rule-set-in-force',
          message: `No rule set is in force on ${profile.assessmentDate}; the indicator system applies from its first version's effective date.`,
        },
      ]);
    }
    return assess(profile, ruleSet.parameters);
  }
}
