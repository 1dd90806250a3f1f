import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type {
  ContributionPeriod,
  ExcludedMonth,
  ScoreItem,
  ScoreItemCode,
  ScoreProfile,
  ScoreResult,
} from '@points/scoring-engine';
import { DateScalar, YearMonthScalar } from './calendar.scalars';
import {
  AwardLevel,
  EducationLevel,
  MonthExclusionReason,
  QualificationLevel,
  ScoreIndicator,
} from './score-enums';

@ObjectType('ScoreItem')
export class ScoreItemModel implements ScoreItem {
  @Field(() => ScoreIndicator)
  indicator!: ScoreIndicator;

  @Field(() => Int, { description: 'signed: deductions are negative' })
  points!: number;

  @Field({ description: "false for the lower of an either-or pair, or a rule that isn't met yet" })
  counted!: boolean;

  @Field(() => String, { nullable: true, description: 'why, in Chinese with the English in brackets' })
  note!: string;

  @Field(() => String, { description: 'stable machine reason, e.g. QUALIFICATION_BASE_CONDITION_NOT_MET' })
  code!: ScoreItemCode;
}

@ObjectType('ExcludedMonth', { description: 'A social-insurance month that does not count, and why' })
export class ExcludedMonthModel implements ExcludedMonth {
  @Field(() => YearMonthScalar)
  month!: string;

  @Field(() => MonthExclusionReason, { description: 'the first reason' })
  code!: MonthExclusionReason;

  @Field(() => [MonthExclusionReason])
  reasons!: MonthExclusionReason[];

  @Field(() => [ScoreIndicator], { description: 'the indicators this month does not count for' })
  indicators!: ScoreIndicator[];

  @Field()
  note!: string;
}

@ObjectType('ScoreResult')
export class ScoreResultModel implements ScoreResult {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: '120' })
  standard!: number;

  @Field()
  eligible!: boolean;

  @Field()
  vetoed!: boolean;

  @Field()
  ruleSetVersion!: string;

  @Field(() => [ScoreItemModel], { description: 'one per indicator that applies or was claimed' })
  items!: ScoreItemModel[];

  @Field(() => [ExcludedMonthModel], { description: 'social-insurance months that do not count, by month' })
  excludedMonths!: ExcludedMonthModel[];
}

@ObjectType('ContributionPeriod')
export class ContributionPeriodModel implements ContributionPeriod {
  @Field(() => YearMonthScalar)
  from!: string;

  @Field(() => YearMonthScalar)
  to!: string;

  @Field(() => Float)
  base!: number;

  @Field()
  backPaid!: boolean;

  @Field()
  payerMatchesContract!: boolean;

  @Field()
  baseMatchesTax!: boolean;
}

/** The profile an assessment was made on, defaults applied (HRSS reads it to reproduce a decision). */
@ObjectType('ScoreProfile')
export class ScoreProfileModel implements ScoreProfile {
  @Field(() => DateScalar)
  assessmentDate!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => EducationLevel)
  education!: EducationLevel;

  @Field(() => QualificationLevel)
  qualification!: QualificationLevel;

  @Field()
  qualificationMatchesPosition!: boolean;

  @Field(() => [ContributionPeriodModel])
  socialInsurance!: ContributionPeriodModel[];

  @Field()
  entrepreneur!: boolean;

  @Field()
  innovationIntermediary!: boolean;

  @Field()
  shortageMajor!: boolean;

  @Field(() => Float)
  averageAnnualTaxCny!: number;

  @Field(() => Float)
  averageAnnualLocalHires!: number;

  @Field(() => Int)
  publicServiceYears!: number;

  @Field(() => Int)
  remoteSuburbYears!: number;

  @Field()
  freshGraduate!: boolean;

  @Field(() => [AwardLevel])
  awards!: AwardLevel[];

  @Field(() => DateScalar, { nullable: true })
  spouseHukouMarriageDate!: string | null;

  @Field(() => [DateScalar])
  falseMaterialDates!: string[];

  @Field(() => [DateScalar])
  administrativeDetentionDates!: string[];

  @Field(() => [DateScalar])
  criminalRecordDates!: string[];

  @Field()
  familyPlanningViolation!: boolean;

  @Field()
  seriousCriminalRecord!: boolean;
}
