// Ways that use a CLI already on this machine: an explicit path, `temporal` on
// PATH, or the copy the project cached earlier. None of them downloads.
import { access, constants, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { probeCliVersion } from './cli-version.ts';
import type { CliWay, WayContext } from './cli-ways.ts';

const exeName = process.platform === 'win32' ? 'temporal.exe' : 'temporal';

/** An explicit binary named by TEMPORAL_CLI_PATH; any version is accepted, with a warning. */
export const envPathWay: CliWay = {
  name: 'env TEMPORAL_CLI_PATH',
  async obtain(ctx) {
    const path = ctx.env.TEMPORAL_CLI_PATH?.trim();
    if (!path) throw new Error('not set');
    return await acceptAnyVersion(path, ctx);
  },
};

/** The first `temporal` on PATH; any version is accepted, with a warning. */
export const onPathWay: CliWay = {
  name: 'temporal on PATH',
  async obtain(ctx) {
    const path = await findOnPath(exeName, ctx.env.PATH ?? '');
    if (path === null) throw new Error('no temporal on PATH');
    return await acceptAnyVersion(path, ctx);
  },
};

/** The copy cached by an earlier download; it must report exactly the pinned version. */
export const cachedWay: CliWay = {
  name: 'project cache',
  async obtain(ctx) {
    if (!(await isExecutableFile(ctx.cacheFile))) throw new Error(`nothing cached at ${ctx.cacheFile}`);
    const version = await probeCliVersion(ctx.cacheFile);
    if (version !== ctx.version) throw new Error(`${ctx.cacheFile} reports ${version}, want ${ctx.version}`);
    return ctx.cacheFile;
  },
};

async function acceptAnyVersion(path: string, ctx: WayContext): Promise<string> {
  const version = await probeCliVersion(path);
  if (version !== ctx.version) ctx.log(`temporal-cli: warning: ${path} is version ${version}, the project pins ${ctx.version}`);
  return path;
}

async function findOnPath(name: string, pathVar: string): Promise<string | null> {
  for (const dir of pathVar.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return null;
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
