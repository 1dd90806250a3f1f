// The application form (《上海市居住证积分申请表》, domain.md §3) as GraphQL types. Most sections
// are the same shape in and out, so one class carries both decorators; personal data differs
// (derived and masked fields on output, the mobile number on input) and has two classes.
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AwardLevel as ClaimedAwardLevel,
  EducationLevel as DiplomaLevel,
  QualificationLevel as ClaimedQualificationLevel,
} from '@points/scoring-engine';

// The claimed levels are the engine's own enums (the simulateScore contract), under this
// subgraph's GraphQL names: the scoring subgraph owns EducationLevel, QualificationLevel and AwardLevel.
export { DiplomaLevel, ClaimedQualificationLevel, ClaimedAwardLevel };

export enum MaritalStatus {
  SINGLE = 'SINGLE',
  MARRIED = 'MARRIED',
  DIVORCED = 'DIVORCED',
  WIDOWED = 'WIDOWED',
}

export enum CoResidentRelation {
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
}

/** Who holds the personnel archive (人事档案存放). */
export enum ArchiveHolderKind {
  DISTRICT_TALENT_CENTRE = 'DISTRICT_TALENT_CENTRE',
  JOB_AGENCY = 'JOB_AGENCY',
  OTHER = 'OTHER',
}

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

registerEnumType(DiplomaLevel, { name: 'DiplomaLevel' });
registerEnumType(ClaimedQualificationLevel, { name: 'ClaimedQualificationLevel' });
registerEnumType(ClaimedAwardLevel, { name: 'ClaimedAwardLevel' });
registerEnumType(MaritalStatus, { name: 'MaritalStatus' });
registerEnumType(CoResidentRelation, { name: 'CoResidentRelation' });
registerEnumType(ArchiveHolderKind, { name: 'ArchiveHolderKind' });
registerEnumType(Sex, { name: 'Sex' });

@ObjectType({
  description: 'Personal data; name, sex and birth date come from the account and the resident ID',
})
export class PersonalData {
  @Field() name!: string;
  @Field({ description: 'Masked unless asked with unmasked: true by an entitled caller' })
  residentId!: string;
  @Field(() => Sex) sex!: Sex;
  @Field({ description: 'YYYY-MM-DD, from the resident ID' }) birthDate!: string;
  @Field(() => String, { nullable: true }) ethnicity?: string | null;
  @Field(() => String, { nullable: true, description: '户籍地' }) hukouPlace?: string | null;
  @Field(() => MaritalStatus, { nullable: true }) maritalStatus?: MaritalStatus | null;
  @Field(() => String, { nullable: true, description: 'Masked unless unmasked by an entitled caller' })
  mobile?: string | null;
}

@InputType()
export class PersonalDataInput {
  @Field(() => String, { nullable: true }) ethnicity?: string | null;
  @Field(() => String, { nullable: true }) hukouPlace?: string | null;
  @Field(() => MaritalStatus, { nullable: true }) maritalStatus?: MaritalStatus | null;
  @Field(() => String, { nullable: true, description: 'Mainland mobile number; stored encrypted' }) mobile?:
    string | null;
}

@InputType('ResidencePermitInput')
@ObjectType({ description: '居住证' })
export class ResidencePermit {
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD' }) validFrom!: string;
  @Field({ description: 'YYYY-MM-DD; the points are valid until this day' }) validTo!: string;
  @Field() address!: string;
}

@InputType('EmploymentInput')
@ObjectType({ description: 'Employment with the filing employer' })
export class Employment {
  @Field() position!: string;
  @Field({ description: 'Labour contract start, YYYY-MM-DD' }) contractStart!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Labour contract end; null for an open-ended contract',
  })
  contractEnd?: string | null;
}

@InputType('EducationEntryInput')
@ObjectType({ description: 'One diploma (专升本: one entry per diploma)' })
export class EducationEntry {
  @Field(() => DiplomaLevel) level!: DiplomaLevel;
  @Field() school!: string;
  @Field(() => String, { nullable: true }) major?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) graduationDate!: string;
  @Field() fullTime!: boolean;
  @Field() overseas!: boolean;
  @Field(() => String, { nullable: true }) certificateNo?: string | null;
}

@InputType('QualificationEntryInput')
@ObjectType({ description: 'A professional title or skill level (职称/职业资格)' })
export class QualificationEntry {
  @Field(() => ClaimedQualificationLevel) level!: ClaimedQualificationLevel;
  @Field({ description: 'Kind, e.g. 工程师' }) name!: string;
  @Field() certificateNo!: string;
  @Field({ description: 'YYYY-MM-DD' }) issuedOn!: string;
  @Field() matchesPosition!: boolean;
}

@InputType('ClaimedContributionPeriodInput')
@ObjectType({ description: 'A social-insurance period as claimed (verified later)' })
export class ClaimedContributionPeriod {
  @Field({ description: 'YYYY-MM, inclusive' }) from!: string;
  @Field({ description: 'YYYY-MM, inclusive' }) to!: string;
  @Field(() => Float) base!: number;
  @Field({ defaultValue: false }) backPaid!: boolean;
  @Field({ defaultValue: true }) payerMatchesContract!: boolean;
  @Field({ defaultValue: true }) baseMatchesTax!: boolean;
}

@InputType('BonusClaimsInput')
@ObjectType({ description: 'The bonus indicators claimed (scoring.md)' })
export class BonusClaims {
  @Field({ defaultValue: false }) entrepreneur!: boolean;
  @Field({ defaultValue: false }) innovationIntermediary!: boolean;
  @Field({ defaultValue: false }) shortageMajor!: boolean;
  @Field(() => Float, { defaultValue: 0 }) averageAnnualTaxCny!: number;
  @Field(() => Float, { defaultValue: 0 }) averageAnnualLocalHires!: number;
  @Field(() => Int, { defaultValue: 0 }) publicServiceYears!: number;
  @Field(() => Int, { defaultValue: 0 }) remoteSuburbYears!: number;
  @Field({ defaultValue: false }) freshGraduate!: boolean;
  @Field(() => [ClaimedAwardLevel], { defaultValue: [] }) awards!: ClaimedAwardLevel[];
  @Field(() => String, { nullable: true, description: 'Spouse with Shanghai hukou: date of marriage' })
  spouseHukouMarriageDate?: string | null;
}

@InputType('CoResidentInput')
@ObjectType({ description: '同住人' })
export class CoResident {
  @Field(() => CoResidentRelation) relation!: CoResidentRelation;
  @Field() name!: string;
  @Field({ description: 'YYYY-MM-DD' }) birthDate!: string;
  @Field(() => String, {
    nullable: true,
    description: 'A child of 16 or more: reference of the high-school enrolment proof (在读高中证明)',
  })
  highSchoolEnrolmentProof?: string | null;
}

@InputType('ArchiveLocationInput')
@ObjectType({ description: '人事档案存放: who holds the personnel archive' })
export class ArchiveLocation {
  @Field(() => ArchiveHolderKind) kind!: ArchiveHolderKind;
  @Field({ description: 'The centre or agency, by name' }) holder!: string;
}

@InputType('DeclarationsInput')
@ObjectType({ description: 'The two declarations of the form' })
export class Declarations {
  @Field({ description: '无违反计划生育政策' }) noFamilyPlanningViolation!: boolean;
  @Field({ description: '无刑事犯罪记录' }) noCriminalRecord!: boolean;
}

/** The stored form (jsonb): every section optional while in DRAFT; no personal data in clear. */
export interface ApplicationFormData {
  personal?: { ethnicity?: string | null; hukouPlace?: string | null; maritalStatus?: MaritalStatus | null };
  residencePermit?: ResidencePermit;
  employment?: Employment;
  educationHistory?: EducationEntry[];
  qualifications?: QualificationEntry[];
  socialInsurance?: ClaimedContributionPeriod[];
  bonusClaims?: BonusClaims;
  coResidents?: CoResident[];
  archiveLocation?: ArchiveLocation;
  declarations?: Declarations;
}

@ObjectType({ description: 'The form as filled so far' })
export class ApplicationForm {
  @Field(() => PersonalData) personal!: PersonalData;
  @Field(() => ResidencePermit, { nullable: true }) residencePermit?: ResidencePermit | null;
  @Field(() => Employment, { nullable: true }) employment?: Employment | null;
  @Field(() => [EducationEntry]) educationHistory!: EducationEntry[];
  @Field(() => [QualificationEntry]) qualifications!: QualificationEntry[];
  @Field(() => [ClaimedContributionPeriod]) socialInsurance!: ClaimedContributionPeriod[];
  @Field(() => BonusClaims, { nullable: true }) bonusClaims?: BonusClaims | null;
  @Field(() => [CoResident]) coResidents!: CoResident[];
  @Field(() => ArchiveLocation, { nullable: true }) archiveLocation?: ArchiveLocation | null;
  @Field(() => Declarations, { nullable: true }) declarations?: Declarations | null;
}

/** A partial update: each section given replaces the stored one; sections left out stay. */
@InputType()
export class ApplicationFormInput {
  @Field(() => PersonalDataInput, { nullable: true }) personal?: PersonalDataInput | null;
  @Field(() => ResidencePermit, { nullable: true }) residencePermit?: ResidencePermit | null;
  @Field(() => Employment, { nullable: true }) employment?: Employment | null;
  @Field(() => [EducationEntry], { nullable: true }) educationHistory?: EducationEntry[] | null;
  @Field(() => [QualificationEntry], { nullable: true }) qualifications?: QualificationEntry[] | null;
  @Field(() => [ClaimedContributionPeriod], { nullable: true }) socialInsurance?:
    ClaimedContributionPeriod[] | null;
  @Field(() => BonusClaims, { nullable: true }) bonusClaims?: BonusClaims | null;
  @Field(() => [CoResident], { nullable: true }) coResidents?: CoResident[] | null;
  @Field(() => ArchiveLocation, { nullable: true }) archiveLocation?: ArchiveLocation | null;
  @Field(() => Declarations, { nullable: true }) declarations?: Declarations | null;
}

@ObjectType()
export class SimulatedScoreItem {
  @Field() indicator!: string;
  @Field(() => Int) points!: number;
  @Field() counted!: boolean;
  @Field() note!: string;
}

@ObjectType({ description: '模拟估分 of the claims, as the engine scores them today; never the decision' })
export class SimulatedScore {
  @Field(() => Int, { nullable: true }) total?: number | null;
  @Field(() => Int) standard!: number;
  @Field() eligible!: boolean;
  @Field() ruleSetVersion!: string;
  @Field(() => [SimulatedScoreItem]) items!: SimulatedScoreItem[];
  @Field(() => [String], { description: 'Why the claims cannot be scored yet (missing or invalid parts)' })
  problems!: string[];
}
