// The bottom of the test helpers: a database, a Redis prefix and a polling wait, using no workspace
// lib, so every lib's own suites (libs/db's included) can use them without a cycle in the project
// graph. The app-level helpers (a booted subgraph, tokens, events) are in @points/testing.
export * from './test-database';
