import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ApplicationKind, ApplicationState } from './application-state.enum';

/** 积分申请: one points application of an applicant, filed by their employer in its district. */
@ObjectType({ description: '积分申请: a points application filed by an employer for its applicant' })
@Directive('@key(fields: "id")')
@Entity({ name: 'application' })
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Field(() => ID)
  @Column({ name: 'applicant_id', type: 'uuid' })
  applicantId!: string;

  @Field()
  @Column('text')
  district!: string;

  @Field(() => ApplicationKind)
  @Column('text')
  kind!: ApplicationKind;

  @Field(() => ApplicationState)
  @Column({ type: 'text', default: ApplicationState.DRAFT })
  state!: ApplicationState;

  @VersionColumn()
  version!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
