import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { EmployerStatus } from '../employer-status.enum';
import { EstablishmentKind, LicenceKind, OrganisationType } from '../employer-kinds.enum';

@InputType({ description: 'An HR specialist (单位人事专员): becomes an EMPLOYER_HR account' })
export class HrSpecialistInput {
  @Field()
  name!: string;

  @Field({ description: 'Resident ID number (GB 11643); stored encrypted' })
  residentId!: string;

  @Field({ description: 'Mainland mobile number; SMS about the registration goes there' })
  mobile!: string;

  @Field({ description: 'Initial password: 6–18 characters with letters and digits' })
  password!: string;
}

/** The registered details an employer can change later (which sends it back to review). */
@InputType({ isAbstract: true })
export abstract class EmployerDetailsInput {
  @Field()
  name!: string;

  @Field(() => OrganisationType)
  organisationType!: OrganisationType;

  @Field(() => LicenceKind, { nullable: true, description: 'Required for HR_SERVICE_AGENCY' })
  licenceKind?: LicenceKind | null;

  @Field(() => String, { nullable: true, description: 'Required for HR_SERVICE_AGENCY' })
  licenceNumber?: string | null;

  @Field({ description: 'District code of the registration place, e.g. XUHUI (see `districts`)' })
  district!: string;

  @Field()
  address!: string;

  @Field({ description: '法定代表人' })
  legalRepresentative!: string;

  @Field({ description: '社会保险登记号' })
  socialInsuranceNo!: string;
}

@InputType({ description: 'Employer self-registration (单位注册)' })
export class RegisterEmployerInput extends EmployerDetailsInput {
  @Field({ description: 'Unified social credit code (GB 32100)' })
  creditCode!: string;

  @Field(() => EstablishmentKind, {
    description: 'Out-of-town representative offices and out-of-town branches may not register',
  })
  establishment!: EstablishmentKind;

  @Field(() => [HrSpecialistInput])
  hrSpecialists!: HrSpecialistInput[];
}

@InputType()
export class UpdateEmployerDetailsInput extends EmployerDetailsInput {
  @Field(() => ID)
  employerId!: string;

  @Field(() => Int, { description: 'The version you read: a change made meanwhile is a CONFLICT' })
  expectedVersion!: number;
}

@ObjectType({ description: 'The result of a registration: it waits for the district centre' })
export class EmployerRegistration {
  @Field(() => ID)
  employerId!: string;

  @Field(() => EmployerStatus)
  status!: EmployerStatus;

  @Field({ description: 'The district centre that reviews it' })
  district!: string;

  @Field(() => [String], {
    description: 'Login names of the HR specialists, in the order given: <credit code>-<n>',
  })
  hrUsernames!: string[];
}
