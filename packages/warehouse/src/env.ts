// The ClickHouse connection settings the warehouse is opened with. They are
// parsed from the environment by @liaison/config (parseClickHouseEnv), the one
// place settings are defined; the warehouse only takes the parsed result.
export type { ClickHouseSettings } from '@liaison/config';
