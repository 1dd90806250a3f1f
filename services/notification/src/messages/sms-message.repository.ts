import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { patchAssignments, updatedRows } from '@points/db';
import { SmsMessage } from './sms-message.entity';
import { SmsMessageStatus, type SmsRecipientRole } from './sms-message-status.enum';
import { SMS_TRANSITIONS, SmsMessageAction } from './sms-message-transitions';

const S = 'notification';

/**
 * The columns a transition may set as plain values, typed from the entity. The status, version,
 * attempts and the clock stamps (claimed_at, sent_at, completed_at) are not in it: `transition()`
 * sets them from the action, with the database's clock.
 */
export type SmsMessagePatch = Partial<
  Pick<SmsMessage, 'provider' | 'providerReference' | 'claimToken' | 'notBefore' | 'failureReason'>
>;

/** What a new message is made of (always CREATED). */
export type NewSmsMessage = Pick<
  SmsMessage,
  | 'eventId'
  | 'eventType'
  | 'templateCode'
  | 'templateVersion'
  | 'recipientAccountId'
  | 'recipientRole'
  | 'mobileEncrypted'
  | 'mobileIndex'
  | 'mobileMasked'
  | 'body'
  | 'variables'
  | 'segments'
  | 'employerId'
  | 'applicantId'
  | 'district'
  | 'resendOf'
>;

type Claimed = { id: string; claimToken: string };

/** One move of the table; the fields are what that move writes. */
export type SmsTransitionRequest =
  | (Pick<Claimed, 'id'> & {
      action: SmsMessageAction.CLAIM;
      claimToken: string;
      /** Recorded unless a dead worker's claim already names one (it may have the message). */
      provider: string;
      claimStaleMs: number;
    })
  | (Claimed & {
      action: SmsMessageAction.RECORD_ACCEPTED;
      delivered: boolean;
      providerReference: string;
    })
  | (Claimed & {
      action: SmsMessageAction.RECORD_REFUSED;
      to: SmsMessageStatus.PERMANENT_FAILURE | SmsMessageStatus.TEMPORARY_FAILURE;
      reason: string;
    })
  | (Claimed & { action: SmsMessageAction.RETRY_LATER; reason: string; notBefore: Date })
  | (Claimed & {
      action: SmsMessageAction.GIVE_BACK;
      reason: string;
      at: Date;
      /** A taken-over claim stays SENDING with its provider, resumable from `at`. */
      resumed: boolean;
      claimStaleMs: number;
    })
  | (Claimed & { action: SmsMessageAction.RETRY_SAME_PROVIDER; reason: string; claimStaleMs: number })
  | (Claimed & { action: SmsMessageAction.GIVE_UP; reason: string })
  | {
      action: SmsMessageAction.RECEIPT;
      id: string;
      /** Only the provider that was sending it. */
      provider: string;
      to:
        SmsMessageStatus.DELIVERED | SmsMessageStatus.PERMANENT_FAILURE | SmsMessageStatus.TEMPORARY_FAILURE;
      reason: string | null;
    }
  | { action: SmsMessageAction.RECEIPT_TIMED_OUT; receiptTimeoutMs: number };

/** A message as a transition wrote it (what the worker needs to send it). */
export interface MovedMessage {
  id: string;
  attempts: number;
  provider: string | null;
  mobileEncrypted: string;
  mobileIndex: string;
  body: string;
  variables: Array<[string, string]>;
  templateCode: string;
  recipientRole: SmsRecipientRole;
  /** CLAIM only: the claim was taken over from a dead worker (it was SENDING). */
  resumed: boolean;
}

interface Plan {
  to: SmsMessageStatus | 'KEEP';
  patch: SmsMessagePatch;
  /** SQL assignments that use the database's clock or the row itself. */
  stamps: string[];
  /** Conditions beyond the table's statuses. */
  where: string[];
}

/**
 * The SmsMessage's one write path: every statement on `sms_message` is here. `transition()` alone
 * writes `status`, each time as one UPDATE guarded by the table's statuses (and the worker's claim
 * token, or the receipt's provider), so a second worker or a late receipt never overwrites a move
 * (one-write-path.spec.ts fails the build if another production file writes the table). Messages
 * have no history table: the row's stamps and failure reason are its record.
 */
@Injectable()
export class SmsMessageRepository {
  /** Writes one message (CREATED); null when this (event, recipient, template) exists already. */
  async insert(manager: EntityManager, values: NewSmsMessage): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO ${S}.sms_message
         (event_id, event_type, template_code, template_version, recipient_account_id, recipient_role,
          mobile_encrypted, mobile_index, mobile_masked, body, variables, segments,
          employer_id, applicant_id, district, resend_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (event_id, recipient_account_id, template_code) WHERE resend_of IS NULL DO NOTHING
       RETURNING id`,
      [
        values.eventId,
        values.eventType,
        values.templateCode,
        values.templateVersion,
        values.recipientAccountId,
        values.recipientRole,
        values.mobileEncrypted,
        values.mobileIndex,
        values.mobileMasked,
        values.body,
        JSON.stringify(values.variables),
        values.segments,
        values.employerId,
        values.applicantId,
        values.district,
        values.resendOf,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Moves messages by the transition table; answers the rows it moved (none: the row moved on,
   * the claim was taken over, or a receipt came first: each caller's "fine, nothing to do").
   */
  async transition(manager: EntityManager, request: SmsTransitionRequest): Promise<MovedMessage[]> {
    const transition = SMS_TRANSITIONS[request.action];
    const params: unknown[] = [];
    const next = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const plan = this.plan(request, next);
    if (plan.to !== 'KEEP' && !transition.to.includes(plan.to)) {
      throw new Error(`${request.action} does not lead to ${plan.to} (allowed: ${transition.to.join(', ')})`);
    }
    const status = plan.to === 'KEEP' ? null : `status = ${next(plan.to)}`;
    const patch = patchAssignments(manager, SmsMessage, plan.patch, params.length + 1);
    params.push(...patch.params);
    const set = [...(status ? [status] : []), ...patch.assignments, ...plan.stamps];
    const where = [`m.status = ANY(${next(transition.from)}::text[])`, ...plan.where];
    const single = 'id' in request;
    // The claim must know what the row was (a dead worker's SENDING claim is resumed, not restarted).
    const from = single
      ? `FROM (SELECT id, status AS previous_status FROM ${S}.sms_message WHERE id = ${next(request.id)} FOR UPDATE) p`
      : '';
    if (single) where.unshift('m.id = p.id');
    const rows = updatedRows<{
      id: string;
      attempts: number;
      provider: string | null;
      mobile_encrypted: string;
      mobile_index: string;
      body: string;
      variables: Array<[string, string]>;
      template_code: string;
      recipient_role: SmsRecipientRole;
      previous_status: SmsMessageStatus;
    }>(
      await manager.query(
        `UPDATE ${S}.sms_message m
            SET ${set.join(', ')}, version = m.version + 1, updated_at = now()
           ${from}
          WHERE ${where.join(' AND ')}
          RETURNING m.id, m.attempts, m.provider, m.mobile_encrypted, m.mobile_index, m.body, m.variables,
                    m.template_code, m.recipient_role, ${single ? 'p.previous_status' : 'NULL AS previous_status'}`,
        params,
      ),
    );
    return rows.map((row) => ({
      id: row.id,
      attempts: row.attempts,
      provider: row.provider,
      mobileEncrypted: row.mobile_encrypted,
      mobileIndex: row.mobile_index,
      body: row.body,
      variables: row.variables,
      templateCode: row.template_code,
      recipientRole: row.recipient_role,
      resumed: request.action === SmsMessageAction.CLAIM && row.previous_status === SmsMessageStatus.SENDING,
    }));
  }

  private plan(request: SmsTransitionRequest, next: (value: unknown) => string): Plan {
    const M = SmsMessageStatus;
    const claimed = (r: Claimed): string => `m.claim_token = ${next(r.claimToken)}`;
    const stale = (ms: number): string => `make_interval(secs => ${next(ms)}::double precision / 1000)`;
    switch (request.action) {
      case SmsMessageAction.CLAIM:
        return {
          to: M.SENDING,
          patch: { claimToken: request.claimToken, notBefore: null },
          stamps: [
            'claimed_at = now()',
            `provider = CASE WHEN m.status = 'SENDING' AND m.provider IS NOT NULL THEN m.provider ELSE ${next(request.provider)} END`,
            'attempts = m.attempts + 1',
          ],
          // CREATED, or a dead worker's claim: SENDING, no answer recorded, older than claimStaleMs.
          where: [
            `(m.status = 'CREATED' OR (m.sent_at IS NULL AND m.claimed_at < now() - ${stale(request.claimStaleMs)}))`,
          ],
        };
      case SmsMessageAction.RECORD_ACCEPTED:
        return {
          to: request.delivered ? M.DELIVERED : M.SENDING,
          patch: { providerReference: request.providerReference, failureReason: null },
          stamps: [
            'sent_at = now()',
            ...(request.delivered ? ['completed_at = now()'] : ['completed_at = NULL']),
          ],
          where: [claimed(request)],
        };
      case SmsMessageAction.RECORD_REFUSED:
        return {
          to: request.to,
          patch: { failureReason: request.reason },
          stamps: ['sent_at = now()', 'completed_at = now()'],
          where: [claimed(request)],
        };
      case SmsMessageAction.RETRY_LATER:
        return {
          to: M.CREATED,
          patch: {
            provider: null,
            claimToken: null,
            failureReason: request.reason,
            notBefore: request.notBefore,
          },
          stamps: [],
          where: [claimed(request)],
        };
      case SmsMessageAction.GIVE_BACK:
        // Either way the attempt is not counted: no provider was asked.
        return request.resumed
          ? {
              to: M.SENDING,
              patch: { claimToken: null, failureReason: request.reason, notBefore: null },
              stamps: [
                `claimed_at = ${next(request.at)}::timestamptz - ${stale(request.claimStaleMs)}`,
                'attempts = m.attempts - 1',
              ],
              where: [claimed(request)],
            }
          : {
              to: M.CREATED,
              patch: {
                provider: null,
                claimToken: null,
                failureReason: request.reason,
                notBefore: request.at,
              },
              stamps: ['attempts = m.attempts - 1'],
              where: [claimed(request)],
            };
      case SmsMessageAction.RETRY_SAME_PROVIDER:
        return {
          to: 'KEEP',
          patch: { failureReason: request.reason },
          stamps: [`claimed_at = now() - ${stale(request.claimStaleMs)}`],
          where: [claimed(request)],
        };
      case SmsMessageAction.GIVE_UP:
        return {
          to: M.TECHNICAL_FAILURE,
          patch: { failureReason: request.reason },
          stamps: ['completed_at = now()'],
          where: [claimed(request)],
        };
      case SmsMessageAction.RECEIPT:
        return {
          to: request.to,
          patch: { failureReason: request.reason },
          stamps: ['completed_at = now()', 'sent_at = COALESCE(m.sent_at, now())'],
          where: [`m.provider = ${next(request.provider)}`],
        };
      case SmsMessageAction.RECEIPT_TIMED_OUT:
        return {
          to: M.TEMPORARY_FAILURE,
          patch: { failureReason: 'no delivery receipt in time' },
          stamps: ['completed_at = now()'],
          where: [`m.sent_at < now() - ${stale(request.receiptTimeoutMs)}`],
        };
    }
  }

  /** The worker records the provider before calling it (the claim still its own); not a move. */
  async recordProvider(
    manager: EntityManager,
    id: string,
    claimToken: string,
    provider: string,
  ): Promise<boolean> {
    const rows = updatedRows(
      await manager.query(
        `UPDATE ${S}.sms_message SET provider = $3, updated_at = now()
          WHERE id = $1 AND claim_token = $2 AND status = 'SENDING' RETURNING id`,
        [id, claimToken, provider],
      ),
    );
    return rows.length > 0;
  }

  /** Where a message stands, for a worker whose claim did not match. */
  async progress(
    manager: EntityManager,
    id: string,
  ): Promise<Pick<SmsMessage, 'status' | 'sentAt' | 'claimedAt'> | undefined> {
    const rows: Array<{ status: SmsMessageStatus; sent_at: Date | null; claimed_at: Date | null }> =
      await manager.query(`SELECT status, sent_at, claimed_at FROM ${S}.sms_message WHERE id = $1`, [id]);
    const row = rows[0];
    return row && { status: row.status, sentAt: row.sent_at, claimedAt: row.claimed_at };
  }

  /**
   * Messages that should be moving and are not: CREATED past `createdStaleMs` and not waiting for
   * a rate-limit window or backoff; SENDING claimed by a worker that died before the provider answered.
   */
  async stuck(
    manager: EntityManager,
    createdStaleMs: number,
    claimStaleMs: number,
    limit: number,
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM ${S}.sms_message
        WHERE (status = 'CREATED'
               AND COALESCE(not_before, updated_at) < now() - make_interval(secs => $1::double precision / 1000))
           OR (status = 'SENDING' AND sent_at IS NULL
               AND claimed_at < now() - make_interval(secs => $2::double precision / 1000))
        ORDER BY updated_at LIMIT $3`,
      [createdStaleMs, claimStaleMs, limit],
    );
    return rows.map((r) => r.id);
  }

  /** `sms_messages{status, provider}` at scrape time. */
  async countByStatusAndProvider(
    manager: EntityManager,
  ): Promise<Array<{ status: string; provider: string; messages: number }>> {
    return manager.query(
      `SELECT status, COALESCE(provider, 'none') AS provider, count(*)::int AS messages
         FROM ${S}.sms_message GROUP BY 1, 2`,
    );
  }

  /** A page of the list: `where` is the caller's scope and filters on this table's columns, with `params`. */
  async page<Row>(
    manager: EntityManager,
    columns: string,
    where: readonly string[],
    params: readonly unknown[],
    limit: number,
  ): Promise<Row[]> {
    return manager.query(
      `SELECT ${columns} FROM ${S}.sms_message WHERE ${where.join(' AND ')}
        ORDER BY created_at DESC, id DESC LIMIT $${params.length + 1}`,
      [...params, limit],
    );
  }

  /** One message by id (locked until commit when `lock`). */
  async byId<Row>(
    manager: EntityManager,
    columns: string,
    id: string,
    lock = false,
  ): Promise<Row | undefined> {
    const rows: Row[] = await manager.query(
      `SELECT ${columns} FROM ${S}.sms_message WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0];
  }

  async wasResent(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM ${S}.sms_message WHERE resend_of = $1`, [id]);
    return rows.length > 0;
  }
}
