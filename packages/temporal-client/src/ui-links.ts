// Links into the Temporal Web UI for a source: its schedule, and the list of
// its sync workflows (the ones the CLI and the console start, and the ones its
// schedule starts). The one place such links are built, for `liaison status`
// and the console; none when the UI's address (TEMPORAL_UI_URL) is not known.
import type { TemporalSettings } from '@liaison/config';
import { scheduledWorkflowId, scheduleIdOf, syncWorkflowId } from './sync-types.ts';

export interface SourceTemporalLinks {
  schedule: string;
  workflows: string;
}

export function sourceTemporalLinks(temporal: Pick<TemporalSettings, 'uiUrl' | 'namespace'>, sourceId: string): SourceTemporalLinks | null {
  if (!temporal.uiUrl) return null;
  const namespace = `${temporal.uiUrl}/namespaces/${encodeURIComponent(temporal.namespace)}`;
  const query = `WorkflowId = "${syncWorkflowId(sourceId)}" OR WorkflowId = "${scheduledWorkflowId(sourceId)}"`;
  return {
    schedule: `${namespace}/schedules/${encodeURIComponent(scheduleIdOf(sourceId))}`,
    workflows: `${namespace}/workflows?query=${encodeURIComponent(query)}`,
  };
}
