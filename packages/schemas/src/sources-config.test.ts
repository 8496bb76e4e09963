import { describe, expect, it } from 'vitest';
import { cronProblem } from './cron.ts';
import { formatConfigErrors, sourcesFile } from './sources-config.ts';

const example = {
  sources: [
    {
      id: 'nanshan',
      kind: 'district-api',
      district: 'nanshan',
      baseUrl: 'http://127.0.0.1:7101',
      tokenEnv: 'NANSHAN_TOKEN',
      schedule: '0 2 * * *',
    },
    { id: 'futian', kind: 'district-files', district: 'futian', dir: '/srv/drops/futian', encoding: 'auto', schedule: '30 2 * * *' },
    {
      id: 'demands',
      kind: 'demand-platform',
      baseUrl: 'http://127.0.0.1:7201',
      apiKeyEnv: 'DEMANDS_KEY',
      secretEnv: 'DEMANDS_SECRET',
      schedule: '*/15 * * * *',
    },
    { id: 'members', kind: 'member-inbox', schedule: '*/5 * * * *' },
  ],
};

describe('sources file', () => {
  it('accepts the interfaces.md example and defaults encoding to auto', () => {
    expect(sourcesFile.parse(example)).toEqual(example);
    const { encoding: _e, ...files } = example.sources[1]!;
    expect(sourcesFile.parse({ sources: [files] }).sources[0]).toMatchObject({ encoding: 'auto' });
    expect(sourcesFile.safeParse({ sources: [{ ...example.sources[0], pageSize: 500 }] }).success).toBe(true);
  });

  it('lists every error as file: path: reason, duplicates included', () => {
    const bad = {
      sources: [
        { ...example.sources[0], baseUrl: 'ftp://x', pageSize: 501, district: 'shekou' },
        { ...example.sources[1], id: 'Futian', encoding: 'latin1', schedule: '30 25 * * *' },
        { ...example.sources[2], id: 'nanshan', secretEnv: undefined },
        { id: 'members', kind: 'member-inbox', schedule: '*/5 * * *', extra: true },
        { id: 'x', kind: 'ftp' },
      ],
    };
    const r = sourcesFile.safeParse(bad);
    expect(formatConfigErrors('infra/sources.json', r.error!).split('\n')).toEqual([
      'infra/sources.json: sources.0.district: unknown district code "shekou"',
      'infra/sources.json: sources.0.baseUrl: expected an http(s) URL',
      'infra/sources.json: sources.0.pageSize: must be ≤ 500',
      'infra/sources.json: sources.1.id: id must match [a-z0-9][a-z0-9-]* (lower case, digits, dashes)',
      'infra/sources.json: sources.1.encoding: unknown encoding code "latin1"',
      'infra/sources.json: sources.1.schedule: invalid cron "30 25 * * *": hour "25" is outside 0–23',
      'infra/sources.json: sources.2.secretEnv: required',
      'infra/sources.json: sources.3.schedule: invalid cron "*/5 * * *": expected 5 fields (minute hour day month weekday), got 4',
      'infra/sources.json: sources.3: Unrecognized key: "extra"',
      'infra/sources.json: sources.4.kind: unknown source kind; expected one of district-api, district-files, demand-platform, member-inbox',
      'infra/sources.json: sources.2.id: duplicate id "nanshan" (also sources.0.id)',
    ]);
    expect(formatConfigErrors('f.json', sourcesFile.safeParse([]).error!)).toBe('f.json: (root): expected an object');
    expect(formatConfigErrors('f.json', sourcesFile.safeParse({}).error!)).toBe('f.json: sources: required');
  });
});

describe('a source baseUrl', () => {
  const withBaseUrl = (baseUrl: string) => ({
    sources: [
      { ...example.sources[0], baseUrl },
      { ...example.sources[2], baseUrl },
    ],
  });
  const errors = (baseUrl: string) => {
    const r = sourcesFile.safeParse(withBaseUrl(baseUrl));
    return r.success ? [] : formatConfigErrors('infra/sources.json', r.error).split('\n');
  };

  it('may use http on this machine (loopback) and https anywhere', () => {
    for (const url of [
      'http://127.0.0.1:7101',
      'http://127.8.9.10/api/',
      'http://localhost:7101',
      'http://[::1]:7101',
      'https://district.example.gov.cn/api',
      'https://10.1.2.3:8443',
    ])
      expect(errors(url), url).toEqual([]);
  });

  it('must use https off this machine, naming the field and why', () => {
    for (const url of [
      'http://district.example.gov.cn',
      'http://10.1.2.3:7101',
      'http://128.0.0.1',
      'http://localhost.example.com',
      'http://[::2]',
    ])
      expect(errors(url), url).toEqual([
        'infra/sources.json: sources.0.baseUrl: baseUrl must use https unless it is on this machine (loopback)',
        'infra/sources.json: sources.1.baseUrl: baseUrl must use https unless it is on this machine (loopback)',
      ]);
  });

  it('refuses a user:password part, on loopback and with https alike', () => {
    for (const url of ['https://ops:hunter2@district.example.gov.cn', 'http://ops@127.0.0.1:7101']) {
      const shown = errors(url);
      expect(shown, url).toHaveLength(2);
      expect(shown[0]).toBe(
        'infra/sources.json: sources.0.baseUrl: baseUrl must not contain a user name or password (user:password@): credentials come from the environment variables the source names',
      );
    }
  });
});

describe('cron shape', () => {
  it('accepts common 5-field forms', () => {
    for (const c of ['0 2 * * *', '*/15 * * * *', '0 8-18/2 * * 1-5', '0,30 9 1,15 * *', '0 0 * JAN-MAR MON', '0 0 * * 7', '5 4 * * sun'])
      expect(cronProblem(c), c).toBeNull();
  });
  it('rejects malformed ones', () => {
    for (const c of [
      '',
      '* * * *',
      '* * * * * *',
      '60 * * * *',
      '* * 0 * *',
      '* * * 13 *',
      '*/0 * * * *',
      '5-1 * * * *',
      '@daily',
      'a b c d e',
      '1,,2 * * * *',
    ])
      expect(cronProblem(c), c).not.toBeNull();
  });
});

describe('alerts of the sources file', () => {
  const withAlerts = (alerts: unknown) => ({ sources: [example.sources[3]], alerts });
  const errors = (alerts: unknown) => {
    const r = sourcesFile.safeParse(withAlerts(alerts));
    return r.success ? [] : formatConfigErrors('infra/sources.json', r.error).split('\n');
  };

  it('accepts the interfaces.md example, and no alerts at all', () => {
    const alerts = [
      { kind: 'wecom', urlEnv: 'ALERT_URL', on: ['failed', 'stale'] },
      { kind: 'dingtalk', urlEnv: 'DING_URL', on: ['stale'] },
      { kind: 'webhook', urlEnv: 'HOOK_URL', on: ['failed'] },
    ];
    expect(sourcesFile.parse(withAlerts(alerts)).alerts).toEqual(alerts);
    expect(sourcesFile.parse({ sources: [] }).alerts).toBeUndefined();
  });

  it('names an unknown kind, a missing urlEnv and an unknown event', () => {
    expect(
      errors([
        { kind: 'slack', urlEnv: 'A', on: ['failed'] },
        { kind: 'wecom', on: ['failed'] },
        { kind: 'webhook', urlEnv: 'https://hooks.example/x', on: ['down'] },
        { kind: 'dingtalk', urlEnv: 'B', on: [] },
        { kind: 'wecom', urlEnv: 'C' },
        { kind: 'wecom', urlEnv: 'D', on: ['failed'], url: 'https://x' },
      ]),
    ).toEqual([
      'infra/sources.json: alerts.0.kind: unknown alert kind "slack"; expected one of wecom, dingtalk, webhook',
      'infra/sources.json: alerts.1.urlEnv: required',
      'infra/sources.json: alerts.2.urlEnv: expected an environment variable name',
      'infra/sources.json: alerts.2.on.0: unknown alert event "down"; expected one of failed, stale',
      'infra/sources.json: alerts.3.on: must name at least one event (failed, stale)',
      'infra/sources.json: alerts.4.on: required',
      'infra/sources.json: alerts.5: Unrecognized key: "url"',
    ]);
    expect(errors({})).toEqual(['infra/sources.json: alerts: expected a list of alerts']);
  });
});
