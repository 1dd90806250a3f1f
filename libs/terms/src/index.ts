export * from './enum-terms';
export * from './history-terms';
