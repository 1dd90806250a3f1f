import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SmsTemplateCode } from '../../templates/sms-template-code.enum';
import { SmsMessageStatus, SmsRecipientRole } from '../sms-message-status.enum';

@ObjectType('SmsMessage', { description: 'One SMS to one recipient; the mobile is always masked' })
export class SmsMessageModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The event that caused it' })
  eventType!: string;

  @Field(() => SmsTemplateCode)
  templateCode!: SmsTemplateCode;

  @Field(() => Int)
  templateVersion!: number;

  @Field(() => SmsRecipientRole)
  recipientRole!: SmsRecipientRole;

  @Field({ description: 'e.g. 138****5678' })
  mobile!: string;

  @Field()
  body!: string;

  @Field(() => Int, { description: 'Billed SMS parts (70 UCS-2 units in one, 67 per part beyond)' })
  segments!: number;

  @Field(() => SmsMessageStatus)
  status!: SmsMessageStatus;

  @Field(() => Int, { description: 'Provider attempts so far' })
  attempts!: number;

  @Field(() => String, { nullable: true })
  provider!: string | null;

  @Field(() => String, { nullable: true })
  failureReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The failed message this one resends' })
  resendOf!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;
}

@ObjectType('SmsMessagePage', { description: 'A page of messages, newest first (keyset)' })
export class SmsMessagePage {
  @Field(() => [SmsMessageModel])
  nodes!: SmsMessageModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}
