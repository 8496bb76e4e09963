// The cache entry is all-or-nothing: a verified binary is renamed in, a wrong
// one never lands, concurrent obtainers both succeed and leave no staging dirs.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileFor, stageIntoCache } from './cli-cache.ts';
import { probeCliVersion } from './cli-version.ts';
import type { WayContext } from './cli-ways.ts';
import { writeFakeCli } from './fake-cli.test-helper.ts';

let root: string;
let ctx: WayContext;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'temporal-cache-'));
  ctx = { version: '1.9.1', cacheFile: cacheFileFor(root, '1.9.1'), env: {}, log: () => {} };
});
afterEach(async () => rm(root, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('stageIntoCache', () => {
  it('places the cache under <repo>/.tools/temporal/<version>/', () => {
    expect(ctx.cacheFile).toBe(join(root, '.tools/temporal/1.9.1/temporal'));
  });

  it('renames a verified binary into the cache and removes its staging dir', async () => {
    const path = await stageIntoCache(ctx, (dir) => writeFakeCli(join(dir, 'temporal'), '1.9.1'));
    expect(path).toBe(ctx.cacheFile);
    expect(await probeCliVersion(path)).toBe('1.9.1');
    expect(await readdir(dirname(path))).toEqual(['temporal']);
  });

  it('refuses a binary of another version and leaves the cache empty', async () => {
    await expect(stageIntoCache(ctx, (dir) => writeFakeCli(join(dir, 'temporal'), '1.0.0'))).rejects.toThrow(
      'got version 1.0.0, want 1.9.1',
    );
    expect(await readdir(dirname(ctx.cacheFile))).toEqual([]);
  });

  it('lets concurrent obtainers both succeed with a complete file', async () => {
    const produce = (dir: string) => writeFakeCli(join(dir, 'temporal'), '1.9.1');
    const paths = await Promise.all([stageIntoCache(ctx, produce), stageIntoCache(ctx, produce)]);
    expect(paths).toEqual([ctx.cacheFile, ctx.cacheFile]);
    expect(await probeCliVersion(ctx.cacheFile)).toBe('1.9.1');
    expect(await readdir(dirname(ctx.cacheFile))).toEqual(['temporal']);
  });
});
