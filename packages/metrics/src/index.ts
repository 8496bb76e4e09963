export * from './rate.ts';
export * from './filters.ts';
export * from './freshness.ts';
export * from './coverage.ts';
export * from './metrics.ts';
export * from './definitions.ts';
