import { Field, Float, InputType, Int } from '@nestjs/graphql';

@InputType({ description: "Set one year's average monthly wage in a version's table" })
export class SetAverageMonthlyWageInput {
  @Field()
  version!: string;

  @Field(() => Int, { description: 'Calendar year Y; months of year Y+1 are compared with it' })
  year!: number;

  @Field(() => Float, { description: 'Monthly CNY, > 0' })
  monthlyCny!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The revision the edit is based on; a different current revision is a CONFLICT',
  })
  expectedRevision?: number | null;
}
