// A bad setting stops `npm start` before anything is started, naming it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DEV = fileURLToPath(new URL('./dev.ts', import.meta.url));

function startWith(env: Record<string, string>) {
  return spawnSync(process.execPath, [DEV], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 55_000 });
}

// Each case starts a Node process that loads the whole stack's imports: seconds
// on a busy two-core machine, so more than vitest's 5 s default.
describe('stack start-up', { timeout: 60_000 }, () => {
  it('refuses an unparsable CLICKHOUSE_URL, naming it', () => {
    const r = startWith({ CLICKHOUSE_URL: 'not a url' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('CLICKHOUSE_URL');
    expect(r.stderr).toContain("got 'not a url'");
  });

  it('refuses a bad database name, naming it', () => {
    const r = startWith({ CLICKHOUSE_URL: 'http://127.0.0.1:1', CLICKHOUSE_DATABASE: 'drop table;' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('CLICKHOUSE_DATABASE');
  });

  it('refuses a malformed sources file with every error listed', () => {
    const r = startWith({ SOURCES_FILE: fileURLToPath(new URL('./testdata/bad-sources.json', import.meta.url)) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad-sources\.json: sources\.0\.baseUrl/);
    expect(r.stderr).toMatch(/bad-sources\.json: sources\.1\.schedule/);
  });
});
