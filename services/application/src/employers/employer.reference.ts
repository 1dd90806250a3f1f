import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The Employer entity owned by employer-registration; this subgraph adds its applications. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Employer {
  @Field(() => ID)
  id!: string;
}
