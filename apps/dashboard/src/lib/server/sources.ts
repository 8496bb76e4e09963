// The configured sources (SOURCES_FILE), which decide whose sync times a
// figure's `as_of` lists. Read with the shared schema at start-up — a bad file
// stops the server with every error listed — and re-read when the file
// changes, since operators edit it and re-apply while the site runs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SOURCES_FILE } from '$app/env/private';
import { formatConfigErrors, sourcesFile, type SourceConfig } from '@liaison/schemas';

export type { SourceConfig };

/** The repository's infra/sources.json, found from the working directory. */
function defaultFile(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return join(dir, 'infra/sources.json');
    if (dirname(dir) === dir) return resolve('infra/sources.json');
  }
}

function read(file: string): SourceConfig[] {
  let text: string;
  let json: unknown;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot be read (${(err as Error).message}); set SOURCES_FILE`);
  }
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: is not valid JSON (${(err as Error).message})`);
  }
  const parsed = sourcesFile.safeParse(json);
  if (!parsed.success) throw new Error(formatConfigErrors(file, parsed.error));
  return parsed.data.sources;
}

let cache: { file: string; mtimeMs: number; sources: SourceConfig[] } | undefined;

/** Throws on a bad file the first time; afterwards a bad edit keeps the last good list. */
export function sources(): SourceConfig[] {
  const file = SOURCES_FILE ? resolve(SOURCES_FILE) : defaultFile();
  let mtimeMs = -1;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    // reported by read() below
  }
  if (cache && cache.file === file && cache.mtimeMs === mtimeMs) return cache.sources;
  try {
    cache = { file, mtimeMs, sources: read(file) };
  } catch (err) {
    if (!cache) throw err;
    console.error(`[sources] keeping the previous configuration: ${(err as Error).message}`);
    cache = { ...cache, mtimeMs };
  }
  return cache.sources;
}
