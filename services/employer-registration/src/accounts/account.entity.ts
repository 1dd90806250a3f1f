import { Role } from '@points/auth';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * Every account (staff, HR, applicant) in one table, so login looks a username up in one place.
 * Not a GraphQL type itself: `AccountView` decides what leaves the service (masked PII).
 */
@Entity({ name: 'account' })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  role!: Role;

  /** Blind index of the login name (an applicant's is their resident ID number). */
  @Column({ name: 'login_index', type: 'text' })
  loginIndex!: string;

  /** Login name of staff and HR (not personal data); null for applicants (theirs is the ID). */
  @Column({ type: 'text', nullable: true })
  username!: string | null;

  @Column('text')
  name!: string;

  /** PiiCipher token, AAD PII_COLUMN.residentId. */
  @Column({ name: 'resident_id', type: 'text', nullable: true })
  residentId!: string | null;

  @Column({ name: 'resident_id_index', type: 'text', nullable: true })
  residentIdIndex!: string | null;

  /** PiiCipher token, AAD PII_COLUMN.mobile. */
  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

  @Column({ name: 'mobile_index', type: 'text', nullable: true })
  mobileIndex!: string | null;

  /** Centre staff only. */
  @Column({ type: 'text', nullable: true })
  district!: string | null;

  /** HR: their employer. Applicant: the current employer, null once released (job change). */
  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId!: string | null;

  /** Applicant: the employer before the current one (or the one that released them). */
  @Column({ name: 'last_employer_id', type: 'uuid', nullable: true })
  lastEmployerId!: string | null;

  /** Applicant: the residence permit's issue or endorsement date given at creation. */
  @Column({ name: 'permit_date', type: 'date', nullable: true })
  permitDate!: string | null;

  /** Applicant: banned after a serious forgery case, up to and including this day. */
  @Column({ name: 'banned_until', type: 'date', nullable: true })
  bannedUntil!: string | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
