export * from './test-database';
export * from './test-tokens';
export * from './graphql-client';
export * from './subgraph-test-app';
export * from './operation-rules';
export * from './deliver-event';
export * from './pdf-text';
export * from './write-paths';
