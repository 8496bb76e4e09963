// Connectors: each source family turned into validated records and a cursor,
// with typed errors that say whether a retry can help. No Temporal, no ClickHouse.
export * from './errors.ts';
export * from './types.ts';
export * from './district-api/index.ts';
export * from './demand-platform/index.ts';
