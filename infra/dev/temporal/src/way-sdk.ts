// Last resort: the download built into @temporalio/testing (the SDK core fetches
// the CLI from temporal.download, so it needs internet). It only downloads while
// starting a server, so we start one headless, stop it, and cache the binary.
import { join } from 'node:path';
import { stageIntoCache } from './cli-cache.ts';
import type { CliWay } from './cli-ways.ts';

export const sdkDownloadWay: CliWay = {
  name: '@temporalio/testing download',
  async obtain(ctx) {
    return await stageIntoCache(ctx, async (staging) => {
      const { TestWorkflowEnvironment } = await import('@temporalio/testing');
      const tag = `v${ctx.version}`;
      const env = await TestWorkflowEnvironment.createLocal({
        server: { executable: { type: 'cached-download', version: tag, downloadDir: staging } },
      });
      await env.teardown();
      // The SDK core names the download `temporal-<version>` in downloadDir.
      return join(staging, `temporal-${tag}${process.platform === 'win32' ? '.exe' : ''}`);
    });
  },
};
