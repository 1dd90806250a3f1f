import { Inject, Injectable } from '@nestjs/common';
import type IORedis from 'ioredis';
import type { ServiceConfig } from '@points/config';
import { REDIS_CONNECTION, SERVICE_CONFIG } from '@points/subgraph';
import { SMS_SETTINGS, type SmsSettings } from '../providers/sms-settings';

/**
 * Penalty in [0, 1] per provider, in Redis so every worker replica shares it. A failure moves it
 * halfway to 1, a success halves it, and it decays with a half-life: a provider that failed gets
 * less traffic at once and its share comes back over time (or sooner, as probes succeed).
 */
const UPDATE = `
local now = tonumber(ARGV[1])
local halfLife = tonumber(ARGV[2])
local p = tonumber(redis.call('HGET', KEYS[1], 'p') or '0')
local at = tonumber(redis.call('HGET', KEYS[1], 'at') or ARGV[1])
p = p * math.pow(0.5, math.max(0, now - at) / halfLife)
if ARGV[3] == 'fail' then p = 1 - (1 - p) * 0.5 else p = p * 0.5 end
redis.call('HSET', KEYS[1], 'p', tostring(p), 'at', ARGV[1])
redis.call('PEXPIRE', KEYS[1], halfLife * 20)
return tostring(p)
`;

/** Floor of a penalised weight: a failing provider is still probed now and then. */
const MIN_HEALTH = 0.02;

@Injectable()
export class ProviderHealth {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: IORedis,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(SMS_SETTINGS) private readonly settings: SmsSettings,
  ) {
    this.prefix = `${config.redisPrefix}:notification:provider-health`;
  }

  async recordFailure(provider: string): Promise<number> {
    return Number(
      await this.redis.eval(
        UPDATE,
        1,
        this.key(provider),
        Date.now(),
        this.settings.healthHalfLifeMs,
        'fail',
      ),
    );
  }

  async recordSuccess(provider: string, knownPenalty: number): Promise<void> {
    // Healthy providers (the usual case) cost no write.
    if (knownPenalty < 0.001) return;
    await this.redis.eval(UPDATE, 1, this.key(provider), Date.now(), this.settings.healthHalfLifeMs, 'ok');
  }

  /** Current penalties, decayed to now. */
  async penalties(providers: readonly string[], now = Date.now()): Promise<Map<string, number>> {
    const pipeline = this.redis.pipeline();
    for (const name of providers) pipeline.hmget(this.key(name), 'p', 'at');
    const results = (await pipeline.exec()) ?? [];
    const penalties = new Map<string, number>();
    providers.forEach((name, i) => {
      const [p, at] = (results[i]?.[1] as Array<string | null> | undefined) ?? [];
      const base = Number(p ?? 0);
      const elapsed = Math.max(0, now - Number(at ?? now));
      penalties.set(name, base * Math.pow(0.5, elapsed / this.settings.healthHalfLifeMs));
    });
    return penalties;
  }

  /** The weight a provider gets now. */
  static effectiveWeight(weight: number, penalty: number): number {
    return weight * Math.max(MIN_HEALTH, 1 - penalty);
  }

  private key(provider: string): string {
    return `${this.prefix}:${provider}`;
  }
}
