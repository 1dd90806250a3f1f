/** Injection tokens every subgraph shares. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');
