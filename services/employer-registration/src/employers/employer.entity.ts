import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { EstablishmentKind, LicenceKind, OrganisationType } from './employer-kinds.enum';
import { EmployerStatus } from './employer-status.enum';

/** An employer (单位) registered with its district's talent service centre. */
@ObjectType({ description: '单位: an employer registered with its district talent service centre' })
@Directive('@key(fields: "id")')
@Entity({ name: 'employer' })
export class Employer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('text')
  name!: string;

  /** 统一社会信用代码 (GB 32100). */
  @Field()
  @Column({ name: 'credit_code', type: 'text', unique: true })
  creditCode!: string;

  /** The district where it is registered; it may only file there. */
  @Field()
  @Column('text')
  district!: string;

  /**
   * The review state. A sanction does not change it: suspension is `suspendedUntil` (the same
   * shape as the employer.status-changed event), so the review outcome stays visible.
   */
  @Field(() => EmployerStatus)
  @Column({ type: 'text', default: EmployerStatus.PENDING_REVIEW })
  status!: EmployerStatus;

  // Nullable in GraphQL: employers written before registration existed have no details.
  @Field(() => OrganisationType, { nullable: true })
  @Column({ name: 'organisation_type', type: 'text', nullable: true })
  organisationType!: OrganisationType | null;

  @Field(() => EstablishmentKind, { nullable: true })
  @Column({ type: 'text', nullable: true })
  establishment!: EstablishmentKind | null;

  @Field(() => LicenceKind, { nullable: true, description: 'HR service agencies only' })
  @Column({ name: 'licence_kind', type: 'text', nullable: true })
  licenceKind!: LicenceKind | null;

  @Field(() => String, { nullable: true, description: 'HR service agencies only' })
  @Column({ name: 'licence_number', type: 'text', nullable: true })
  licenceNumber!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人' })
  @Column({ name: 'legal_representative', type: 'text', nullable: true })
  legalRepresentative!: string | null;

  @Field(() => String, { nullable: true, description: '社会保险登记号' })
  @Column({ name: 'social_insurance_no', type: 'text', nullable: true })
  socialInsuranceNo!: string | null;

  /** Suspended (may not act as agent) up to and including this day, after a forgery sanction. */
  @Field(() => String, {
    nullable: true,
    description: 'Suspended up to and including this date (YYYY-MM-DD)',
  })
  @Column({ name: 'suspended_until', type: 'date', nullable: true })
  suspendedUntil!: string | null;

  /** Clients send it back as expectedVersion: a decision on a stale view is a CONFLICT. */
  @Field(() => Int)
  @VersionColumn()
  version!: number;

  /** When the registration (or its last change of details) went into the review queue. */
  @Field()
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
