export * from './env.ts';
export * from './client.ts';
export * from './migrate.ts';
export * from './district-records.ts';
export * from './quarantine.ts';
export * from './runs.ts';
export * from './cursors.ts';
export * from './member-units.ts';
