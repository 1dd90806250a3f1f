import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@points/auth';

@InputType({ description: "An applicant's account, opened by their approved employer's HR" })
export class CreateApplicantAccountInput {
  @Field({ description: 'Resident ID number (GB 11643): the username' })
  residentId!: string;

  @Field()
  name!: string;

  @Field({ description: 'Mainland mobile number: SMS about the application goes there' })
  mobile!: string;

  @Field({ description: 'Initial password: 6–18 characters with letters and digits' })
  password!: string;

  @Field({
    description:
      "The residence permit's issue or endorsement date (YYYY-MM-DD): the account opens 3 working days after it",
  })
  permitDate!: string;
}

@InputType({ description: 'Another HR specialist of the caller’s employer' })
export class AddHrAccountInput {
  @Field()
  name!: string;

  @Field()
  residentId!: string;

  @Field()
  mobile!: string;

  @Field()
  password!: string;
}

@InputType({ description: 'A staff account, created by HRSS' })
export class CreateStaffAccountInput {
  @Field({ description: 'Login name: 3–32 of a–z, 0–9, . _ -, starting with a letter' })
  username!: string;

  @Field()
  name!: string;

  @Field(() => Role, { description: 'CENTRE_OFFICER, CENTRE_SUPERVISOR, CITY_VERIFIER or HRSS_ADMIN' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Required for centre staff (their district)' })
  district?: string | null;

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field()
  password!: string;
}

@InputType({
  description: 'Job change: take over the account of an applicant their previous employer released',
})
export class TakeOverApplicantInput {
  @Field({ description: "The applicant's resident ID number" })
  residentId!: string;
}

@InputType()
export class ReleaseApplicantInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({
  description: "Job change when the holder's points are no longer valid: he changes the employer code himself",
})
export class SwitchMyEmployerInput {
  @Field({ description: "The new employer's unified social credit code (统一社会信用代码)" })
  creditCode!: string;
}

@InputType({
  description: "Job change when the old employer does not release: the centre releases at the window on the holder's request",
})
export class ReleaseAtWindowInput {
  @Field(() => ID)
  accountId!: string;

  @Field({ description: 'The departure certificate (离职证明) the holder showed: its number or date' })
  departureCertificate!: string;
}

@InputType()
export class ResetApplicantPasswordInput {
  @Field(() => ID)
  accountId!: string;

  @Field({ description: 'The new password the applicant chose at the window' })
  newPassword!: string;
}
