import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type {
  ApplyConditionCode,
  ContributionPeriod,
  Evidence,
  ExcludedMonth,
  ScoreItem,
  ScoreItemCode,
  ScoreProfile,
  ScoreResult,
  UnmetCondition,
} from '@points/scoring-engine';
import { DateScalar, YearMonthScalar } from './calendar.scalars';
import {
  ApplyCondition,
  AwardLevel,
  EducationLevel,
  EmployerKind,
  EvidenceKind,
  MonthExclusionReason,
  QualificationLevel,
  ScoreIndicator,
} from './score-enums';

@ObjectType('Evidence', {
  description: 'What a counted fact rests on: a registry answer or a person’s check',
})
export class EvidenceModel implements Evidence {
  @Field({ description: 'the verified-profile field it backs, e.g. socialInsurance' })
  field!: string;

  @Field(() => EvidenceKind)
  kind!: EvidenceKind;

  @Field({ description: 'the registry, or what the person checked' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'MANUAL_CHECK: the staff account that confirmed it' })
  checkedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'the day of the check, YYYY-MM-DD' })
  checkedOn?: string | null;
}

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

  @Field(() => [EvidenceModel], {
    nullable: true,
    description:
      'decisions only: what the counted facts rest on, when the verified profile says (null in a simulation)',
  })
  evidence?: Evidence[] | null;
}

@ObjectType('UnmetCondition', {
  description: 'A condition for applying (第二条, 第十三条) that does not hold',
})
export class UnmetConditionModel implements UnmetCondition {
  @Field(() => ApplyCondition)
  condition!: ApplyCondition;

  @Field(() => String, { description: 'stable machine reason, e.g. SOCIAL_INSURANCE_TOO_FEW_MONTHS' })
  code!: ApplyConditionCode;

  @Field({ description: 'why, in Chinese with the English in brackets' })
  note!: string;
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

  @Field({
    description:
      'May the holder apply at all (第二条, 第十三条: valid residence permit, 6 months of Shanghai employee social insurance, employed in the application month, employer not an out-of-town branch or office)? Independent of eligible; a decision approves only when both hold',
  })
  canApply!: boolean;

  @Field(() => [UnmetConditionModel], { description: 'the conditions that do not hold; empty when canApply' })
  unmetConditions!: UnmetConditionModel[];
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

  @Field(() => Float, { nullable: true, description: 'the income the income tax was withheld on, CNY' })
  incomeTaxBase!: number | null;
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

  @Field(() => DateScalar, { nullable: true })
  residencePermitIssuedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  residencePermitValidUntil!: string | null;

  @Field(() => EmployerKind, { nullable: true })
  employerKind!: EmployerKind | null;

  @Field(() => DateScalar, { nullable: true })
  employmentStartDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  employmentEndDate!: string | null;
}
