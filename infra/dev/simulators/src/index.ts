// Stand-ins for the source systems (sources.md), speaking their formats
// exactly, with realistic demo data and switchable faults: for tests,
// benchmarks and the dev stack.
export * from './district-api/server.ts';
export * from './demo-data/district.ts';
export { POISON_KINDS as DISTRICT_API_POISON_KINDS } from './district-api/poison.ts';
export { startDemandPlatformSimulator, type DemandPlatformOptions, type DemandPlatformSimulator } from './demand-platform/server.ts';
export type { DemandFaults } from './demand-platform/faults.ts';
export { POISON_KINDS as DEMAND_POISON_KINDS, type PoisonKind as DemandPoisonKind } from './demand-platform/poison.ts';
export { DemandFeed } from './demand-platform/feed.ts';
export type { WireDemandEvent } from './demand-platform/wire.ts';
export * from './district-files/drop.ts';
export * from './district-files/days.ts';
export { DEFAULT_FILE_POISON, filePoisonKinds } from './district-files/poison.ts';
export type { CellStyle, DateForm } from './district-files/cells.ts';
export type { LayoutStyle } from './district-files/layout.ts';
export type { FileEncoding } from './district-files/write-csv.ts';
export * from './district-files/demo-drops.ts';
export * from './member-portal/demo-members.ts';
export * from './member-portal/submit.ts';
export { serveLoopback, type LoopbackServer } from './http-server.ts';
export * as demandVocabulary from './demand-platform/vocabulary.ts';
