import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { AnyRole, CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { ApplicationClock } from '../clock/application-clock';
import { Employer } from '../employers/employer.reference';
import { ApplicationHistoryEntry } from '../history/application-history.model';
import { ApplicationHistoryService } from '../history/application-history.service';
import { ApplicationForm, ApplicationFormInput, SimulatedScore } from './application-form.model';
import { ApplicationLifecycleService } from './application-lifecycle.service';
import { Assessment, CreateApplicationInput, Deadline } from './application-outputs.model';
import { Application } from './application.entity';
import { ApplicationState } from './application-state.enum';
import { ApplicationLoaderFactory } from './application.loaders';
import { ApplicationAction } from './application-transitions';
import { ApplicationsService } from './applications.service';
import { NOTHING_DUE } from '../review-queue/deadlines.util';

@Resolver(() => Application)
export class ApplicationsResolver {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly lifecycle: ApplicationLifecycleService,
    private readonly historyService: ApplicationHistoryService,
    private readonly clock: ApplicationClock,
    private readonly loaders: ApplicationLoaderFactory,
  ) {}

  /** Every role may ask; the service returns only what the caller may see (else NOT_FOUND). */
  @AnyRole()
  @Query(() => Application, { nullable: true })
  application(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Application> {
    return this.applications.findVisible(user, id);
  }

  @Roles(Role.APPLICANT, Role.EMPLOYER_HR)
  @Query(() => [Application], {
    nullable: true,
    description: "The applicant's own applications, or HR's employer's; newest first",
  })
  myApplications(@CurrentUser() user: AuthUser): Promise<Application[]> {
    return this.applications.listMine(user);
  }

  @Roles(Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.HRSS_ADMIN)
  @Query(() => [Application], {
    nullable: true,
    description: 'Applications of a resident ID (blind-index look-up), within your scope',
  })
  applicationsByResidentId(
    @CurrentUser() user: AuthUser,
    @Args('residentId') residentId: string,
  ): Promise<Application[]> {
    return this.applications.findByResidentId(user, residentId);
  }

  @Roles(Role.EMPLOYER_HR, Role.APPLICANT)
  @Mutation(() => Application, { description: 'Opens a DRAFT (NEW, RENEWAL or CHANGE)' })
  createApplication(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateApplicationInput,
  ): Promise<Application> {
    return this.applications.create(user, input);
  }

  @Roles(Role.EMPLOYER_HR, Role.APPLICANT)
  @Mutation(() => Application, { description: 'Saves sections of the form (DRAFT only)' })
  updateApplicationForm(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('form') form: ApplicationFormInput,
  ): Promise<Application> {
    return this.applications.updateForm(user, id, version, form);
  }

  @Roles(Role.APPLICANT, Role.EMPLOYER_HR)
  @Mutation(() => Application, { description: 'DRAFT → EMPLOYER_REVIEW' })
  submitToEmployer(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.SUBMIT_TO_EMPLOYER, { id, version });
  }

  @Roles(Role.EMPLOYER_HR)
  @Mutation(() => Application, { description: 'EMPLOYER_REVIEW → DRAFT, with what to fix' })
  returnToApplicant(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.RETURN_TO_APPLICANT, { id, version, reason });
  }

  @Roles(Role.EMPLOYER_HR)
  @Mutation(() => Application, {
    description: 'EMPLOYER_REVIEW → SUBMITTED (等待受理); a renewal is reviewed online',
  })
  approveAndSubmit(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.APPROVE_AND_SUBMIT, { id, version });
  }

  @Roles(Role.CENTRE_OFFICER)
  @Mutation(() => Application, { description: '受理: issues the receipt number; → ARCHIVE_REVIEW' })
  acceptApplication(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.ACCEPT, { id, version });
  }

  @Roles(Role.CENTRE_OFFICER)
  @Mutation(() => Application, { description: '当场告知补齐: → MATERIALS_REQUIRED with the missing items' })
  requestMaterials(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('missing', { type: () => [String] }) missing: string[],
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.REQUEST_MATERIALS, { id, version, missing });
  }

  @Roles(Role.CENTRE_OFFICER)
  @Mutation(() => Application, {
    description:
      'ARCHIVE_REVIEW → REJECTED with the reason; also SCORING → REJECTED after a failed assessment',
  })
  rejectApplication(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.REJECT, { id, version, reason });
  }

  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => Application, {
    description:
      'SCORING after a failed assessment: the cause is fixed (reason says what), scoring is asked again; the deadline keeps running',
  })
  rescoreApplication(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.RESCORE, { id, version, reason });
  }

  /** The district centre enters what the holder or the registry reports (第二十条). */
  @Roles(Role.CENTRE_OFFICER)
  @Mutation(() => Application, {
    description:
      '第二十条: the residence permit was cancelled (注销); the points are void from that day, with SMS',
  })
  recordPermitCancelled(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('cancelledOn') cancelledOn: string,
    @Args('reason') reason: string,
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.RECORD_PERMIT_CANCELLED, {
      id,
      version,
      cancelledOn,
      reason,
    });
  }

  /** 第二十一条: the bureau corrects points obtained with irregular materials. */
  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => Application, {
    description:
      '第二十一条: corrects the points of an approval obtained with irregular materials (new total, reason); below the standard score the points are void, with SMS',
  })
  correctPoints(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('correctedTotal', { type: () => Int }) correctedTotal: number,
    @Args('reason') reason: string,
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.CORRECT_POINTS, {
      id,
      version,
      correctedTotal,
      reason,
    });
  }

  @Roles(Role.APPLICANT, Role.EMPLOYER_HR)
  @Mutation(() => Application, { description: 'Withdraws it before the employer approved it' })
  withdrawApplication(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.WITHDRAW, { id, version, reason });
  }

  @Roles(Role.CENTRE_OFFICER)
  @Mutation(() => Application, { description: "撤销 at the window, on the employer's request (recorded)" })
  revokeApplication(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('employerRequest') employerRequest: string,
  ): Promise<Application> {
    return this.lifecycle.act(user, ApplicationAction.REVOKE, { id, version, employerRequest });
  }

  @Roles(Role.APPLICANT, Role.EMPLOYER_HR)
  @Mutation(() => Application, {
    description: '签注: the permit was endorsed; opens the renewal window (3 working days on, 60 days long)',
  })
  recordPermitEndorsement(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('endorsedOn') endorsedOn: string,
  ): Promise<Application> {
    return this.applications.recordPermitEndorsement(user, id, endorsedOn);
  }

  /** The filing employer; its details come from employer-registration through the gateway. */
  @AnyRole()
  @ResolveField(() => Employer)
  employer(@Parent() application: Application): Employer {
    return { id: application.employerId };
  }

  @AnyRole()
  @ResolveField(() => ApplicationForm, {
    description:
      'The form; resident ID and mobile masked unless unmasked: true (each unmasked read is audited)',
  })
  form(
    @CurrentUser() user: AuthUser,
    @Parent() application: Application,
    @Args('unmasked', { type: () => Boolean, defaultValue: false }) unmasked: boolean,
  ): Promise<ApplicationForm> {
    return this.applications.formView(user, application, unmasked);
  }

  @AnyRole()
  @ResolveField(() => SimulatedScore, {
    description: '模拟估分 of the claims while filling (never the decision)',
  })
  simulatedScore(@Parent() application: Application): SimulatedScore {
    return this.applications.simulatedScore(application);
  }

  @AnyRole()
  @ResolveField(() => [ApplicationHistoryEntry])
  history(@Parent() application: Application): Promise<ApplicationHistoryEntry[]> {
    return this.historyService.list(application.id);
  }

  @AnyRole()
  @ResolveField(() => Deadline, {
    nullable: true,
    description: 'Archive retrieval: 20 working days from acceptance',
  })
  archiveDeadline(@Parent() application: Application): Deadline | null {
    return this.deadline(
      application.archiveDueOn,
      application.archiveDueProvisional,
      application.archiveDueCalendar,
    );
  }

  @AnyRole()
  @ResolveField(() => Deadline, {
    nullable: true,
    description: 'Scoring: 20 working days from formal acceptance',
  })
  scoringDeadline(@Parent() application: Application): Deadline | null {
    return this.deadline(
      application.scoringDueOn,
      application.scoringDueProvisional,
      application.scoringDueCalendar,
    );
  }

  @AnyRole()
  @ResolveField(() => String, {
    nullable: true,
    description:
      'SUBMITTED or MATERIALS_REQUIRED: the day it expires if nothing moves it (30 days after the last change; YYYY-MM-DD). Null otherwise, and for a renewal whose registries are being asked',
  })
  expiresOn(@Parent() application: Application): string | null {
    const waiting =
      application.state === ApplicationState.SUBMITTED ||
      application.state === ApplicationState.MATERIALS_REQUIRED;
    return waiting && application.queueDue !== NOTHING_DUE ? application.queueDue : null;
  }

  @AnyRole()
  @ResolveField(() => Boolean, {
    description: 'The deadline it is waiting on has passed (queue order puts these first)',
  })
  overdue(@Parent() application: Application): boolean {
    return application.queueDue !== NOTHING_DUE && application.queueDue < this.clock.today();
  }

  @AnyRole()
  @ResolveField(() => Assessment, {
    nullable: true,
    description: "The scoring decision (the scoring subgraph's entity)",
  })
  assessment(@Parent() application: Application): Assessment | null {
    return application.assessmentId ? { id: application.assessmentId } : null;
  }

  /**
   * Other subgraphs reference applications by id (a page: one `_entities` call with every item's
   * application), read in one query per request; the same scoping applies to each.
   */
  @AnyRole()
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentUser() user: AuthUser,
    @Context() context: object,
  ): Promise<Application> {
    return this.loaders.visible(context, user).load(reference.id);
  }

  private deadline(
    dueOn: string | null,
    provisional: boolean | null,
    calendar: string | null,
  ): Deadline | null {
    if (!dueOn) return null;
    return {
      dueOn,
      provisional: provisional ?? false,
      calendarDataVersion: calendar ?? '',
      overdue: dueOn < this.clock.today(),
    };
  }
}
