// The sources file: every error listed, a relative drop folder resolved
// against the repository root, secrets looked up by name.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.ts';
import { repoRoot } from './repo-root.ts';
import { defaultSourcesFile, findSource, loadSources, loadSourcesSync, secretFrom, sourcesFilePath } from './sources.ts';

async function file(text: string): Promise<string> {
  const f = join(await mkdtemp(join(tmpdir(), 'sources-')), 'sources.json');
  await writeFile(f, text);
  return f;
}

describe('sources file', () => {
  it('defaults to infra/sources.json of the repository', () => {
    expect(sourcesFilePath({})).toBe(join(repoRoot(), 'infra/sources.json'));
    expect(sourcesFilePath({ SOURCES_FILE: '' })).toBe(defaultSourcesFile());
  });
  it('resolves a relative dir against the repository root', async () => {
    const f = await file(
      JSON.stringify({
        sources: [{ id: 'futian', kind: 'district-files', district: 'futian', dir: '.data/drops/futian', schedule: '30 2 * * *' }],
      }),
    );
    const [s] = await loadSources(f);
    expect(s).toMatchObject({ dir: join(repoRoot(), '.data/drops/futian') });
    expect(loadSourcesSync(f)).toEqual(await loadSources(f));
  });
  it('refuses a bad file, unreadable or invalid, as a ConfigError', async () => {
    await expect(loadSources(join(tmpdir(), 'nope.json'))).rejects.toThrow(/cannot be read/);
    await expect(loadSources(await file('{'))).rejects.toBeInstanceOf(ConfigError);
    await expect(loadSources(await file('{"sources":[{"id":"x"}]}'))).rejects.toThrow(/sources\.json: sources\.0/);
  });
  it('finds sources and secrets by name', () => {
    expect(() => findSource([], 'atlantis')).toThrow("unknown source 'atlantis' (configured: none)");
    expect(secretFrom({ T: 's' }, 'a', 'T')).toBe('s');
    expect(() => secretFrom({}, 'a', 'T')).toThrow("source 'a': environment variable T is not set");
  });
});
