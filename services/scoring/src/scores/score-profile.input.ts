import { Field, Float, InputType, Int } from '@nestjs/graphql';
import type { ContributionPeriodInput, ScoreProfileInput } from '@points/scoring-engine';
import { DateScalar, YearMonthScalar } from './calendar.scalars';
import { AwardLevel, EducationLevel, EmployerKind, QualificationLevel } from './score-enums';

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

  @Field(() => Float, {
    nullable: true,
    description:
      'the monthly income the individual income tax was withheld on (个税申报收入), CNY; when given, the engine decides 合理对应 itself: within the rule set’s tolerance, or the base at that year’s contribution ceiling with a higher taxed income',
  })
  incomeTaxBase?: number | null;
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

  // 第二条 / 第十三条: the facts canApply is decided on (not part of the score). Left out: not shown.
  @Field(() => DateScalar, { nullable: true, description: '《上海市居住证》 valid from' })
  residencePermitIssuedOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: '《上海市居住证》 valid until (inclusive); null: no permit shown, so canApply is false',
  })
  residencePermitValidUntil?: string | null;

  @Field(() => EmployerKind, {
    nullable: true,
    description: 'the labour-contract employer’s kind; null: not shown',
  })
  employerKind?: EmployerKind | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'first day of the labour (聘用) contract with the filing employer; null: not shown',
  })
  employmentStartDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'last day of that contract; null while it lasts' })
  employmentEndDate?: string | null;
}
