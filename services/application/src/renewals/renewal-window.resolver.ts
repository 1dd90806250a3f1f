import { Field, ObjectType, Parent, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyRole } from '@points/auth';
import { Application } from '../applications/application.entity';
import { ApplicationState } from '../applications/application-state.enum';
import { ApplicationClock } from '../clock/application-clock';
import { positionInWindow, renewalWindowOf } from './renewal-window.util';

export enum RenewalWindowPosition {
  TOO_EARLY = 'TOO_EARLY',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(RenewalWindowPosition, {
  name: 'RenewalWindowPosition',
  description: 'Where today lies in the renewal window: before it opens, in it, after it closed',
});

/** The renewal (积分确认) window of an approval whose permit was endorsed: when it opens and closes. */
@ObjectType()
export class RenewalWindowView {
  @Field({ description: 'The endorsement (签注) day, YYYY-MM-DD' }) endorsedOn!: string;
  @Field({ description: 'First day a renewal may be filed: 3 working days after the endorsement' })
  opensOn!: string;
  @Field({ description: 'Last day: 60 days after the endorsement; after it the points lapse' })
  closesOn!: string;
  @Field({ description: 'The opening day lies where the holiday calendar is not settled yet' })
  provisional!: boolean;
  @Field(() => RenewalWindowPosition) position!: RenewalWindowPosition;
}

@Resolver(() => Application)
export class RenewalWindowResolver {
  constructor(private readonly clock: ApplicationClock) {}

  @AnyRole()
  @ResolveField(() => RenewalWindowView, {
    nullable: true,
    description: 'APPROVED with an endorsement recorded: its renewal window (null otherwise)',
  })
  renewalWindow(@Parent() application: Application): RenewalWindowView | null {
    if (application.state !== ApplicationState.APPROVED || !application.permitEndorsedOn) return null;
    const window = renewalWindowOf(application.permitEndorsedOn);
    return {
      ...window,
      position: RenewalWindowPosition[positionInWindow(window, this.clock.today())],
    };
  }
}
