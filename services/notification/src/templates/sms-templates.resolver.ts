import { Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Role, Roles } from '@points/auth';
import { SmsTemplate } from './sms-template.entity';
import { SmsTemplateException, SmsTemplateExceptionCode } from './sms-template.exception';

@Resolver(() => SmsTemplate)
export class SmsTemplatesResolver {
  constructor(@InjectRepository(SmsTemplate) private readonly templates: Repository<SmsTemplate>) {}

  @Roles(Role.HRSS_ADMIN)
  @Query(() => [SmsTemplate], { nullable: true, description: 'Every SMS template version' })
  smsTemplates(): Promise<SmsTemplate[]> {
    return this.templates.find({ order: { code: 'ASC', version: 'DESC' } });
  }

  @Roles(Role.HRSS_ADMIN)
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }): Promise<SmsTemplate> {
    const found = await this.templates.findOneBy({ id: reference.id });
    if (!found)
      throw new SmsTemplateException(
        SmsTemplateExceptionCode.TEMPLATE_NOT_FOUND,
        `No template ${reference.id}`,
      );
    return found;
  }
}
