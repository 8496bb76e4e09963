// What the member portal, the submissions API, the operations console and the
// member-inbox ingestion use: submissions (audit log and inbox), their loading
// into the member tables, member credentials for sessions, and operators.
export * from './submissions.ts';
export * from './member-loads.ts';
export * from './member-credentials.ts';
export * from './operators.ts';
