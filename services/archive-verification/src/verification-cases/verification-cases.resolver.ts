import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { VerificationTaskPage } from '../verification-tasks/dto/verification-task.dto';
import { VerificationTasksService } from '../verification-tasks/verification-tasks.service';
import { RecordCertificatesReturnedInput } from './dto/verification-case.dto';
import { VerificationCase } from './verification-case.entity';
import { VerificationCaseLoaderFactory } from './verification-case.loaders';
import { VerificationCasesService } from './verification-cases.service';

const CASE_READERS = [Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.CITY_VERIFIER, Role.HRSS_ADMIN];

@Resolver(() => VerificationCase)
export class VerificationCasesResolver {
  constructor(
    private readonly cases: VerificationCasesService,
    private readonly taskService: VerificationTasksService,
    private readonly loaders: VerificationCaseLoaderFactory,
  ) {}

  @Roles(...CASE_READERS)
  @Query(() => VerificationCase, { nullable: true })
  verificationCase(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<VerificationCase> {
    return this.cases.findVisible(user, id);
  }

  @Roles(...CASE_READERS)
  @Query(() => VerificationCase, {
    nullable: true,
    description: 'The verification case of an accepted application',
  })
  verificationCaseOfApplication(
    @CurrentUser() user: AuthUser,
    @Args('applicationId', { type: () => ID }) applicationId: string,
  ): Promise<VerificationCase> {
    return this.cases.findByApplication(user, applicationId);
  }

  @Roles(Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.HRSS_ADMIN)
  @Mutation(() => VerificationCase, {
    description: 'The original degree certificates went back to the applicant',
  })
  recordCertificatesReturned(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordCertificatesReturnedInput,
  ): Promise<VerificationCase> {
    return this.cases.recordCertificatesReturned(user, input);
  }

  /** The case's tasks the caller may see (a city verifier: its education tasks only). */
  @Roles(...CASE_READERS)
  @ResolveField(() => VerificationTaskPage)
  async tasks(@Parent() c: VerificationCase, @CurrentUser() user: AuthUser): Promise<VerificationTaskPage> {
    return this.taskService.list(user, { caseId: c.id }, 100, null);
  }

  @Roles(...CASE_READERS)
  @ResolveField(() => String, {
    nullable: true,
    description: 'The verified profile (simulateScore input shape) as JSON, once the case is completed',
  })
  verifiedProfileJson(@Parent() c: VerificationCase): string | null {
    return c.verifiedProfile ? JSON.stringify(c.verifiedProfile) : null;
  }

  /**
   * Other subgraphs reference cases by id (a page: one `_entities` call with every item's case),
   * read in one query per request; the same scoping applies to each.
   */
  @Roles(...CASE_READERS)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentUser() user: AuthUser,
    @Context() context: object,
  ): Promise<VerificationCase> {
    return this.loaders.visible(context, user).load(reference.id);
  }
}
