// Obtains the CLI by building the release's own Go module from the Go module
// proxy (`go install github.com/temporalio/cli/cmd/temporal@v<version>`), only
// when a Go toolchain exists. Slow (minutes) and refused by `go install` for
// releases whose go.mod has replace directives, hence after PyPI.
import { join } from 'node:path';
import { stageIntoCache } from './cli-cache.ts';
import type { CliWay } from './cli-ways.ts';
import { runTool } from './run-tool.ts';

export const goModuleWay: CliWay = {
  name: 'go install from the Go module proxy',
  async obtain(ctx) {
    await runTool('go', ['version'], { env: ctx.env, timeoutMs: 30_000 });
    return await stageIntoCache(ctx, async (staging) => {
      const env = { ...ctx.env, GOBIN: staging, CGO_ENABLED: ctx.env.CGO_ENABLED ?? '0' };
      const module = `github.com/temporalio/cli/cmd/temporal@v${ctx.version}`;
      await runTool('go', ['install', module], { env, timeoutMs: 30 * 60_000 });
      return join(staging, process.platform === 'win32' ? 'temporal.exe' : 'temporal');
    });
  },
};
