export * from './data-source.factory';
export * from './outbox/outbox-inbox.tables';
export * from './outbox/outbox';
export * from './outbox/outbox-relay';
export * from './inbox/event-consumer';
export * from './redis-connection';
export * from './drain-loop';
export * from './keyset-cursor';
