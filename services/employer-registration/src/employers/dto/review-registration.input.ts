import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Employer } from '../employer.entity';
import { ReviewDecision } from '../employer-kinds.enum';

@InputType()
export class ReviewRegistrationInput {
  @Field(() => ID)
  employerId!: string;

  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Required when rejecting' })
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you reviewed; a change since is a CONFLICT' })
  expectedVersion?: number | null;
}

@ObjectType()
export class EmployerConnection {
  @Field(() => [Employer])
  nodes!: Employer[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}
