import type { NextFunction, Request, Response } from 'express';
import type IORedis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
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
  const limiter = (keyPrefix: string, points: number): RateLimiterAbstract | undefined => {
    if (points <= 0) return undefined;
    const options = { keyPrefix, points, duration: 60 };
    const memory = new RateLimiterMemory(options);
    return redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory })
      : memory;
  };
  const perClient = limiter(`${settings.prefix}:gateway:rl:client`, settings.perClientPerMinute);
  const perAccount = limiter(`${settings.prefix}:gateway:rl:account`, settings.perAccountPerMinute);

  return (req, res, next) => {
    const user = userOf(req);
    const checks: Array<Promise<RateLimiterRes>> = [];
    if (perClient) checks.push(perClient.consume(clientAddressOf(req)));
    if (perAccount && user) checks.push(perAccount.consume(user.sub));
    Promise.all(checks).then(
      () => next(),
      (refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
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
    );
  };
}
