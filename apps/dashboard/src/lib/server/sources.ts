// The configured sources (SOURCES_FILE), which decide whose sync times a
// figure's `as_of` lists. Loaded and validated by @liaison/config at start-up
// — a bad file stops the server with every error listed — and re-read when
// the file changes, since operators edit it and re-apply while the site runs.
import { statSync } from 'node:fs';
import { loadSourcesSync, sourcesFilePath, type SourceConfig } from '@liaison/config';
import { dashboardEnv } from './env.ts';

export type { SourceConfig };

let cache: { file: string; mtimeMs: number; sources: SourceConfig[] } | undefined;

/** Throws on a bad file the first time; afterwards a bad edit keeps the last good list. */
export function sources(): SourceConfig[] {
  const file = cache?.file ?? sourcesFilePath(dashboardEnv());
  let mtimeMs = -1;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    // reported by loadSourcesSync() below
  }
  if (cache && cache.mtimeMs === mtimeMs) return cache.sources;
  try {
    cache = { file, mtimeMs, sources: loadSourcesSync(file) };
  } catch (err) {
    if (!cache) throw err;
    console.error(`[sources] keeping the previous configuration: ${(err as Error).message}`);
    cache = { ...cache, mtimeMs };
  }
  return cache.sources;
}
