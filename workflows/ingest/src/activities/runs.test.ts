// Bookkeeping of a run that does not exist fails at once (not retried for
// ever): a retry would look the run up again and not find it again.
import { describe, expect, it } from 'vitest';
import { ApplicationFailure } from '@temporalio/activity';
import type { ClickHouseClient } from '@liaison/warehouse';
import { addingUp, runActivities } from './runs.ts';

/** A database in which no run exists: every query answers no rows. */
const noRuns = { query: async () => ({ json: async () => [] }) } as unknown as ClickHouseClient;

describe('run bookkeeping', () => {
  const activities = runActivities({ ch: noRuns, sourcesFile: 'unused', env: {} });
  const counts = { received: 0, loaded: 0, quarantined: 0, duplicates: 0 };

  it('finishing a run that was never begun is a non-retryable failure naming the run', async () => {
    const err: unknown = await activities.finishRun({ runId: 'r-missing', status: 'succeeded', counts, error: null }).catch((e) => e);
    expect(err).toBeInstanceOf(ApplicationFailure);
    expect((err as ApplicationFailure).nonRetryable).toBe(true);
    expect((err as ApplicationFailure).message).toMatch(/run r-missing.*no such run/);
  });

  it('counts add up from the batches and the versions added', () => {
    expect(addingUp({ received: 10, quarantined: 2 }, 5)).toEqual({ received: 10, loaded: 5, quarantined: 2, duplicates: 3 });
    // Never a negative duplicate count: a run whose batches were not all recorded still adds up.
    expect(addingUp({ received: 3, quarantined: 1 }, 4)).toEqual({ received: 5, loaded: 4, quarantined: 1, duplicates: 0 });
  });
});
