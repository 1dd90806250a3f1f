import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SmsTemplate } from './sms-template.entity';
import { SmsTemplatesResolver } from './sms-templates.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([SmsTemplate])],
  providers: [SmsTemplatesResolver],
})
export class SmsTemplatesModule {}
