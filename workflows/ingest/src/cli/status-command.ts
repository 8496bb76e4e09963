// `liaison status [--source id]`: each source of the applied configuration as
// an operator checks it: its schedule and whether it is paused (and by whom),
// its next run, its last success and last failure (with the reason), what is
// now in quarantine and whether its data is stale — the last two are the
// data-quality figures' (@liaison/metrics), so `stale` means what it means on
// the public pages — and, when TEMPORAL_UI_URL is set, links into the Temporal UI.
import { qualityFigures } from '@liaison/metrics';
import { describeSourceSchedule, sourceTemporalLinks, type SourceTemporalLinks } from '@liaison/temporal-client';
import { lastRunOutcomes, type SourceRunOutcomes } from '@liaison/warehouse';
import { appliedSourcesFor } from './applied-sources.ts';
import type { CliContext } from './context.ts';
import { printJson, printTable } from './output.ts';

export interface SourceStatus extends SourceRunOutcomes {
  source_id: string;
  kind: string;
  /** The cron schedule of the configuration (China Standard Time). */
  schedule: string;
  /** Its Temporal Schedule; null when it has none (`sources apply` makes it). */
  schedule_id: string | null;
  paused: boolean;
  /** Temporal's note on the schedule while paused, e.g. "paused by ops.alice". */
  pause_note: string | null;
  next_run_at: string | null;
  quarantined: number;
  stale: boolean;
  temporal_ui: SourceTemporalLinks | null;
}

export async function sourceStatuses(ctx: CliContext, sourceId?: string, now = new Date()): Promise<SourceStatus[]> {
  const sources = await appliedSourcesFor(ctx, sourceId);
  const client = await ctx.temporal();
  const [quality, outcomes, schedules] = await Promise.all([
    qualityFigures(ctx.ch(), sources, now),
    lastRunOutcomes(
      ctx.ch(),
      sources.map((s) => s.id),
    ),
    Promise.all(sources.map((s) => describeSourceSchedule(client, s.id))),
  ]);
  return sources.map((s, i) => {
    const figures = quality.sources[i];
    const schedule = schedules[i] ?? null;
    return {
      source_id: s.id,
      kind: s.kind,
      schedule: s.schedule,
      schedule_id: schedule?.scheduleId ?? null,
      paused: schedule?.paused ?? false,
      pause_note: schedule?.paused ? schedule.note : null,
      next_run_at: schedule?.nextRunAt ?? null,
      ...(outcomes.get(s.id) ?? { last_success: null, last_failure: null }),
      quarantined: figures?.quarantined ?? 0,
      stale: figures?.stale ?? true,
      temporal_ui: sourceTemporalLinks(ctx.settings.temporal, s.id),
    };
  });
}

const when = (iso: string | null | undefined): string => (iso ? iso.replace(/\.\d+Z$/, 'Z') : '-');

function pausedCell(s: SourceStatus): string {
  if (s.schedule_id === null) return 'no schedule';
  if (!s.paused) return 'no';
  return s.pause_note ? `yes (${s.pause_note})` : 'yes';
}

function printStatuses(statuses: readonly SourceStatus[]): void {
  printTable(
    statuses.map((s) => ({
      source: s.source_id,
      schedule: s.schedule,
      paused: pausedCell(s),
      next_run: when(s.next_run_at),
      last_success: s.last_success ? `${when(s.last_success.finished_at)} (${s.last_success.run_id})` : '-',
      last_failure: s.last_failure ? `${when(s.last_failure.finished_at)} (${s.last_failure.run_id})` : '-',
      quarantined: s.quarantined,
      stale: s.stale ? 'STALE' : 'no',
    })),
    ['source', 'schedule', 'paused', 'next_run', 'last_success', 'last_failure', 'quarantined', 'stale'],
  );
  for (const s of statuses) {
    if (s.last_failure) console.log(`${s.source_id}: last failure: ${s.last_failure.reason}`);
    if (s.schedule_id === null) console.log(`${s.source_id}: no schedule in Temporal: run \`pnpm liaison sources apply\``);
    if (s.temporal_ui) console.log(`${s.source_id}: Temporal schedule ${s.temporal_ui.schedule}  workflows ${s.temporal_ui.workflows}`);
  }
}

export async function statusCommand(ctx: CliContext, o: { source?: string | undefined }): Promise<number> {
  const statuses = await sourceStatuses(ctx, o.source);
  if (ctx.json) printJson({ sources: statuses });
  else printStatuses(statuses);
  return 0;
}
