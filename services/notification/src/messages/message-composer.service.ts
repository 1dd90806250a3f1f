import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BlindIndex, maskMobile, PiiCipher } from '@points/crypto';
import type { AnyEventEnvelope, EventEnvelope } from '@points/events';
import { enqueueAfterCommit } from '../delivery/enqueue-after-commit.subscriber';
import { RecipientDirectory, type Recipient } from '../recipients/recipient-directory.service';
import { SmsTemplateException, SmsTemplateExceptionCode } from '../templates/sms-template.exception';
import { renderTemplate, smsSegments, templateVariables } from '../templates/sms-template.render.util';
import { planMessages, type MessagePlan, type RecipientSelector } from './message-plan.util';
import { SmsMessageRepository } from './sms-message.repository';
import { MESSAGE_MOBILE_AAD } from './sms-message-status.enum';

interface ActiveTemplate {
  code: string;
  version: number;
  body: string;
}

/**
 * Turns an event into message rows, inside the event's inbox transaction: either every message of
 * the event is written (and enqueued after commit) or none is and the event is retried.
 */
@Injectable()
export class MessageComposer {
  private readonly logger = new Logger(MessageComposer.name);

  constructor(
    private readonly directory: RecipientDirectory,
    private readonly cipher: PiiCipher,
    private readonly blindIndex: BlindIndex,
    private readonly messages: SmsMessageRepository,
  ) {}

  async composeFor(event: AnyEventEnvelope, manager: EntityManager): Promise<string[]> {
    const created: string[] = [];
    for (const plan of planMessages(event)) {
      const template = await this.activeTemplate(manager, plan.templateCode);
      // Render before looking anyone up: a bad template fails the same for every recipient.
      const body = renderTemplate(template, plan.variables);
      const variables = templateVariables(template.body).map((name): [string, string] => [
        name,
        plan.variables[name] ?? '',
      ]);
      for (const recipient of await this.resolve(manager, plan.recipients)) {
        const id = await this.insert(manager, event, plan, template, { body, variables }, recipient);
        if (id) created.push(id);
      }
    }
    enqueueAfterCommit(manager, created);
    return created;
  }

  /** Writes one message (status CREATED); null when this (event, recipient, template) exists. */
  async insert(
    manager: EntityManager,
    event: Pick<EventEnvelope, 'id' | 'type'>,
    plan: Pick<MessagePlan, 'templateCode' | 'employerId' | 'applicantId' | 'district'>,
    template: ActiveTemplate,
    text: { body: string; variables: Array<[string, string]> },
    recipient: Recipient,
    resendOf: string | null = null,
  ): Promise<string | null> {
    return this.messages.insert(manager, {
      eventId: event.id,
      eventType: event.type,
      templateCode: template.code,
      templateVersion: template.version,
      recipientAccountId: recipient.accountId,
      recipientRole: recipient.role,
      mobileEncrypted: this.cipher.encrypt(recipient.mobile, MESSAGE_MOBILE_AAD),
      mobileIndex: recipient.mobileIndex,
      mobileMasked: maskMobile(recipient.mobile),
      body: text.body,
      variables: text.variables,
      segments: smsSegments(text.body),
      employerId: plan.employerId ?? recipient.employerId,
      applicantId: plan.applicantId ?? (recipient.role === 'APPLICANT' ? recipient.accountId : null),
      district: plan.district ?? recipient.district,
      resendOf,
    });
  }

  async activeTemplate(manager: EntityManager, code: string): Promise<ActiveTemplate> {
    const rows: ActiveTemplate[] = await manager.query(
      `SELECT code, version, body FROM notification.sms_template WHERE code = $1 AND active`,
      [code],
    );
    const template = rows[0];
    if (!template)
      throw new SmsTemplateException(
        SmsTemplateExceptionCode.TEMPLATE_NOT_FOUND,
        `no active template ${code}`,
      );
    return template;
  }

  private async resolve(manager: EntityManager, selectors: RecipientSelector[]): Promise<Recipient[]> {
    const found: Recipient[] = [];
    for (const selector of selectors) {
      switch (selector.kind) {
        case 'applicant':
        case 'account': {
          const id = selector.kind === 'applicant' ? selector.applicantId : selector.accountId;
          const recipient = await this.directory.account(manager, id, `account ${id}`);
          if (recipient) found.push(recipient);
          // A closed account is not an error, but it must not vanish without a trace.
          else this.logger.warn(`account ${id} is inactive or has no mobile: no SMS`);
          break;
        }
        case 'employer-hr': {
          const contacts = await this.directory.hrContactsOf(manager, selector.employerId);
          if (contacts.length === 0)
            this.logger.warn(`employer ${selector.employerId} has no active HR contact: no SMS`);
          found.push(...contacts);
          break;
        }
      }
    }
    return found;
  }
}
