import { Inject, Injectable } from '@nestjs/common';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { SMS_SETTINGS, type SmsSettings } from '../providers/sms-settings';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Sliding windows per number (sorted sets of message ids, scored by time), checked and reserved
 * in one Lua call so concurrent workers cannot both take the last slot. A message keeps its
 * reservation across retries (ZSCORE): a retry is not a new SMS to the person.
 * Returns 0 when the message may go now, else the epoch ms when a slot frees.
 */
const RESERVE_MOBILE = `
local now = tonumber(ARGV[1])
local hourMs = tonumber(ARGV[5])
local dayMs = tonumber(ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - hourMs)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - dayMs)
if redis.call('ZSCORE', KEYS[2], ARGV[2]) then return 0 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + hourMs
end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + dayMs
end
redis.call('ZADD', KEYS[1], now, ARGV[2])
redis.call('ZADD', KEYS[2], now, ARGV[2])
redis.call('PEXPIRE', KEYS[1], hourMs)
redis.call('PEXPIRE', KEYS[2], dayMs)
return 0
`;

/** A fixed one-second window per provider: INCR, expire, compare. */
const TAKE_PROVIDER_SLOT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], 2000) end
if n > tonumber(ARGV[1]) then return 0 end
return 1
`;

@Injectable()
export class SmsRateLimiter {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(SMS_SETTINGS) private readonly settings: SmsSettings,
  ) {
    this.prefix = `${config.redisPrefix}:notification:rl`;
  }

  /**
   * Reserves a slot for this message to this number (by blind index); 0 or when to try again.
   * An HR contact's number counts in its own windows with the HR limits: the same phone as an
   * applicant (an HR person applying for themself) keeps a person's limits for those messages.
   */
  async reserveMobile(
    mobileIndex: string,
    messageId: string,
    recipientRole: 'EMPLOYER_HR' | 'APPLICANT' = 'APPLICANT',
    now = Date.now(),
  ): Promise<number> {
    const hr = recipientRole === 'EMPLOYER_HR';
    const limits = hr ? this.settings.perHrMobile : this.settings.perMobile;
    const key = `${this.prefix}:${hr ? 'hr-mobile' : 'mobile'}:${mobileIndex}`;
    const result = await this.redis.eval(
      RESERVE_MOBILE,
      2,
      `${key}:hour`,
      `${key}:day`,
      now,
      messageId,
      limits.perHour,
      limits.perDay,
      HOUR_MS,
      DAY_MS,
    );
    return Number(result);
  }

  /** Whether the provider may take one more message this second (0 per second = unlimited). */
  async takeProviderSlot(provider: string, perSecond: number, now = Date.now()): Promise<boolean> {
    if (perSecond <= 0) return true;
    const second = Math.floor(now / 1000);
    const result = await this.redis.eval(
      TAKE_PROVIDER_SLOT,
      1,
      `${this.prefix}:provider:${provider}:${second}`,
      perSecond,
    );
    return Number(result) === 1;
  }
}
