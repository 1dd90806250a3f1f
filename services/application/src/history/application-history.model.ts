import { Field, ObjectType } from '@nestjs/graphql';
import { ApplicationState } from '../applications/application-state.enum';

/** One thing that happened to an application: from, to, who, role, when, why. */
@ObjectType()
export class ApplicationHistoryEntry {
  @Field(() => ApplicationState, { nullable: true }) fromState!: ApplicationState | null;
  @Field(() => ApplicationState) toState!: ApplicationState;
  @Field({ description: 'Account id, or "system" for event-driven steps' }) actor!: string;
  @Field() role!: string;
  @Field() at!: Date;
  @Field(() => String, { nullable: true }) reason!: string | null;
}
