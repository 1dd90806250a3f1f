import { Field, ObjectType } from '@nestjs/graphql';
import { ApplicationState } from '../applications/application-state.enum';
import { HistoryCode } from './history-codes';

/** One thing that happened to an application: from, to, who, role, when, what (code) and why. */
@ObjectType()
export class ApplicationHistoryEntry {
  @Field(() => ApplicationState, { nullable: true }) fromState!: ApplicationState | null;
  @Field(() => ApplicationState) toState!: ApplicationState;
  @Field({ description: 'Account id, or "system" for event-driven steps' }) actor!: string;
  @Field() role!: string;
  @Field() at!: Date;
  @Field(() => HistoryCode, {
    nullable: true,
    description: 'What happened, as a stable code (null only on old entries it could not be derived for)',
  })
  code!: HistoryCode | null;
  @Field(() => [String], {
    nullable: true,
    description: 'FORM_EDITED: the form sections saved (ApplicationFormInput field names)',
  })
  fields!: string[] | null;
  @Field(() => String, { nullable: true, description: 'Free text: what the person typed, or the detail' })
  reason!: string | null;
}
