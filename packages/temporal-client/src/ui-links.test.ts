// Temporal Web UI links of a source: built from TEMPORAL_UI_URL and the
// namespace, with the ids the schedules and syncs are made under; none without a UI address.
import { describe, expect, it } from 'vitest';
import { sourceTemporalLinks } from './ui-links.ts';

describe('Temporal UI links of a source', () => {
  it('links its schedule and its sync workflows in the namespace', () => {
    expect(sourceTemporalLinks({ uiUrl: 'http://127.0.0.1:8233', namespace: 'default' }, 'nanshan')).toEqual({
      schedule: 'http://127.0.0.1:8233/namespaces/default/schedules/liaison-sync-nanshan',
      workflows:
        'http://127.0.0.1:8233/namespaces/default/workflows?query=' +
        encodeURIComponent('WorkflowId = "sync-nanshan" OR WorkflowId = "scheduled-nanshan"'),
    });
  });

  it('escapes the namespace and gives none without a UI address', () => {
    expect(sourceTemporalLinks({ uiUrl: 'https://t.example/ui', namespace: 'liaison prod' }, 'a')?.schedule).toBe(
      'https://t.example/ui/namespaces/liaison%20prod/schedules/liaison-sync-a',
    );
    expect(sourceTemporalLinks({ uiUrl: null, namespace: 'default' }, 'nanshan')).toBeNull();
  });
});
