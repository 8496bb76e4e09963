// Public surface of @liaison/temporal-dev: obtain the pinned Temporal CLI and
// run its dev server, directly or through @temporalio/testing.
export { obtainTemporalCli, defaultCliWays, type ObtainCliOptions } from './obtain-cli.ts';
export { TemporalCliUnavailableError, runWays, type CliWay, type WayContext, type WayFailure } from './cli-ways.ts';
export { PINNED_TEMPORAL_CLI_VERSION, parseCliVersion, probeCliVersion } from './cli-version.ts';
export { defaultDbFile, startTemporalDevServer, type DevServer, type DevServerOptions } from './dev-server.ts';
export { createTestEnvironment, localTestEnvironmentOptions } from './test-env.ts';
export { findRepoRoot } from './repo-root.ts';
export { cachedWay, envPathWay, onPathWay } from './ways-local.ts';
export { pypiWay } from './way-pypi.ts';
export { goModuleWay } from './way-go.ts';
export { sdkDownloadWay } from './way-sdk.ts';
export { spawnOwned, type OwnedChild, type SpawnOptions } from '@liaison/config';
export { freePorts } from './free-port.ts';
