import type { NextFunction, Request, Response } from 'express';
import type IORedis from 'ioredis';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AuthUser } from '@points/auth';

export interface RateLimitSettings {
  /** Namespace of the Redis counters (the platform's REDIS_PREFIX). */
  prefix: string;
  /** Requests per minute from one client address; 0 turns the limit off. */
  perClientPerMinute: number;
  /** Requests per minute for one logged-in account, from wherever it calls; 0 turns it off. */
  perAccountPerMinute: number;
}

/** The client address: the socket's, or X-Forwarded-For's as far as `trust proxy` (the configured proxies) allows. */
export function clientAddressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

const WINDOW_MS = 60_000;

/**
 * Both counters of a request in one Redis round trip (issue 18: two limiters were two): each key
 * is a fixed one-minute window, counted by INCR and given its expiry on its first request, as
 * rate-limiter-flexible's RateLimiterRedis does. Answers, per key, the count and the ms left.
 */
const CONSUME_SCRIPT = `
local answer = {}
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('PEXPIRE', key, ARGV[1])
    ttl = tonumber(ARGV[1])
  end
  answer[#answer + 1] = count
  answer[#answer + 1] = ttl
end
return answer`;

type ConsumingRedis = IORedis & {
  pointsConsumeRateLimits(...args: Array<string | number>): Promise<number[]>;
};

interface Check {
  /** The client address or the account id. */
  id: string;
  key: string;
  points: number;
  memory: RateLimiterMemory;
}

/**
 * Rate limits per client address and per account (quality.md, "Gateway limits"). With Redis the
 * counters are shared by every gateway replica; without it (a single local gateway) they live in
 * memory. If Redis is unreachable the in-memory limiter stands in rather than failing requests.
 */
export function createRateLimiter(
  settings: RateLimitSettings,
  redis: IORedis | undefined,
  userOf: (req: Request) => AuthUser | undefined,
): (req: Request, res: Response, next: NextFunction) => void {
  const memoryOf = (keyPrefix: string, points: number): RateLimiterMemory | undefined =>
    points > 0 ? new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_MS / 1000 }) : undefined;
  const clientPrefix = `${settings.prefix}:gateway:rl:client`;
  const accountPrefix = `${settings.prefix}:gateway:rl:account`;
  const perClient = memoryOf(clientPrefix, settings.perClientPerMinute);
  const perAccount = memoryOf(accountPrefix, settings.perAccountPerMinute);
  if (redis && !('pointsConsumeRateLimits' in redis)) {
    // EVALSHA with the script's hash, EVAL once if Redis does not know it yet (ioredis).
    redis.defineCommand('pointsConsumeRateLimits', { lua: CONSUME_SCRIPT });
  }

  /** Ms until the first refusing window ends, or undefined when every count is within its allowance. */
  const consume = async (checks: Check[]): Promise<number | undefined> => {
    if (redis) {
      try {
        const answer = await (redis as ConsumingRedis).pointsConsumeRateLimits(
          checks.length,
          ...checks.map((c) => c.key),
          WINDOW_MS,
        );
        let refusedFor: number | undefined;
        checks.forEach((check, i) => {
          const count = Number(answer[2 * i]);
          const msLeft = Number(answer[2 * i + 1]);
          if (count > check.points) refusedFor = Math.max(refusedFor ?? 0, msLeft);
        });
        return refusedFor;
      } catch {
        // Redis away: the in-memory counters stand in (the insurance limiter of before).
      }
    }
    const outcomes = await Promise.allSettled(checks.map((c) => c.memory.consume(c.id)));
    let refusedFor: number | undefined;
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected' && outcome.reason instanceof RateLimiterRes)
        refusedFor = Math.max(refusedFor ?? 0, outcome.reason.msBeforeNext);
      else if (outcome.status === 'rejected') throw outcome.reason;
    }
    return refusedFor;
  };

  return (req, res, next) => {
    const user = userOf(req);
    const checks: Check[] = [];
    if (perClient) {
      const id = clientAddressOf(req);
      checks.push({
        id,
        key: `${clientPrefix}:${id}`,
        points: settings.perClientPerMinute,
        memory: perClient,
      });
    }
    if (perAccount && user) {
      const id = user.sub;
      checks.push({
        id,
        key: `${accountPrefix}:${id}`,
        points: settings.perAccountPerMinute,
        memory: perAccount,
      });
    }
    if (checks.length === 0) return next();
    consume(checks).then(
      (refusedFor) => {
        if (refusedFor === undefined) return next();
        const retryAfter = Math.max(1, Math.ceil(refusedFor / 1000));
        res.setHeader('Retry-After', String(retryAfter));
        res.status(429).json({
          errors: [
            {
              message: `Too many requests: try again in ${retryAfter} s`,
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
            },
          ],
        });
      },
      (error: unknown) => next(error),
    );
  };
}
