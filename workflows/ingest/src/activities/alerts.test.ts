// With nothing applied yet (a sync that could not start for that reason),
// there are no alerts to decide: the activities say so at once instead of
// failing, so the workflow does not retry them.
import { describe, expect, it } from 'vitest';
import type { ClickHouseClient } from '@liaison/warehouse';
import { ConfigError } from '../sources.ts';
import { alertActivities } from './alerts.ts';

const unused = {} as ClickHouseClient;

describe('alert activities with nothing applied', () => {
  const activities = alertActivities({
    ch: unused,
    env: {},
    appliedSources: () => Promise.reject(new ConfigError('no sources applied yet: run `pnpm liaison sources apply`')),
  });

  it('find no alert due and post nothing', async () => {
    expect(await activities.alertsForRunEnd({ sourceId: 'nanshan', runId: 'r1' })).toEqual([]);
    expect(await activities.staleAlerts()).toEqual([]);
  });
});
