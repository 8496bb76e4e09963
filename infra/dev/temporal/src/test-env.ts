// Lets integration tests use @temporalio/testing's TestWorkflowEnvironment with
// the real dev server binary obtained here, instead of its download (which
// needs internet and fails at once on offline machines).
import type { LocalTestWorkflowEnvironmentOptions, TestWorkflowEnvironment } from '@temporalio/testing';
import { obtainTemporalCli, type ObtainCliOptions } from './obtain-cli.ts';

/** `opts` with `server.executable` set to the obtained CLI (unless one was given). */
export async function localTestEnvironmentOptions(
  opts: LocalTestWorkflowEnvironmentOptions = {},
  obtain: ObtainCliOptions = {},
): Promise<LocalTestWorkflowEnvironmentOptions> {
  const executable = opts.server?.executable ?? { type: 'existing-path' as const, path: await obtainTemporalCli(obtain) };
  return { ...opts, server: { ...opts.server, executable } };
}

/** `TestWorkflowEnvironment.createLocal()` on the obtained CLI; call `teardown()` when done. */
export async function createTestEnvironment(
  opts: LocalTestWorkflowEnvironmentOptions = {},
  obtain: ObtainCliOptions = {},
): Promise<TestWorkflowEnvironment> {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  return await TestWorkflowEnvironment.createLocal(await localTestEnvironmentOptions(opts, obtain));
}
