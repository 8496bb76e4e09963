// The first apply of a new installation. When nothing has been applied yet and
// SOURCES_FILE is set, serve applies that file once, by running `pnpm liaison
// sources apply` itself (one apply: validation, the published version, the
// schedules). Once a version is applied serve never reads the file again: a
// change is applied with the CLI, and every host follows the applied version.
// The demo's default sources file is never applied here: it names simulators
// that only `npm start` runs.
import { join } from 'node:path';
import { ConfigError, repoRoot, sourcesFilePath, spawnOwned, type Env } from '@liaison/config';
import { appliedSources, type ClickHouseClient } from '@liaison/warehouse';

export type FirstApplyOutcome = 'applied' | 'exists' | 'unset';

const cliEntry = (): string => join(repoRoot(), 'workflows/ingest/src/cli/main.ts');

export async function applyIfNothingApplied(ch: ClickHouseClient, env: Env, log: (line: string) => void): Promise<FirstApplyOutcome> {
  const applied = await appliedSources(ch);
  if (applied) {
    log(
      `sources: version ${applied.version} applied ${applied.applied_at} by ${applied.applied_by}; change it with pnpm liaison sources apply`,
    );
    return 'exists';
  }
  if (!env['SOURCES_FILE']?.trim()) {
    log('sources: nothing applied yet and SOURCES_FILE unset: nothing will sync until pnpm liaison sources apply');
    return 'unset';
  }
  const file = sourcesFilePath(env);
  log(`sources: nothing applied yet: applying ${file}`);
  const apply = spawnOwned(process.execPath, [cliEntry(), 'sources', 'apply'], (line) => log(`sources apply: ${line}`), {
    env: { LIAISON_OPERATOR: 'serve (first start)', ...env },
    cwd: repoRoot(),
  });
  const end = await apply.exited;
  if (end.code !== 0) {
    throw new ConfigError(`the first apply of ${file} failed (said above); fix the file, or apply one with pnpm liaison sources apply`, [
      'SOURCES_FILE',
    ]);
  }
  return 'applied';
}
