// @liaison/config: every setting of the platform, defined once. Each parser
// takes an env object (default: the process environment) and throws a
// ConfigError naming the variable it cannot use.
export * from './config-error.ts';
export * from './process-env.ts';
export * from './repo-root.ts';
export * from './clickhouse.ts';
export * from './temporal.ts';
export * from './sources.ts';
export * from './log-level.ts';
export * from './public-url.ts';
export * from './ingest.ts';
export * from './dashboard.ts';
export * from './session-secret.ts';
export * from './owned-child.ts';
