// The sources configuration (SOURCES_FILE, default infra/sources.json of the
// repository), loaded and validated one way for the worker, the CLI, the dev
// stack and the dashboard. The schema is @liaison/schemas'; here the file is
// read, a relative `dir` is resolved against the repository root, and the
// secrets the sources name (tokenEnv, apiKeyEnv, secretEnv) are looked up.
// A malformed file is refused with every error listed as `file: path: reason`.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { formatConfigErrors, sourcesFile, type AlertConfig, type SourceConfig, type SourcesFile } from '@liaison/schemas';
import { blankToUndefined, ConfigError, parseEnv, type Env } from './config-error.ts';
import { processEnv } from './process-env.ts';
import { repoRoot } from './repo-root.ts';

export type { AlertConfig, SourceConfig, SourcesFile };

/** infra/sources.json of the repository. */
export const defaultSourcesFile = (): string => join(repoRoot(), 'infra/sources.json');

const sourcesEnvSchema = z.object({ SOURCES_FILE: z.preprocess(blankToUndefined, z.string().min(1).optional()) });

/** SOURCES_FILE as an absolute path (relative to the working directory), or the default. */
export function sourcesFilePath(env: Env = processEnv()): string {
  const e = parseEnv(sourcesEnvSchema, env, 'Invalid sources settings');
  return e.SOURCES_FILE === undefined ? defaultSourcesFile() : resolve(e.SOURCES_FILE);
}

/** Validates a sources file's text as written (defaults filled in, `dir` as given): what `sources apply` publishes. */
export function validateSourcesText(file: string, text: string): SourcesFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file}: is not valid JSON (${(err as Error).message})`, ['SOURCES_FILE']);
  }
  const parsed = sourcesFile.safeParse(json);
  if (!parsed.success) throw new ConfigError(formatConfigErrors(file, parsed.error), ['SOURCES_FILE']);
  return parsed.data;
}

/** Validates a sources file's text: its sources, `dir` of a drop folder made absolute (against this host's repository), and its alerts. */
export function parseSourcesFileText(file: string, text: string): { sources: SourceConfig[]; alerts: AlertConfig[] } {
  const validated = validateSourcesText(file, text);
  const sources = validated.sources.map((s) => (s.kind === 'district-files' ? { ...s, dir: resolve(repoRoot(), s.dir) } : s));
  return { sources, alerts: validated.alerts ?? [] };
}

/** Validates a sources file's text; `dir` of a drop folder comes back absolute (against this host's repository). */
export function parseSourcesText(file: string, text: string): SourceConfig[] {
  return parseSourcesFileText(file, text).sources;
}

const unreadable = (file: string, err: unknown) =>
  new ConfigError(`${file}: cannot be read (${(err as Error).message}); set SOURCES_FILE`, ['SOURCES_FILE']);

/** A sources file's text, or a ConfigError saying it cannot be read. */
export async function readSourcesText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw unreadable(file, err);
  }
}

export async function loadSources(file: string): Promise<SourceConfig[]> {
  return parseSourcesText(file, await readSourcesText(file));
}

/** As loadSources, for callers that cannot wait (the dashboard's per-request check). */
export function loadSourcesSync(file: string): SourceConfig[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw unreadable(file, err);
  }
  return parseSourcesText(file, text);
}

export function findSource(sources: readonly SourceConfig[], id: string): SourceConfig {
  const s = sources.find((x) => x.id === id);
  if (!s) throw new ConfigError(`unknown source '${id}' (configured: ${sources.map((x) => x.id).join(', ') || 'none'})`);
  return s;
}

/** A secret named by the configuration (tokenEnv, apiKeyEnv, secretEnv). */
export function secretFrom(env: Env, sourceId: string, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`source '${sourceId}': environment variable ${name} is not set`, [name]);
  return value;
}
