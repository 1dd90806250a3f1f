import {
  Args,
  Context,
  ID,
  Int,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import type { ScoreProfile, ScoreResult } from '@points/scoring-engine';
import { ScoreProfileModel, ScoreResultModel } from '../scores/score-result.model';
import { Assessment } from './assessment.entity';
import { AssessmentLoaderFactory } from './assessment.loaders';
import { AssessmentsService } from './assessments.service';
import { ScoringRequestFailurePage } from './scoring-request-failure.entity';

/** domain.md: the score breakdown is visible to the applicant, the employer and the district centre (and HRSS). */
const ASSESSMENT_READERS = [
  Role.HRSS_ADMIN,
  Role.CENTRE_OFFICER,
  Role.CENTRE_SUPERVISOR,
  Role.EMPLOYER_HR,
  Role.APPLICANT,
];

@Resolver(() => Assessment)
export class AssessmentsResolver {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly loaders: AssessmentLoaderFactory,
  ) {}

  @Roles(...ASSESSMENT_READERS)
  @Query(() => Assessment, {
    nullable: true,
    description: "A scoring decision, within the caller's district, employer or self",
  })
  assessment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Assessment> {
    return this.assessments.findVisible(user, id);
  }

  @Roles(...ASSESSMENT_READERS)
  @Query(() => [Assessment], {
    nullable: true,
    description: "An application's scoring decisions the caller may see, newest first",
  })
  assessmentsOfApplication(
    @CurrentUser() user: AuthUser,
    @Args('applicationId', { type: () => ID }) applicationId: string,
  ): Promise<Assessment[]> {
    return this.assessments.listForApplication(user, applicationId);
  }

  /** HRSS (appeals, audits): the decision recomputed from its stored input and rule parameters. */
  @Roles(Role.HRSS_ADMIN)
  @Query(() => ScoreResultModel, {
    nullable: true,
    description: 'Recomputes a decision from its stored input and the exact rule-set revision it used',
  })
  async reproduceAssessment(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ScoreResult> {
    return this.assessments.reproduce(await this.assessments.findVisible(user, id));
  }

  @Roles(Role.HRSS_ADMIN)
  @Query(() => ScoringRequestFailurePage, {
    nullable: true,
    description: 'Scoring requests whose verified profile could not be scored, newest first',
  })
  scoringRequestFailures(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ScoringRequestFailurePage> {
    return this.assessments.failures({ first, after });
  }

  /** The facts behind a decision are personal data: HRSS only (FORBIDDEN for the others). */
  @Roles(Role.HRSS_ADMIN)
  @ResolveField(() => ScoreProfileModel, {
    nullable: true,
    description: 'The exact input the decision was made on (HRSS only)',
  })
  profile(@Parent() assessment: Assessment): ScoreProfile {
    return this.assessments.profileOf(assessment);
  }

  @Roles(...ASSESSMENT_READERS)
  @ResolveField(() => Int, {
    nullable: true,
    description:
      'The total after upheld appeals (复核), as the application service decided them; null if none',
  })
  correctedTotal(
    @Parent() assessment: Assessment,
    @CurrentUser() user: AuthUser,
    @Context() context: object,
  ): Promise<number | null> {
    return this.loaders.of(context, user).correctedTotals.load(assessment.id);
  }

  /**
   * The application subgraph references assessments by id (a queue page: one `_entities` call with
   * every item's reference), read in one query per request; the same scoping applies to each.
   */
  @Roles(...ASSESSMENT_READERS)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentUser() user: AuthUser,
    @Context() context: object,
  ): Promise<Assessment> {
    return this.loaders.of(context, user).visible.load(reference.id);
  }
}
