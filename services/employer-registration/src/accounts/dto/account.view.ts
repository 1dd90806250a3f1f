import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@points/auth';
import type { AccountEntity } from '../account.entity';

registerEnumType(Role, { name: 'AccountRole', description: 'The role an account logs in with' });

/**
 * An account as it leaves the service. Personal data stays encrypted here; the `residentId` and
 * `mobile` field resolvers mask it, or show it in full (audited) to an entitled caller.
 */
@ObjectType('Account', { description: 'A staff, HR or applicant account' })
export class AccountView {
  @Field(() => ID, { description: 'For applicants this is also the applicantId other services use' })
  id!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Login name of staff and HR; null for applicants, who log in with their resident ID number',
  })
  username!: string | null;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "Centre staff: their district. HR and applicants: their (last) employer's district",
  })
  district!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'HR: their employer. Applicant: the current employer, null once released',
  })
  employerId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Applicant: the residence permit's issue or endorsement date",
  })
  permitDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Applicant: banned up to and including this date after a forgery case',
  })
  bannedUntil!: string | null;

  @Field()
  createdAt!: Date;

  /** Not in the schema: the encrypted values and the scope the field resolvers need. */
  residentIdToken!: string | null;
  mobileToken!: string | null;
  scopeDistrict!: string | null;

  static from(account: AccountEntity, employerDistrict: string | null): AccountView {
    const view = new AccountView();
    const staff = account.role === Role.CENTRE_OFFICER || account.role === Role.CENTRE_SUPERVISOR;
    view.id = account.id;
    view.role = account.role;
    view.username = account.username;
    view.name = account.name;
    view.district = staff ? account.district : employerDistrict;
    view.employerId = account.employerId;
    view.permitDate = account.permitDate;
    view.bannedUntil = account.bannedUntil;
    view.createdAt = account.createdAt;
    view.residentIdToken = account.residentId;
    view.mobileToken = account.mobile;
    view.scopeDistrict = view.district;
    return view;
  }
}

@ObjectType()
export class AccountConnection {
  @Field(() => [AccountView])
  nodes!: AccountView[];

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}
