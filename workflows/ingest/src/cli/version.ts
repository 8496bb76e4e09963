// `liaison --version`: the version of the ingest package, as its package.json
// states it, so an operator can tell which code a command line runs.
import { readFileSync } from 'node:fs';

export function ingestVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const version = (manifest as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error('workflows/ingest/package.json has no version');
  return version;
}
