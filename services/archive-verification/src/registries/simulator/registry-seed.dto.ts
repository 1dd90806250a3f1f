import { Field, Float, InputType } from '@nestjs/graphql';

// GraphQL shape of `registrySeedSchema`; levels are enum names as strings (validated by zod), so
// this subgraph does not redeclare the scoring subgraph's enums.

@InputType()
export class SeedEducationRecordInput {
  @Field({ description: 'EducationLevel name, e.g. BACHELOR_WITH_DEGREE' }) level!: string;
  @Field() school!: string;
  @Field(() => String, { nullable: true }) major?: string | null;
  @Field() graduationDate!: string;
  @Field({ defaultValue: true }) fullTime!: boolean;
  @Field(() => String, { nullable: true }) certificateNo?: string | null;
}

@InputType()
export class SeedQualificationRecordInput {
  @Field({ description: 'QualificationLevel name, e.g. MID_TITLE' }) level!: string;
  @Field(() => String, { nullable: true }) certificateNo?: string | null;
  @Field() issuedOn!: string;
  @Field({ defaultValue: true }) matchesPosition!: boolean;
}

@InputType({ description: 'A run of social-insurance months (YYYY-MM, both inclusive)' })
export class SeedSocialInsuranceRunInput {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Float) base!: number;
  @Field() payerCreditCode!: string;
  @Field({ defaultValue: false }) backPaid!: boolean;
}

@InputType({ description: 'A run of income-tax months (YYYY-MM, both inclusive)' })
export class SeedTaxRunInput {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Float) taxBase!: number;
  @Field() payerCreditCode!: string;
}

@InputType()
export class SeedCivilRecordInput {
  @Field({
    description: 'HUKOU MARRIAGE CHILD AWARD INVESTMENT CRIMINAL DETENTION FAMILY_PLANNING FALSE_MATERIAL',
  })
  kind!: string;
  @Field() date!: string;
  @Field(() => Boolean, { nullable: true }) spouseShanghaiHukou?: boolean | null;
  @Field(() => Boolean, { nullable: true }) serious?: boolean | null;
  @Field(() => String, { nullable: true }) awardLevel?: string | null;
  @Field(() => Float, { nullable: true }) averageAnnualTaxCny?: number | null;
  @Field(() => Float, { nullable: true }) averageAnnualLocalHires?: number | null;
  @Field(() => String, { nullable: true, description: 'MARRIAGE: the spouse on the marriage record' })
  spouseName?: string | null;
  @Field(() => String, { nullable: true, description: 'CHILD: the child (date = birth date)' })
  childName?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'CHILD: enrolled full-time at a high school (学籍)' })
  fullTimeHighSchool?: boolean | null;
}

@InputType({ description: 'The residence permit as the residence registry holds it (居住证)' })
export class SeedResidencePermitInput {
  @Field() number!: string;
  @Field() issuedOn!: string;
  @Field(() => String, { nullable: true, description: 'The latest endorsement (签注)' })
  endorsedOn?: string | null;
  @Field({ description: 'The expiry the registry holds' }) validUntil!: string;
  @Field(() => String, { nullable: true, description: '注销: cancelled on this day' })
  cancelledOn?: string | null;
}

@InputType()
export class SeedArchiveHoldingInput {
  @Field() holder!: string;
  @Field({ description: 'The holder answers requests online at once (else by post)' })
  answersOnline!: boolean;
}

@InputType({ description: "One person's records in the registry simulator" })
export class SeedRegistryPersonInput {
  @Field() residentId!: string;
  @Field(() => [SeedEducationRecordInput], { nullable: true }) education?: SeedEducationRecordInput[] | null;
  @Field(() => [SeedQualificationRecordInput], { nullable: true })
  qualifications?: SeedQualificationRecordInput[] | null;
  @Field(() => [SeedSocialInsuranceRunInput], { nullable: true })
  socialInsurance?: SeedSocialInsuranceRunInput[] | null;
  @Field(() => [SeedTaxRunInput], { nullable: true }) tax?: SeedTaxRunInput[] | null;
  @Field(() => [SeedCivilRecordInput], { nullable: true }) civilRecords?: SeedCivilRecordInput[] | null;
  @Field(() => SeedArchiveHoldingInput, { nullable: true }) archiveHolding?: SeedArchiveHoldingInput | null;
  @Field(() => SeedResidencePermitInput, { nullable: true })
  residencePermit?: SeedResidencePermitInput | null;
}
