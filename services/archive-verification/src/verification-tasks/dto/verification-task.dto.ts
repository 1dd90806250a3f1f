import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ManualTaskResult, VerificationTaskKind, VerificationTaskStatus } from '../verification-task.enums';
import { VerificationTask } from '../verification-task.entity';

@InputType({ description: 'Narrows a task list; every list is already limited to what the caller may see' })
export class VerificationTaskFilter {
  @Field(() => [VerificationTaskStatus], { nullable: true })
  statuses?: VerificationTaskStatus[] | null;

  @Field(() => VerificationTaskKind, { nullable: true })
  kind?: VerificationTaskKind | null;

  @Field(() => ID, { nullable: true })
  caseId?: string | null;
}

@ObjectType({ description: 'A page of tasks, oldest first; pass endCursor as `after` for the next page' })
export class VerificationTaskPage {
  @Field(() => [VerificationTask])
  items!: VerificationTask[];

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@InputType()
export class CompleteVerificationTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT' })
  version!: number;

  @Field(() => ManualTaskResult)
  result!: ManualTaskResult;

  @Field({ description: 'What was checked and how (kept with the task)' })
  note!: string;

  @Field({ defaultValue: false, description: 'FAILED because the material is forged or false' })
  forgedMaterial!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'EDUCATION/QUALIFICATION: the level established (EducationLevel/QualificationLevel name); default the claimed one',
  })
  verifiedLevel?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'QUALIFICATION: the engagement matches the position' })
  matchesPosition?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'RESIDENCE_PERMIT passed by hand: the expiry (YYYY-MM-DD) on the permit seen; the points run to it',
  })
  permitValidUntil?: string | null;
}

@InputType()
export class RecordArchiveArrivalInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'YYYY-MM-DD: the day the archive arrived (调档) or the letter came back (核档函)' })
  receivedOn!: string;

  @Field(() => ManualTaskResult, {
    defaultValue: ManualTaskResult.PASSED,
    description: 'FAILED: the archive does not check out',
  })
  result!: ManualTaskResult;

  @Field()
  note!: string;
}

@ObjectType({ description: 'A verification job in the failed set (all attempts used up)' })
export class FailedVerificationJob {
  @Field(() => ID)
  jobId!: string;

  @Field(() => ID, { nullable: true })
  taskId!: string | null;

  @Field()
  failedReason!: string;

  @Field(() => Int)
  attemptsMade!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  failedAt!: Date | null;
}
