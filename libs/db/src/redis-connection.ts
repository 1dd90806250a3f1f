import IORedis, { type RedisOptions } from 'ioredis';

/**
 * An ioredis connection for BullMQ. Workers block on Redis, so `maxRetriesPerRequest` must be
 * null; ioredis keeps reconnecting on its own when Redis restarts.
 */
export function createRedisConnection(url: string, options: RedisOptions = {}): IORedis {
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}
