import { Directive, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

export enum VerificationCaseStatus {
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
}
registerEnumType(VerificationCaseStatus, { name: 'VerificationCaseStatus' });

/** The checks run for one accepted application (调档, 学历认证, social insurance, ...). */
@ObjectType({ description: 'The verifications run for one accepted application' })
@Directive('@key(fields: "id")')
@Entity({ name: 'verification_case' })
export class VerificationCase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'application_id', type: 'uuid', unique: true })
  applicationId!: string;

  @Field()
  @Column('text')
  district!: string;

  @Field(() => VerificationCaseStatus)
  @Column({ type: 'text', default: VerificationCaseStatus.OPEN })
  status!: VerificationCaseStatus;

  @VersionColumn()
  version!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
