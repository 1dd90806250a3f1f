import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type AuthUser } from '@points/auth';
import { SmsMessageModel, SmsMessagePage } from './dto/sms-message.model';
import { MessagesService } from './messages.service';
import { SmsMessageStatus } from './sms-message-status.enum';

@Resolver(() => SmsMessageModel)
export class MessagesResolver {
  constructor(private readonly service: MessagesService) {}

  @Roles(Role.APPLICANT, Role.EMPLOYER_HR, Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.HRSS_ADMIN)
  @Query(() => SmsMessagePage, {
    nullable: true,
    description: "SMS messages the caller may see (own / employer's / district's / all), newest first",
  })
  messages(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('status', { type: () => SmsMessageStatus, nullable: true }) status: SmsMessageStatus | null,
  ): Promise<SmsMessagePage> {
    return this.service.list(user, { first, after, status });
  }

  @Roles(Role.HRSS_ADMIN)
  @Query(() => SmsMessagePage, {
    nullable: true,
    description: 'Messages that ended in a failure state, newest first',
  })
  failedMessages(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SmsMessagePage> {
    return this.service.list(user, { first, after, failedOnly: true });
  }

  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => SmsMessageModel, {
    description: 'Send a failed message again as a new message linked to it (never a delivered one)',
  })
  resendMessage(@Args('id', { type: () => ID }) id: string): Promise<SmsMessageModel> {
    return this.service.resend(id);
  }
}
