import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({
  description: '第二十二条: whether the forgery is serious (情节严重: 3-year ban) or not (deduction only)',
})
export class DecideForgeryCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'true: 情节严重, the person may not apply for 3 years' })
  serious!: boolean;

  @Field()
  reason!: string;
}

@InputType({ description: 'The person asks for review of a serious forgery decision' })
export class AppealForgeryCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  reason!: string;
}

@InputType({ description: 'A second person decides the review: upheld lifts the ban' })
export class DecideForgeryAppealInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  upheld!: boolean;

  @Field()
  reason!: string;
}
