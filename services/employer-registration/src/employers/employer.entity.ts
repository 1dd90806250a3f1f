import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
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

  @Field(() => EmployerStatus)
  @Column({ type: 'text', default: EmployerStatus.PENDING_REVIEW })
  status!: EmployerStatus;

  @VersionColumn()
  version!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
