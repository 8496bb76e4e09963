// The local ways through obtainTemporalCli with fake CLI scripts: an explicit
// path wins over PATH and the cache, other versions warn or are refused.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileFor } from './cli-cache.ts';
import { writeFakeCli } from './fake-cli.test-helper.ts';
import { obtainTemporalCli } from './obtain-cli.ts';
import { cachedWay, envPathWay, onPathWay } from './ways-local.ts';

const ways = [envPathWay, onPathWay, cachedWay];
let root: string;
let lines: string[];
const log = (line: string) => lines.push(line);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'temporal-ways-'));
  lines = [];
});
afterEach(async () => rm(root, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('local ways', () => {
  it('prefers TEMPORAL_CLI_PATH over PATH and the cache', async () => {
    const explicit = await writeFakeCli(join(root, 'explicit/temporal'), '1.9.1');
    await writeFakeCli(join(root, 'bin/temporal'), '1.9.1');
    await writeFakeCli(cacheFileFor(root, '1.9.1'), '1.9.1');
    const env = { TEMPORAL_CLI_PATH: explicit, PATH: join(root, 'bin') };
    expect(await obtainTemporalCli({ repoRoot: root, env, log, ways })).toBe(explicit);
    expect(lines).toEqual([`temporal-cli: using env TEMPORAL_CLI_PATH: ${explicit}`]);
  });

  it('accepts another version on PATH with a warning', async () => {
    const onPath = await writeFakeCli(join(root, 'bin/temporal'), '1.4.0');
    const env = { PATH: `${join(root, 'empty')}:${join(root, 'bin')}` };
    expect(await obtainTemporalCli({ repoRoot: root, env, log, ways })).toBe(onPath);
    expect(lines).toContain(`temporal-cli: warning: ${onPath} is version 1.4.0, the project pins 1.9.1`);
  });

  it('uses the cache only when it reports the pinned version', async () => {
    const cached = await writeFakeCli(cacheFileFor(root, '1.9.1'), '1.9.1');
    expect(await obtainTemporalCli({ repoRoot: root, env: {}, log, ways })).toBe(cached);
    await writeFakeCli(cached, '1.8.0');
    await expect(obtainTemporalCli({ repoRoot: root, env: {}, log, ways })).rejects.toThrow(
      `project cache: ${cached} reports 1.8.0, want 1.9.1`,
    );
  });

  it('moves past an explicit path that is not a Temporal CLI', async () => {
    const env = { TEMPORAL_CLI_PATH: join(root, 'missing'), PATH: '' };
    const error = await obtainTemporalCli({ repoRoot: root, env, log, ways }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/env TEMPORAL_CLI_PATH: .*missing does not exist/);
    expect((error as Error).message).toContain('temporal on PATH: no temporal on PATH');
    expect((error as Error).message).toContain('project cache: nothing cached at');
  });
});
