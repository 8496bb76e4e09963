// The sources configuration (SOURCES_FILE, default infra/sources.json),
// validated with the shared schema. A malformed file is refused with every
// error listed as `file: path: reason`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatConfigErrors, sourcesFile, type SourceConfig } from '@liaison/schemas';

export type { SourceConfig };

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEFAULT_SOURCES_FILE = resolve(REPO_ROOT, 'infra/sources.json');

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export async function loadSources(file: string): Promise<SourceConfig[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot be read (${(err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file}: is not valid JSON (${(err as Error).message})`);
  }
  const parsed = sourcesFile.safeParse(json);
  if (!parsed.success) throw new ConfigError(formatConfigErrors(file, parsed.error));
  return parsed.data.sources;
}

export function findSource(sources: readonly SourceConfig[], id: string): SourceConfig {
  const s = sources.find((x) => x.id === id);
  if (!s) throw new ConfigError(`unknown source '${id}' (configured: ${sources.map((x) => x.id).join(', ') || 'none'})`);
  return s;
}

/** A secret named by the configuration (tokenEnv, apiKeyEnv, secretEnv). */
export function secretFrom(env: Record<string, string | undefined>, sourceId: string, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`source '${sourceId}': environment variable ${name} is not set`);
  return value;
}
