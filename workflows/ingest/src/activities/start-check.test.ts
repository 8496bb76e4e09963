// The words of a sync that cannot start: applied times in China Standard Time,
// the secrets a source names, and a refused credential named by its variable.
import { describe, expect, it } from 'vitest';
import { SourceError } from '@liaison/connectors';
import type { SourceConfig } from '../sources.ts';
import type { ClickHouseClient } from '@liaison/warehouse';
import { ConfigError } from '../sources.ts';
import type { ActivityDeps } from './deps.ts';
import { checkStart, cstMinute, refusalInWords, secretNames } from './start-check.ts';

const api = { id: 'nanshan', kind: 'district-api', tokenEnv: 'NANSHAN_TOKEN' } as SourceConfig;
const demands = { id: 'demands', kind: 'demand-platform', apiKeyEnv: 'K', secretEnv: 'S' } as SourceConfig;

describe('start check', () => {
  it('shows an applied time as CST to the minute, across midnight', () => {
    expect(cstMinute('2026-12-03T02:02:59.123Z')).toBe('2026-12-03 10:02');
    expect(cstMinute('2026-12-03T17:30:00Z')).toBe('2026-12-04 01:30');
  });

  it('lists the variables holding a source’s secrets', () => {
    expect(secretNames(api)).toEqual(['NANSHAN_TOKEN']);
    expect(secretNames(demands)).toEqual(['K', 'S']);
    expect(secretNames({ id: 'm', kind: 'member-inbox' } as SourceConfig)).toEqual([]);
  });

  it('rewords a 401/403 to name the URL and the variable; other errors pass unchanged', () => {
    const refused = new SourceError('unauthorized', 'district API refused the token', { status: 401, url: 'http://h/v1/visits' });
    const worded = refusalInWords(refused, api) as SourceError;
    expect(worded.message).toBe('401 from http://h/v1/visits: the token in NANSHAN_TOKEN was refused');
    expect(worded.retryable).toBe(false);
    const forbidden = new SourceError('unauthorized', 'x', { status: 403, url: 'http://d/events' });
    expect((refusalInWords(forbidden, demands) as Error).message).toBe(
      '403 from http://d/events: the API key in K or the signature made with S was refused',
    );
    const down = new SourceError('unavailable', 'down');
    expect(refusalInWords(down, api)).toBe(down);
  });

  it('says what to do when nothing has been applied yet, and names a missing secret', async () => {
    const deps = (appliedSources: ActivityDeps['appliedSources']): ActivityDeps => ({
      ch: {} as ClickHouseClient,
      env: { S: 'x' },
      appliedSources,
    });
    const nothing = deps(() => Promise.reject(new ConfigError('no sources applied yet: run `pnpm liaison sources apply`')));
    expect(await checkStart(nothing, 'demands')).toEqual({
      ok: false,
      reason: 'no sources applied yet: run `pnpm liaison sources apply`',
      sourceKind: '',
    });
    const applied = deps(async () => ({ version: 3, applied_at: '2026-12-03T02:02:00Z', applied_by: 'a', sources: [demands], alerts: [] }));
    expect(await checkStart(applied, 'demands')).toEqual({
      ok: false,
      reason: "source 'demands': K is not set in the worker's environment",
      sourceKind: 'demand-platform',
    });
    expect(await checkStart(applied, 'x')).toMatchObject({
      reason: "source 'x' is not in the applied configuration (version 3, applied 2026-12-03 10:02)",
    });
  });
});
