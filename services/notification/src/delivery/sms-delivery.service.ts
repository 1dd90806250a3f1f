import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DelayedError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { PiiCipher } from '@points/crypto';
import { smsSendAttemptsTotal } from '@points/observability';
import { SmsMessageRepository, type MovedMessage } from '../messages/sms-message.repository';
import { MESSAGE_MOBILE_AAD, SmsMessageStatus } from '../messages/sms-message-status.enum';
import { SmsMessageAction } from '../messages/sms-message-transitions';
import { SmsProviderError, type SmsProvider, type SmsSendResult } from '../providers/sms-provider.interface';
import { SmsProviderRegistry } from '../providers/sms-provider.registry';
import { SMS_SETTINGS, type SmsSettings } from '../providers/sms-settings';
import { ProviderHealth } from './provider-health';
import type { SendSmsJobData } from './send-sms.job';
import { SmsRateLimiter } from './sms-rate-limiter';

/** Test seams; never provided in production. */
export interface SmsDeliveryHooks {
  /** Runs after the provider answered and before the answer is written (a crash there is the hard case). */
  afterProviderCall?: (messageId: string) => Promise<void>;
}
export const SMS_DELIVERY_HOOKS = Symbol('SMS_DELIVERY_HOOKS');

interface Claim {
  token: string;
  attempts: number;
  /** The provider to ask first: the chosen one, or a dead worker's (which may have the message). */
  provider: string;
  /** Taken over from a dead worker: the provider may have it, so never go back to CREATED. */
  resumed: boolean;
  message: MovedMessage;
}

type Chosen = { provider: SmsProvider; penalty: number } | 'RATE_LIMITED' | null;

/**
 * Sends one message: the worker's whole job. The row is claimed with a conditional UPDATE
 * (CREATED → SENDING, or a dead worker's stale SENDING claim), the provider is recorded before it
 * is called and gets the message id as idempotency key, and every later write is guarded by the
 * claim token and status, so a second worker or a late receipt can never be overwritten.
 */
@Injectable()
export class SmsDeliveryService {
  private readonly logger = new Logger(SmsDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SMS_SETTINGS) private readonly settings: SmsSettings,
    private readonly registry: SmsProviderRegistry,
    private readonly health: ProviderHealth,
    private readonly limiter: SmsRateLimiter,
    private readonly cipher: PiiCipher,
    private readonly messages: SmsMessageRepository,
    @Optional() @Inject(SMS_DELIVERY_HOOKS) private readonly hooks?: SmsDeliveryHooks,
  ) {}

  async process(job: Job<SendSmsJobData>, token: string | undefined): Promise<string> {
    const id = job.data.messageId;
    // Choose first, so the claim records the provider in the same UPDATE (one round trip less).
    const chosen = await this.choose(new Set());
    if (chosen === 'RATE_LIMITED') return this.delay(job, token, Date.now() + 1_000);
    if (chosen === null) throw new Error('no SMS provider is configured');

    const claim = await this.claim(id, chosen.provider.name);
    if (!claim) return this.notClaimed(job, token, id);

    const freeAt = await this.limiter.reserveMobile(
      claim.message.mobileIndex,
      id,
      claim.message.recipientRole,
    );
    if (freeAt > 0) {
      // Over the per-number limit: wait (in BullMQ's delayed set) until the window frees.
      return this.giveBack(
        job,
        token,
        claim,
        'rate limit of this number',
        freeAt + Math.floor(Math.random() * 1000),
      );
    }
    const penalty = claim.provider === chosen.provider.name ? chosen.penalty : 1;
    return this.sendClaimed(job, token, claim, penalty);
  }

  /** Why the claim did not match, and what to do about it. */
  private async notClaimed(job: Job, token: string | undefined, id: string): Promise<string> {
    const message = await this.messages.progress(this.dataSource.manager, id);
    if (!message) return 'gone';
    if (message.status === SmsMessageStatus.SENDING && !message.sentAt) {
      // Another worker holds a live claim (e.g. this job stalled and came back): check again later.
      const staleAt = (message.claimedAt?.getTime() ?? 0) + this.settings.claimStaleMs;
      return this.delay(job, token, Math.max(staleAt, Date.now()) + 50);
    }
    if (message.status === SmsMessageStatus.CREATED) return this.delay(job, token, Date.now() + 100);
    return 'final';
  }

  private async sendClaimed(
    job: Job<SendSmsJobData>,
    token: string | undefined,
    claim: Claim,
    firstPenalty: number,
  ): Promise<string> {
    const { message } = claim;
    const request = {
      messageId: message.id,
      mobile: this.cipher.decrypt(message.mobileEncrypted, MESSAGE_MOBILE_AAD),
      body: message.body,
      templateCode: message.templateCode,
      variables: Object.fromEntries(message.variables),
    };
    const failedHere = new Set<string>();
    // The claim recorded a provider: the chosen one, or the one a dead worker may have reached.
    const recordedEntry = this.registry.get(claim.provider);
    let next: Chosen = recordedEntry ? { provider: recordedEntry.provider, penalty: firstPenalty } : null;
    if (!recordedEntry) failedHere.add(claim.provider); // no longer configured: only others can help
    for (;;) {
      let chosen: Chosen;
      if (next) {
        chosen = next;
        next = null;
      } else {
        chosen = await this.choose(failedHere);
        if (chosen !== 'RATE_LIMITED' && chosen !== null) {
          // Record the provider before calling it: a worker that dies during the call leaves a
          // row that says whom to ask again with the same idempotency key.
          const recorded = await this.messages.recordProvider(
            this.dataSource.manager,
            message.id,
            claim.token,
            chosen.provider.name,
          );
          if (!recorded) return 'claim-lost';
        }
      }
      if (chosen === 'RATE_LIMITED')
        return this.giveBack(job, token, claim, 'every provider is at its rate limit', Date.now() + 1_000);
      if (chosen === null)
        return this.retryLater(job, token, claim, `no provider took it (${[...failedHere].join(', ')})`);
      const { provider, penalty } = chosen;

      let result: SmsSendResult;
      try {
        result = await provider.send(request);
        smsSendAttemptsTotal.inc({ provider: provider.name, outcome: result.outcome.toLowerCase() });
      } catch (error) {
        smsSendAttemptsTotal.inc({ provider: provider.name, outcome: 'error' });
        if (!(error instanceof SmsProviderError)) throw error;
        await this.health.recordFailure(provider.name);
        this.logger.warn(`provider ${provider.name} failed for ${message.id}: ${error.message}`);
        // After a timeout, or when resuming a dead worker's call, the provider may have the
        // message: only it may be asked again (same key); failing over could send it twice.
        if (error.ambiguous || (claim.resumed && provider.name === claim.provider))
          return this.retrySameProvider(job, token, claim, error.message);
        failedHere.add(provider.name);
        continue;
      }
      await this.hooks?.afterProviderCall?.(message.id);
      await this.health.recordSuccess(provider.name, penalty);
      await this.record(message.id, claim, result);
      return result.outcome;
    }
  }

  /**
   * CREATED → SENDING, or takes over a dead worker's claim (SENDING, no answer recorded, older
   * than claimStaleMs). A taken-over claim keeps its provider: it may already have the message.
   */
  private async claim(id: string, provider: string): Promise<Claim | null> {
    const token = randomUUID();
    const [row] = await this.messages.transition(this.dataSource.manager, {
      action: SmsMessageAction.CLAIM,
      id,
      claimToken: token,
      provider,
      claimStaleMs: this.settings.claimStaleMs,
    });
    return row
      ? {
          token,
          attempts: row.attempts,
          provider: row.provider ?? provider,
          resumed: row.resumed,
          message: row,
        }
      : null;
  }

  private async record(id: string, claim: Claim, result: SmsSendResult): Promise<void> {
    const updated = await this.messages.transition(
      this.dataSource.manager,
      result.outcome === 'ACCEPTED'
        ? {
            action: SmsMessageAction.RECORD_ACCEPTED,
            id,
            claimToken: claim.token,
            delivered: result.delivered,
            providerReference: result.reference,
          }
        : {
            action: SmsMessageAction.RECORD_REFUSED,
            id,
            claimToken: claim.token,
            to: SmsMessageStatus[result.outcome],
            reason: result.reason,
          },
    );
    // None moved: a receipt got there first (already final) or the claim was taken over; both fine.
    if (updated.length === 0) this.logger.debug(`message ${id}: answer not recorded, row moved on`);
  }

  /** Back to CREATED after a backoff, or TECHNICAL_FAILURE when the attempts are used up. */
  private async retryLater(
    job: Job,
    token: string | undefined,
    claim: Claim,
    reason: string,
  ): Promise<string> {
    if (claim.attempts >= this.settings.maxAttempts)
      return this.technicalFailure(job.data as SendSmsJobData, claim, reason);
    const at = Date.now() + this.backoff(claim.attempts);
    await this.messages.transition(this.dataSource.manager, {
      action: SmsMessageAction.RETRY_LATER,
      id: (job.data as SendSmsJobData).messageId,
      claimToken: claim.token,
      reason,
      notBefore: new Date(at),
    });
    return this.delay(job, token, at);
  }

  /** Rate-limited before any call: back to CREATED until `at`, without using up an attempt. */
  private async giveBack(
    job: Job,
    token: string | undefined,
    claim: Claim,
    reason: string,
    at: number,
  ): Promise<string> {
    // A taken-over claim stays SENDING with its provider, resumable from `at`; a fresh one goes
    // back to CREATED. Either way the attempt is not counted: no provider was asked.
    await this.messages.transition(this.dataSource.manager, {
      action: SmsMessageAction.GIVE_BACK,
      id: claim.message.id,
      claimToken: claim.token,
      reason,
      at: new Date(at),
      resumed: claim.resumed,
      claimStaleMs: this.settings.claimStaleMs,
    });
    return this.delay(job, token, at);
  }

  /**
   * The provider may have the message (timeout): keep it SENDING with that provider and make the
   * claim resumable after the backoff, so the retry asks the same provider with the same key.
   */
  private async retrySameProvider(
    job: Job,
    token: string | undefined,
    claim: Claim,
    reason: string,
  ): Promise<string> {
    if (claim.attempts >= this.settings.maxAttempts)
      return this.technicalFailure(job.data as SendSmsJobData, claim, reason);
    const at = Date.now() + this.backoff(claim.attempts);
    await this.messages.transition(this.dataSource.manager, {
      action: SmsMessageAction.RETRY_SAME_PROVIDER,
      id: (job.data as SendSmsJobData).messageId,
      claimToken: claim.token,
      reason,
      claimStaleMs: this.settings.claimStaleMs,
    });
    return this.delay(job, token, at);
  }

  private async technicalFailure(data: SendSmsJobData, claim: Claim, reason: string): Promise<string> {
    await this.messages.transition(this.dataSource.manager, {
      action: SmsMessageAction.GIVE_UP,
      id: data.messageId,
      claimToken: claim.token,
      reason: `after ${claim.attempts} attempts: ${reason}`,
    });
    return SmsMessageStatus.TECHNICAL_FAILURE;
  }

  /** Weighted random choice among healthy-enough providers not yet failed in this attempt. */
  private async choose(exclude: ReadonlySet<string>): Promise<Chosen> {
    const candidates = this.registry.all().filter((p) => !exclude.has(p.settings.name));
    if (candidates.length === 0) return null;
    const penalties = await this.health.penalties(candidates.map((c) => c.settings.name));
    let rateLimited = false;
    const pool = candidates.map((c) => {
      const penalty = penalties.get(c.settings.name) ?? 0;
      return { entry: c, penalty, weight: ProviderHealth.effectiveWeight(c.settings.weight, penalty) };
    });
    while (pool.length > 0) {
      const total = pool.reduce((sum, p) => sum + p.weight, 0);
      let pick = Math.random() * total;
      let index = pool.findIndex((p) => (pick -= p.weight) < 0);
      if (index < 0) index = pool.length - 1;
      const [picked] = pool.splice(index, 1);
      if (!picked) break;
      if (
        await this.limiter.takeProviderSlot(picked.entry.settings.name, picked.entry.settings.ratePerSecond)
      ) {
        return { provider: picked.entry.provider, penalty: picked.penalty };
      }
      rateLimited = true;
    }
    return rateLimited ? 'RATE_LIMITED' : null;
  }

  private backoff(attempts: number): number {
    const exponential = this.settings.backoffMs * 2 ** Math.max(0, attempts - 1);
    return Math.min(this.settings.maxBackoffMs, exponential);
  }

  /** Parks the job in BullMQ's delayed set until `at` (not a failure: attempts are not used). */
  private async delay(job: Job, token: string | undefined, at: number): Promise<never> {
    await job.moveToDelayed(Math.ceil(at), token);
    throw new DelayedError();
  }
}
