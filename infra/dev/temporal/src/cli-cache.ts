// The project's cache of the CLI binary under .tools/temporal/<version>/.
// Downloads land in a private staging dir beside the cache file and enter it by
// rename(2), which is atomic, so concurrent obtainers never see a partial file.
import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { probeCliVersion } from './cli-version.ts';
import type { WayContext } from './cli-ways.ts';

/** Where a version's binary is cached: in the workspace's .tools/, else under the OS temp dir. */
export function cacheFileFor(repoRoot: string | null, version: string): string {
  const base = repoRoot === null ? join(tmpdir(), 'liaison-tools') : join(repoRoot, '.tools');
  return join(base, 'temporal', version, process.platform === 'win32' ? 'temporal.exe' : 'temporal');
}

/**
 * Runs `produce` in a fresh staging dir next to the cache file; the binary it
 * returns must report the pinned version, then it is renamed into the cache.
 */
export async function stageIntoCache(ctx: WayContext, produce: (stagingDir: string) => Promise<string>): Promise<string> {
  const cacheDir = dirname(ctx.cacheFile);
  await mkdir(cacheDir, { recursive: true });
  const staging = await mkdtemp(join(cacheDir, '.staging-'));
  try {
    const built = await produce(staging);
    await chmod(built, 0o755);
    const version = await probeCliVersion(built);
    if (version !== ctx.version) throw new Error(`got version ${version}, want ${ctx.version}`);
    await rename(built, ctx.cacheFile);
    return ctx.cacheFile;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
