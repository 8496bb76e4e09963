// @liaison/schemas: the single source of truth for record shapes, shared by
// connectors, the pipeline, the submissions API and the member portal form.
// Browser-safe: no Node built-ins anywhere below.
export * from './reference/codes.ts';
export * from './uscc.ts';
export * from './scalars.ts';
export * as fields from './fields.ts';
export * from './issues.ts';
export * from './records.ts';
export * from './file-cells.ts';
export * from './file-rows.ts';
export * from './demand-events.ts';
export * from './demand-fold.ts';
export * from './submissions.ts';
export * from './redact.ts';
export * from './cron.ts';
export * from './sources-config.ts';
export * from './validate.ts';
export * from './export/csv.ts';
export * from './run-error-kind.ts';
