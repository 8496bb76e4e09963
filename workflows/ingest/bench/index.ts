// The ingest benchmark's parts, for the root `pnpm bench` (infra/dev/stack/src/bench.ts).
export { benchDistrictRecords } from './district-records.ts';
export { benchDemandEvents } from './demand-events.ts';
