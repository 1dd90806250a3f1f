import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A forgery sanction (domain.md §1.5): a fine and, in serious cases, a suspension' })
export class RecordSanctionInput {
  @Field(() => ID)
  employerId!: string;

  @Field(() => Int, { description: 'Fine in CNY: 30,000 to 50,000' })
  fineCny!: number;

  @Field(() => String, {
    nullable: true,
    description: 'May not act as agent up to and including this date (YYYY-MM-DD), at most 3 years ahead',
  })
  suspendedUntil?: string | null;

  @Field()
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'The pending forgery case this decides, if any' })
  forgeryCaseId?: string | null;
}
