// The sources configuration as last applied (`pnpm liaison sources apply`,
// published in the warehouse), which decides whose sync times a figure's
// `as_of` lists. The dashboard reads no file of its own: whichever host it
// runs on, it follows the applied version.
//
// Every request reads the applied version before anything else (hooks.server.ts;
// one small query, a version's content parsed once), and the figures' cache is
// keyed by it, so two replicas never answer from two versions of the
// configuration. What the request then asks synchronously (sources()) is that
// version.
import type { SourceConfig } from '@liaison/config';
import { appliedSourcesReader, type AppliedSourceConfigs } from '@liaison/warehouse';
import { publicClickhouse } from './clickhouse.ts';

export type { SourceConfig };

let read: (() => Promise<AppliedSourceConfigs>) | undefined;
let applied: AppliedSourceConfigs | undefined;
let lastProblem: string | undefined;

/** Nothing applied: no sources, version 0. */
const NONE = { version: 0, sources: [] as SourceConfig[] };

/**
 * The applied configuration now. When it cannot be read (nothing applied
 * yet, the warehouse briefly away) the last version read stands, or none;
 * the problem is logged once per message.
 */
export async function currentSources(): Promise<{ version: number; sources: SourceConfig[] }> {
  read ??= appliedSourcesReader(publicClickhouse());
  try {
    const latest = await read();
    if (!applied || latest.version >= applied.version) applied = latest;
    lastProblem = undefined;
  } catch (err) {
    const problem = (err as Error).message;
    if (problem !== lastProblem) console.error(`[sources] ${problem}${applied ? ` (keeping version ${applied.version})` : ''}`);
    lastProblem = problem;
  }
  return applied ?? NONE;
}

/** The applied sources as read for this request (see currentSources). */
export function sources(): SourceConfig[] {
  return applied?.sources ?? [];
}

/** The applied configuration's version as last read (0: none). */
export function sourcesVersion(): number {
  return applied?.version ?? 0;
}
