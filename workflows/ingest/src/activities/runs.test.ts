// Bookkeeping of a run that does not exist fails at once (not retried for
// ever): a retry would look the run up again and not find it again.
import { describe, expect, it } from 'vitest';
import { ApplicationFailure } from '@temporalio/activity';
import type { ClickHouseClient } from '@liaison/warehouse';
import { runActivities } from './runs.ts';

/** A database in which no run exists: every query answers no rows. */
const noRuns = { query: async () => ({ json: async () => [] }) } as unknown as ClickHouseClient;

describe('run bookkeeping', () => {
  const activities = runActivities({ ch: noRuns, env: {}, appliedSources: () => Promise.reject(new Error('unused')) });
  const counts = { received: 0, loaded: 0, quarantined: 0, duplicates: 0 };

  it('finishing a run that was never begun is a non-retryable failure naming the run', async () => {
    const err: unknown = await activities.finishRun({ runId: 'r-missing', status: 'succeeded', counts, error: null }).catch((e) => e);
    expect(err).toBeInstanceOf(ApplicationFailure);
    expect((err as ApplicationFailure).nonRetryable).toBe(true);
    expect((err as ApplicationFailure).message).toMatch(/run r-missing.*no such run/);
  });
});
