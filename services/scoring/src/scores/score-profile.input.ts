import { Field, Float, InputType, Int } from '@nestjs/graphql';
import type { ContributionPeriodInput, ScoreProfileInput } from '@points/scoring-engine';
import { DateScalar, YearMonthScalar } from './calendar.scalars';
import { AwardLevel, EducationLevel, QualificationLevel } from './score-enums';

// scoring.md "The public simulation contract", field for field: names, types and defaults are fixed.

@InputType('ContributionPeriodInput', {
  description: 'One contribution record of 职工社会保险, both months inclusive',
})
export class ContributionPeriodInputDto implements ContributionPeriodInput {
  @Field(() => YearMonthScalar, { description: 'inclusive' })
  from!: string;

  @Field(() => YearMonthScalar, { description: 'inclusive' })
  to!: string;

  @Field(() => Float, { description: 'monthly contribution base, CNY' })
  base!: number;

  @Field(() => Boolean, { defaultValue: false, nullable: true, description: '补缴' })
  backPaid?: boolean | null;

  @Field(() => Boolean, { defaultValue: true, nullable: true })
  payerMatchesContract?: boolean | null;

  @Field(() => Boolean, { defaultValue: true, nullable: true })
  baseMatchesTax?: boolean | null;
}

@InputType('ScoreProfileInput', { description: 'The facts an assessment is made on' })
export class ScoreProfileInputDto implements ScoreProfileInput {
  @Field(() => DateScalar)
  assessmentDate!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => EducationLevel, { defaultValue: EducationLevel.NONE, nullable: true })
  education?: EducationLevel | null;

  @Field(() => QualificationLevel, { defaultValue: QualificationLevel.NONE, nullable: true })
  qualification?: QualificationLevel | null;

  @Field(() => Boolean, { defaultValue: true, nullable: true })
  qualificationMatchesPosition?: boolean | null;

  @Field(() => [ContributionPeriodInputDto], { defaultValue: [], nullable: true })
  socialInsurance?: ContributionPeriodInputDto[] | null;

  @Field(() => Boolean, { defaultValue: false, nullable: true })
  entrepreneur?: boolean | null;

  @Field(() => Boolean, { defaultValue: false, nullable: true })
  innovationIntermediary?: boolean | null;

  @Field(() => Boolean, { defaultValue: false, nullable: true })
  shortageMajor?: boolean | null;

  @Field(() => Float, { defaultValue: 0, nullable: true })
  averageAnnualTaxCny?: number | null;

  @Field(() => Float, { defaultValue: 0, nullable: true })
  averageAnnualLocalHires?: number | null;

  @Field(() => Int, { defaultValue: 0, nullable: true })
  publicServiceYears?: number | null;

  @Field(() => Int, { defaultValue: 0, nullable: true })
  remoteSuburbYears?: number | null;

  @Field(() => Boolean, { defaultValue: false, nullable: true })
  freshGraduate?: boolean | null;

  @Field(() => [AwardLevel], { defaultValue: [], nullable: true })
  awards?: AwardLevel[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'null: spouse has no Shanghai hukou' })
  spouseHukouMarriageDate?: string | null;

  @Field(() => [DateScalar], { defaultValue: [], nullable: true })
  falseMaterialDates?: string[] | null;

  @Field(() => [DateScalar], { defaultValue: [], nullable: true })
  administrativeDetentionDates?: string[] | null;

  @Field(() => [DateScalar], { defaultValue: [], nullable: true })
  criminalRecordDates?: string[] | null;

  @Field(() => Boolean, { defaultValue: false, nullable: true })
  familyPlanningViolation?: boolean | null;

  @Field(() => Boolean, { defaultValue: false, nullable: true })
  seriousCriminalRecord?: boolean | null;
}
