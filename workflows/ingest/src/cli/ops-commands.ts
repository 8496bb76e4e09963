// sources apply, runs and quarantine: configuration and inspection commands.
import { writeFile } from 'node:fs/promises';
import { countRuns, issuesLine, listRuns, operatorQuarantine, publishSourcesFile, quarantineCsv } from '@liaison/warehouse';
import { applySchedules } from '../schedules.ts';
import type { CliContext } from './context.ts';
import { printJson, printTable } from './output.ts';

/**
 * Validates SOURCES_FILE, publishes it to the warehouse (a new version when it
 * changed; workers and dashboards use the latest) and makes the schedules match.
 */
export async function sourcesApplyCommand(ctx: CliContext): Promise<number> {
  const file = ctx.settings.sourcesFile;
  const { published, changed, sources } = await publishSourcesFile(ctx.ch(), file, ctx.settings.operator);
  const result = await applySchedules(await ctx.temporal(), sources, ctx.settings.temporal.taskQueue);
  const version = { version: published.version, changed, applied_at: published.applied_at, applied_by: published.applied_by };
  if (ctx.json) printJson({ ...result, ...version });
  else {
    for (const [what, ids] of Object.entries(result)) if (ids.length) console.log(`${what}: ${ids.join(', ')}`);
    console.log(`${sources.length} source(s) in ${file}`);
    console.log(
      changed
        ? `published as version ${published.version} (applied by ${published.applied_by})`
        : `unchanged: version ${published.version} (applied ${published.applied_at} by ${published.applied_by})`,
    );
  }
  return 0;
}

const RUN_COLUMNS = [
  'run_id',
  'source_id',
  'mode',
  'started_at',
  'finished_at',
  'status',
  'received',
  'loaded',
  'quarantined',
  'duplicates',
  'error',
] as const;

/** Run history, newest first, at most `limit` runs; says so when there are more. */
export async function runsCommand(
  ctx: CliContext,
  o: { source?: string | undefined; failed: boolean; limit: number; since?: string | undefined },
): Promise<number> {
  const filter = { sourceId: o.source, failedOnly: o.failed, since: o.since };
  const [runs, total] = await Promise.all([listRuns(ctx.ch(), { ...filter, limit: o.limit }), countRuns(ctx.ch(), filter)]);
  if (ctx.json) printJson({ total, limit: o.limit, runs });
  else {
    printTable(runs, RUN_COLUMNS);
    if (total > runs.length) console.error(`showing ${runs.length} of ${total} runs; use --limit`);
  }
  return 0;
}

/** What the console shows and exports of a source's quarantine (operatorQuarantine: personal data redacted). */
export async function quarantineCommand(ctx: CliContext, sourceId: string, o: { export?: string | undefined }): Promise<number> {
  const items = await operatorQuarantine(ctx.ch(), sourceId);
  if (o.export) {
    await writeFile(o.export, quarantineCsv(items), 'utf8');
    if (!ctx.json) console.log(`${items.length} quarantined record(s) written to ${o.export}`);
  }
  if (ctx.json) printJson(items);
  else if (!o.export)
    printTable(
      items.map((r) => ({ ...r, issues: issuesLine(r) })),
      ['collection', 'record_key', 'position', 'issues', 'run_id'],
    );
  return 0;
}
