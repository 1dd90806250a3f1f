export * from './logger';
export * from './metrics';
export * from './health';
export * from './heartbeat';
export * from './operation-metrics.plugin';
export * from './tracing';
