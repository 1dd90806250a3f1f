// Re-exported so suites keep one import for every helper; the lib below has them.
export * from '@points/test-infra';
export * from './test-tokens';
export * from './graphql-client';
export * from './subgraph-test-app';
export * from './operation-rules';
export * from './deliver-event';
export * from './pdf-text';
export * from './pdf-qr';
export * from './write-paths';
export * from './statements';
export * from './process-cpu';
