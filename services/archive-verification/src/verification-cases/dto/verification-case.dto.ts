import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class RecordCertificatesReturnedInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'The case version you read; a stale one is a CONFLICT' })
  version!: number;

  @Field({ description: 'YYYY-MM-DD: the day the original certificates went back to the applicant' })
  returnedOn!: string;

  @Field({ defaultValue: '' })
  note!: string;
}
