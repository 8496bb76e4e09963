// The ordered "ways" of obtaining the Temporal CLI and the runner that tries
// them in turn. Kept free of I/O so the ordering and error reporting can be
// tested with fake ways.

/** What every way gets: the pinned version, where the project caches the binary, and a logger. */
export interface WayContext {
  version: string;
  /** `<repo>/.tools/temporal/<version>/temporal` (or a temp-dir fallback outside a workspace). */
  cacheFile: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/** One way of obtaining the CLI: resolves to a working binary's path, or throws a short reason. */
export interface CliWay {
  name: string;
  obtain(ctx: WayContext): Promise<string>;
}

export interface WayFailure {
  way: string;
  reason: string;
}

/** Thrown when no way worked; `failures` lists each way and why, in order. */
export class TemporalCliUnavailableError extends Error {
  readonly failures: readonly WayFailure[];

  constructor(version: string, failures: readonly WayFailure[]) {
    const lines = failures.map((f) => `  - ${f.way}: ${f.reason}`);
    super(`Could not obtain Temporal CLI ${version}. Tried:\n${lines.join('\n')}`);
    this.name = 'TemporalCliUnavailableError';
    this.failures = failures;
  }
}

/** Tries each way in order, logging one line per failure and one for the way used. */
export async function runWays(ways: readonly CliWay[], ctx: WayContext): Promise<string> {
  const failures: WayFailure[] = [];
  for (const way of ways) {
    try {
      const path = await way.obtain(ctx);
      ctx.log(`temporal-cli: using ${way.name}: ${path}`);
      return path;
    } catch (error) {
      const reason = shortReason(error);
      failures.push({ way: way.name, reason });
      ctx.log(`temporal-cli: ${way.name} not used: ${reason}`);
    }
  }
  throw new TemporalCliUnavailableError(ctx.version, failures);
}

function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const oneLine = text.trim().replace(/\s*\n\s*/g, ' | ');
  return oneLine.length > 400 ? `${oneLine.slice(0, 397)}...` : oneLine;
}
