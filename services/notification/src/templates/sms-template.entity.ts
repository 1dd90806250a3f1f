import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A versioned SMS text (短信模板); a message records the template version it was rendered from. */
@ObjectType({ description: 'A versioned SMS template' })
@Directive('@key(fields: "id")')
@Entity({ name: 'sms_template' })
@Unique(['code', 'version'])
export class SmsTemplate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'e.g. APPLICATION_APPROVED' })
  @Column('text')
  code!: string;

  @Field(() => Int)
  @Column('integer')
  version!: number;

  @Field({ description: 'Text with {variables}, signature prefix included' })
  @Column('text')
  body!: string;

  @Field({ description: 'The version new messages are rendered from (one per code)' })
  @Column('boolean', { default: true })
  active!: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
