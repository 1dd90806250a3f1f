import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ScoreIndicator } from '@points/scoring-engine';

/**
 * The indicator an appeal disputes: the engine's ScoreIndicator values, copied into an object of
 * its own so that its GraphQL registration never collides with another subgraph's ScoreIndicator.
 */
export const AppealIndicator: typeof ScoreIndicator = { ...ScoreIndicator };
registerEnumType(AppealIndicator, { name: 'AppealIndicator' });

export enum AppealState {
  /** Filed by the applicant or HR. */
  REQUESTED = 'REQUESTED',
  /** A first HRSS reviewer proposed a correction (or none). */
  REVIEWED = 'REVIEWED',
  /** A second HRSS person agreed: the correction is applied (REJECTION: the application is checked again). */
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(AppealState, { name: 'AppealState' });

/** What an appeal disputes. */
export enum AppealSubject {
  /** The score of one indicator (the application was scored). */
  SCORE = 'SCORE',
  /** The reason of a rejection without a score (checks failed, or the officer rejected): upheld, it is checked again. */
  REJECTION = 'REJECTION',
}
registerEnumType(AppealSubject, { name: 'AppealSubject' });

/** 复核: a request to review the score of one indicator, or an unscored rejection, decided by two HRSS people. */
@ObjectType()
export class Appeal {
  @Field(() => ID) id!: string;
  @Field(() => ID) applicationId!: string;
  @Field(() => AppealSubject, {
    description: 'SCORE: one indicator; REJECTION: the reason of an unscored rejection',
  })
  subject!: AppealSubject;
  @Field(() => AppealIndicator, {
    nullable: true,
    description: 'The disputed indicator (null on a REJECTION appeal)',
  })
  indicator!: ScoreIndicator | null;
  @Field() reason!: string;
  @Field(() => AppealState) state!: AppealState;
  @Field() requestedBy!: string;
  @Field() requestedRole!: string;
  @Field() requestedAt!: Date;
  @Field(() => String, { nullable: true }) firstReviewer!: string | null;
  @Field(() => String, { nullable: true }) firstReviewNote!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Points to add (negative: remove) to the total; 0 on a REJECTION appeal',
  })
  proposedDelta!: number | null;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Int) version!: number;
}

@InputType()
export class AppealRequestInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => AppealIndicator) indicator!: ScoreIndicator;
  @Field() reason!: string;
}

/** 复核 of a rejection decided without a score: the reason given is what is disputed. */
@InputType()
export class RejectionAppealRequestInput {
  @Field(() => ID) applicationId!: string;
  @Field({
    description: 'Why the rejection is wrong (e.g. the diploma is in the registry under another name)',
  })
  reason!: string;
}

@InputType()
export class AppealFilter {
  @Field(() => [AppealState], {
    nullable: true,
    description: 'Default: the open ones (REQUESTED, REVIEWED)',
  })
  states?: AppealState[] | null;
  @Field(() => String, {
    nullable: true,
    description: "One district's appeals (e.g. XUHUI); default: every district",
  })
  district?: string | null;
}

/** An appeal as HRSS's list shows it: with the application's district, receipt and current total. */
@ObjectType()
export class AppealListItem extends Appeal {
  @Field() district!: string;
  @Field(() => String, { nullable: true }) receiptNo!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The total an upheld correction starts from: the corrected total, else the decided one',
  })
  currentTotal!: number | null;
}

@ObjectType()
export class AppealPage {
  @Field(() => [AppealListItem], { description: 'Oldest request first, then by id' })
  items!: AppealListItem[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}
