export * from './enum-terms';
export * from './history-terms';
export * from './error-terms';
