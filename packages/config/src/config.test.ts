// Each setting parsed from an env object: defaults, and a bad value refused
// with a ConfigError naming the variable.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findRepoRoot, repoRoot } from './index.ts';
import { parseClickHouseEnv, parseClickHouseReaderEnv } from './clickhouse.ts';
import { parseLogLevel } from './log-level.ts';
import { parseOptionalTemporalEnv, parseTemporalEnv, temporalConnectionOptions } from './temporal.ts';
import { dashboardPort } from './dashboard.ts';
import { parsePublicUrl } from './public-url.ts';

function refused(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('ClickHouse settings', () => {
  it('defaults user, password and database', () => {
    expect(parseClickHouseEnv({ CLICKHOUSE_URL: 'http://127.0.0.1:8123' })).toEqual({
      url: 'http://127.0.0.1:8123',
      user: 'default',
      password: '',
      database: 'liaison',
    });
  });
  it('gives the read-only account the same server and database, or null without a reader user', () => {
    const env = {
      CLICKHOUSE_URL: 'http://ch:8123',
      CLICKHOUSE_DATABASE: 'city',
      CLICKHOUSE_READER_USER: 'r',
      CLICKHOUSE_READER_PASSWORD: 'p',
    };
    expect(parseClickHouseReaderEnv(env)).toEqual({ url: 'http://ch:8123', user: 'r', password: 'p', database: 'city' });
    expect(parseClickHouseReaderEnv({ CLICKHOUSE_URL: 'http://ch:8123', CLICKHOUSE_READER_USER: '' })).toBeNull();
  });
  it('names a bad URL and shows the value', () => {
    const e = refused(() => parseClickHouseEnv({ CLICKHOUSE_URL: 'not a url' }));
    expect(e.variable).toBe('CLICKHOUSE_URL');
    expect(e.message).toContain("got 'not a url'");
  });
});

describe('Temporal settings', () => {
  it('is null without an address where Temporal is optional, and required where not', () => {
    expect(parseOptionalTemporalEnv({ TEMPORAL_ADDRESS: '' })).toBeNull();
    expect(refused(() => parseTemporalEnv({})).variable).toBe('TEMPORAL_ADDRESS');
  });
  it('an API key implies TLS; options carry it for Connection and NativeConnection', () => {
    const t = parseTemporalEnv({ TEMPORAL_ADDRESS: 'x.tmprl.cloud:7233', TEMPORAL_API_KEY: 'k' });
    expect(t).toMatchObject({ namespace: 'default', tls: true, taskQueue: 'liaison-ingest' });
    expect(temporalConnectionOptions(t)).toEqual({ address: 'x.tmprl.cloud:7233', tls: true, apiKey: 'k' });
  });
  it('reads a client certificate pair for mTLS and names a missing half', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tls-'));
    await writeFile(join(dir, 'c.pem'), 'CERT');
    await writeFile(join(dir, 'k.pem'), 'KEY');
    const t = parseTemporalEnv({ TEMPORAL_ADDRESS: 'h:7233', TEMPORAL_TLS_CERT: join(dir, 'c.pem'), TEMPORAL_TLS_KEY: join(dir, 'k.pem') });
    expect(t.tls).toEqual({ clientCertPair: { crt: Buffer.from('CERT'), key: Buffer.from('KEY') } });
    expect(refused(() => parseTemporalEnv({ TEMPORAL_ADDRESS: 'h:7233', TEMPORAL_TLS_CERT: 'c.pem' })).variable).toBe('TEMPORAL_TLS_KEY');
    expect(
      refused(() =>
        parseTemporalEnv({ TEMPORAL_ADDRESS: 'h:7233', TEMPORAL_TLS_CERT: join(dir, 'no'), TEMPORAL_TLS_KEY: join(dir, 'k.pem') }),
      ).variable,
    ).toBe('TEMPORAL_TLS_CERT');
  });
  it('names a malformed address', () => {
    expect(refused(() => parseTemporalEnv({ TEMPORAL_ADDRESS: 'localhost' })).message).toMatch(/TEMPORAL_ADDRESS: must be host:port/);
  });
  it('the Web UI address, for links: none by default, without a trailing slash, http(s) only', () => {
    expect(parseTemporalEnv({ TEMPORAL_ADDRESS: 'h:7233' }).uiUrl).toBeNull();
    expect(parseTemporalEnv({ TEMPORAL_ADDRESS: 'h:7233', TEMPORAL_UI_URL: 'http://h:8233/' }).uiUrl).toBe('http://h:8233');
    expect(refused(() => parseTemporalEnv({ TEMPORAL_ADDRESS: 'h:7233', TEMPORAL_UI_URL: 'h:8233' })).variable).toBe('TEMPORAL_UI_URL');
  });
});

describe('other settings', () => {
  it('log level: WARN by default, any case, names a bad one', () => {
    expect(parseLogLevel({})).toBe('WARN');
    expect(parseLogLevel({ LIAISON_LOG_LEVEL: 'debug' })).toBe('DEBUG');
    expect(refused(() => parseLogLevel({ LIAISON_LOG_LEVEL: 'loud' })).variable).toBe('LIAISON_LOG_LEVEL');
  });
  it('dashboard port: 5173 by default, names a bad one', () => {
    expect(dashboardPort({})).toBe(5173);
    expect(refused(() => dashboardPort({ LIAISON_DASHBOARD_PORT: 'x' })).variable).toBe('LIAISON_DASHBOARD_PORT');
  });
  it('public URL: none by default, without a trailing slash, names a bad one', () => {
    expect(parsePublicUrl({})).toBeNull();
    expect(parsePublicUrl({ LIAISON_PUBLIC_URL: 'https://liaison.example.gov.cn/' })).toBe('https://liaison.example.gov.cn');
    expect(refused(() => parsePublicUrl({ LIAISON_PUBLIC_URL: 'liaison.example' })).variable).toBe('LIAISON_PUBLIC_URL');
    expect(refused(() => parsePublicUrl({ LIAISON_PUBLIC_URL: 'https://a:b@x.example' })).message).toMatch(/user name or password/);
  });
  it('repository root: the directory with pnpm-workspace.yaml', () => {
    expect(findRepoRoot(import.meta.dirname)).toBe(repoRoot());
    expect(findRepoRoot('/')).toBeNull();
  });
});
