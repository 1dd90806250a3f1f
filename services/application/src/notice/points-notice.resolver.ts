import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Role, Roles, type AuthUser } from '@points/auth';
import { Application } from '../applications/application.entity';
import { GeneratedFile, PointsNoticeReference, PointsNoticeVerification } from './notice.model';
import { PointsNoticeService } from './points-notice.service';

@Resolver(() => Application)
export class PointsNoticeResolver {
  constructor(private readonly notices: PointsNoticeService) {}

  @Roles(Role.APPLICANT, Role.EMPLOYER_HR)
  @Query(() => GeneratedFile, {
    nullable: true,
    description: '积分通知书 (PDF): holder, co-residents, validity, verification code; no score',
  })
  pointsNotice(
    @CurrentUser() user: AuthUser,
    @Args('applicationId', { type: () => ID }) applicationId: string,
  ): Promise<GeneratedFile> {
    return this.notices.notice(user, applicationId);
  }

  @Roles(Role.APPLICANT, Role.EMPLOYER_HR, Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR)
  @Query(() => GeneratedFile, {
    nullable: true,
    description: 'The application form (PDF), once the employer approved it',
  })
  applicationFormPdf(
    @CurrentUser() user: AuthUser,
    @Args('applicationId', { type: () => ID }) applicationId: string,
  ): Promise<GeneratedFile> {
    return this.notices.applicationForm(user, applicationId);
  }

  @Public()
  @Query(() => PointsNoticeVerification, {
    nullable: true,
    description: "Checks a points notice's verification code",
  })
  verifyPointsNotice(@Args('code') code: string): Promise<PointsNoticeVerification> {
    return this.notices.verify(code);
  }

  @Roles(Role.APPLICANT, Role.EMPLOYER_HR)
  @ResolveField(() => PointsNoticeReference, {
    nullable: true,
    description: "积分通知书: its document number, verification code and check link, for the holder and the employer (null until printable)",
  })
  notice(@Parent() application: Application): PointsNoticeReference | null {
    return this.notices.referenceOf(application);
  }
}
