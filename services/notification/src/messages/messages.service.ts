import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role, type AuthUser } from '@points/auth';
import { decodeKeysetCursor, encodeKeysetCursor } from '@points/db';
import { enqueueAfterCommit } from '../delivery/enqueue-after-commit.subscriber';
import { RecipientDirectory, RecipientNotKnownYetError } from '../recipients/recipient-directory.service';
import type { SmsTemplateCode } from '../templates/sms-template-code.enum';
import { SmsMessageModel, type SmsMessagePage } from './dto/sms-message.model';
import { MessageComposer } from './message-composer.service';
import { SmsMessageException, SmsMessageExceptionCode } from './sms-message.exception';
import { SmsMessageRepository } from './sms-message.repository';
import { FAILURE_STATUSES, SmsMessageStatus, type SmsRecipientRole } from './sms-message-status.enum';
import { isUuid } from '@points/validation';

interface MessageRow {
  id: string;
  event_id: string;
  event_type: string;
  template_code: SmsTemplateCode;
  template_version: number;
  recipient_account_id: string;
  recipient_role: SmsRecipientRole;
  mobile_masked: string;
  body: string;
  variables: Array<[string, string]>;
  segments: number;
  status: SmsMessageStatus;
  attempts: number;
  provider: string | null;
  failure_reason: string | null;
  resend_of: string | null;
  employer_id: string | null;
  applicant_id: string | null;
  district: string | null;
  created_at: Date;
  sent_at: Date | null;
  completed_at: Date | null;
  cursor_at: string;
}

export interface MessageListOptions {
  first: number;
  after?: string | null;
  status?: SmsMessageStatus | null;
  failedOnly?: boolean;
}

const MAX_PAGE = 100;
const COLUMNS = `id, event_id, event_type, template_code, template_version, recipient_account_id,
  recipient_role, mobile_masked, body, variables, segments, status, attempts, provider, failure_reason,
  resend_of, employer_id, applicant_id, district, created_at, sent_at, completed_at,
  created_at::text AS cursor_at`;

@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: RecipientDirectory,
    private readonly composer: MessageComposer,
    private readonly messages: SmsMessageRepository,
  ) {}

  /**
   * Newest first, keyset-paginated; the caller's scope is part of the WHERE clause: applicants
   * their own messages, HR their employer's, centre staff their district's, HRSS everything.
   */
  async list(user: AuthUser, options: MessageListOptions): Promise<SmsMessagePage> {
    if (!Number.isInteger(options.first) || options.first < 1 || options.first > MAX_PAGE) {
      throw new SmsMessageException(
        SmsMessageExceptionCode.INVALID_PAGE_SIZE,
        `first must be between 1 and ${MAX_PAGE}`,
        { field: 'first', rule: 'PAGE_SIZE' },
      );
    }
    const params: unknown[] = [];
    const where: string[] = [this.scope(user, params)];
    if (options.status) {
      params.push(options.status);
      where.push(`status = $${params.length}`);
    }
    if (options.failedOnly) where.push(`status IN (${FAILURE_STATUSES.map((s) => `'${s}'`).join(', ')})`);
    if (options.after) {
      const [at, id] = decodeCursor(options.after);
      params.push(at, id);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows = await this.messages.page<MessageRow>(
      this.dataSource.manager,
      COLUMNS,
      where,
      params,
      options.first + 1,
    );
    const page = rows.slice(0, options.first);
    const last = page[page.length - 1];
    return {
      nodes: page.map(toModel),
      endCursor: last ? encodeCursor(last.cursor_at, last.id) : null,
      hasNextPage: rows.length > options.first,
    };
  }

  /**
   * HRSS resends a failed message: a new message linked to the old one (at most one resend per
   * message, by a unique key), to the recipient's current mobile. Never a delivered one, never
   * one still on its way.
   */
  async resend(id: string): Promise<SmsMessageModel> {
    if (!isUuid(id))
      throw new SmsMessageException(SmsMessageExceptionCode.MESSAGE_NOT_FOUND, `No message ${id}`);
    return this.dataSource.transaction(async (manager) => {
      const old = await this.messages.byId<MessageRow>(manager, COLUMNS, id, true);
      if (!old) throw new SmsMessageException(SmsMessageExceptionCode.MESSAGE_NOT_FOUND, `No message ${id}`);
      if (old.status === SmsMessageStatus.DELIVERED)
        throw new SmsMessageException(
          SmsMessageExceptionCode.ALREADY_DELIVERED,
          'This message was delivered',
        );
      if (!FAILURE_STATUSES.includes(old.status))
        throw new SmsMessageException(
          SmsMessageExceptionCode.STILL_IN_FLIGHT,
          'This message is still being sent',
        );
      if (await this.messages.wasResent(manager, id))
        throw new SmsMessageException(
          SmsMessageExceptionCode.ALREADY_RESENT,
          'This message was resent already; resend the newer one if it failed too',
        );
      let recipient;
      try {
        recipient = await this.directory.account(manager, old.recipient_account_id, 'the recipient');
      } catch (error) {
        if (!(error instanceof RecipientNotKnownYetError)) throw error;
        recipient = null;
      }
      if (!recipient)
        throw new SmsMessageException(
          SmsMessageExceptionCode.NO_CONTACT,
          'The recipient has no active mobile',
        );
      const newId = await this.composer.insert(
        manager,
        { id: old.event_id, type: old.event_type as never },
        {
          templateCode: old.template_code,
          employerId: old.employer_id,
          applicantId: old.applicant_id,
          district: old.district,
        },
        { code: old.template_code, version: old.template_version, body: old.body },
        { body: old.body, variables: old.variables },
        recipient,
        old.id,
      );
      if (!newId) throw new Error('resend insert returned no id');
      enqueueAfterCommit(manager, [newId]);
      const created = await this.messages.byId<MessageRow>(manager, COLUMNS, newId);
      if (!created) throw new Error('the resent message is not there');
      return toModel(created);
    });
  }

  private scope(user: AuthUser, params: unknown[]): string {
    switch (user.role) {
      case Role.HRSS_ADMIN:
        return 'true';
      case Role.APPLICANT:
        if (!user.applicantId) return 'false';
        params.push(user.applicantId);
        return `recipient_role = 'APPLICANT' AND recipient_account_id = $${params.length}`;
      case Role.EMPLOYER_HR:
        if (!user.employerId) return 'false';
        params.push(user.employerId);
        return `employer_id = $${params.length}`;
      case Role.CENTRE_OFFICER:
      case Role.CENTRE_SUPERVISOR:
        // A staff token without a district sees nothing (districtScopeOf would read it as "all").
        if (!user.district) return 'false';
        params.push(user.district);
        return `district = $${params.length}`;
      case Role.CITY_VERIFIER:
        return 'false';
    }
  }
}

function toModel(row: MessageRow): SmsMessageModel {
  return Object.assign(new SmsMessageModel(), {
    id: row.id,
    eventType: row.event_type,
    templateCode: row.template_code,
    templateVersion: row.template_version,
    recipientRole: row.recipient_role,
    mobile: row.mobile_masked,
    body: row.body,
    segments: row.segments,
    status: row.status,
    attempts: row.attempts,
    provider: row.provider,
    failureReason: row.failure_reason,
    resendOf: row.resend_of,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    completedAt: row.completed_at,
  });
}

function encodeCursor(at: string, id: string): string {
  return encodeKeysetCursor(at, id);
}

/** PostgreSQL's timestamptz text (e.g. `2026-11-22 07:41:00.123+00`) read as a date. */
const isTimestamp = (at: string): boolean =>
  !Number.isNaN(Date.parse(at.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')));

function decodeCursor(cursor: string): [string, string] {
  const position = decodeKeysetCursor(cursor, isTimestamp);
  if (position) return [position.key, position.id];
  throw new SmsMessageException(
    SmsMessageExceptionCode.INVALID_CURSOR,
    'after is not a cursor from this list',
    {
      field: 'after',
      rule: 'CURSOR',
    },
  );
}
