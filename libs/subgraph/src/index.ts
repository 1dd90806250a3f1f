export * from './subgraph.tokens';
export * from './graphql-error.formatter';
export * from './outbox.service';
export * from './event-consumer.service';
export * from './subgraph-core.module';
export * from './bootstrap';
export * from './subgraph-telemetry.service';
export * from './worker-telemetry.service';
