// On the built dashboard, in front of data that really holds personal fields
// (the demo members' contact names and phones, the demand platform's free
// text) and a failed source run whose error text quotes an upstream URL with
// a secret in its query, a drop-folder path and a ClickHouse exception: every
// public answer (each /api/v1 route the OpenAPI document lists and each public
// page, with several filter sets, good and hostile) is scanned for any of it,
// and for any URL with a query string, absolute filesystem path or ClickHouse
// exception text at all. Public answers set no cookie either.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { addOperator, saveRun, type ClickHouseClient } from '@liaison/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackClickHouse, url } from './e2e-support.ts';

const tag = randomBytes(4).toString('hex');
const SECRET_QUERY = `sig-${tag}-secret`;
const DROP_PATH = `/srv/liaison/drops/longgang/${tag}.csv`;
const ENGINE_ERROR = `Code: 241. DB::Exception: Memory limit (total) exceeded ${tag}`;
const FAILED_RUN = `run-leak-${tag}`;
const OPERATOR = `leak-ops-${tag}`;
const ERROR_TEXT = `GET https://files.example.net/export?period=2024&signature=${SECRET_QUERY} failed; kept ${DROP_PATH}; ${ENGINE_ERROR}`;

const PAGES = ['/', '/coverage', '/demands', '/investment', '/quality'];
const PAGE_FILTERS = ['', '?district=nanshan', '?lang=en&from=2024-01-01&to=2025-01-01'];
const HOSTILE = `'"><x>${'%'.repeat(50)}\\`;
const API_FILTERS = [
  '',
  '?district=nanshan',
  '?from=2024-01-01&to=2025-01-01&lang=en',
  '?format=csv',
  `?district=${encodeURIComponent(HOSTILE)}`, // 400
  '?from=2024-13-45', // 400
  `?no_such_filter=${SECRET_QUERY}`, // 400
];
const CAMPAIGNS = [`?campaign=${encodeURIComponent(HOSTILE)}`, `?campaign=${'长'.repeat(201)}`];

/** Anything that looks like an engine's error, an absolute path on a server, or an absolute URL with a query. */
const FORBIDDEN_SHAPES: Array<[string, RegExp]> = [
  ['ClickHouse exception text', /DB::Exception|Code: \d+\. DB|\(version \d+\.\d+\.\d+\.\d+/],
  ['an absolute filesystem path', /(?<![\w.:/-])\/(?:home|root|srv|tmp|var|etc|usr|opt|mnt|data|work|proc)\/[\w.-]/],
  ['a URL with a query string', /\bhttps?:\/\/[^\s"'<>\\]*\?[^\s"'<>\\]/],
];

let ch: ClickHouseClient;
let personal: string[] = [];

async function strings(sql: string): Promise<string[]> {
  const rows = await (await ch.query({ query: sql, format: 'JSONEachRow' })).json<{ s: string }>();
  return rows.map((r) => r.s).filter((s) => s.length >= 4);
}

beforeAll(async () => {
  ch = stackClickHouse();
  personal = [
    ...(await strings(`SELECT DISTINCT JSONExtractString(data, 'contact_name') AS s FROM submissions WHERE kind = 'profile'`)),
    ...(await strings(`SELECT DISTINCT JSONExtractString(data, 'contact_phone') AS s FROM submissions WHERE kind = 'profile'`)),
    ...(await strings(
      `SELECT DISTINCT text AS s FROM demand_event_texts WHERE field IN ('title', 'note', 'resolution', 'reason') AND length(text) >= 6`,
    )),
  ];
  await addOperator(ch, OPERATOR, `pw-${randomBytes(12).toString('hex')}`);
  const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
  await saveRun(ch, {
    run_id: FAILED_RUN,
    source_id: 'longgang',
    source_kind: 'district-files',
    mode: 'scheduled',
    rerun_of: null,
    window_from: null,
    window_to: null,
    status: 'failed',
    started_at: now,
    finished_at: now,
    received: 0,
    loaded: 0,
    quarantined: 0,
    duplicates: 0,
    error: ERROR_TEXT,
    error_kind: 'source_bad_answer',
  });
});
afterAll(() => ch?.close());

/** Every public GET the OpenAPI document lists, with each filter set its parameters allow. */
async function apiPaths(): Promise<string[]> {
  const doc = (await (await fetch(url('/api/v1/openapi.json'))).json()) as { paths: Record<string, { get?: unknown }> };
  const paths = Object.keys(doc.paths).filter((p) => doc.paths[p]!.get);
  expect(paths.length).toBeGreaterThan(4);
  return [
    '/api/v1/openapi.json',
    '/api/v1/no-such-route',
    ...paths.flatMap((p) => {
      const path = `/api/v1${p.replace(/^\/api\/v1/, '').replace(/\{[^}]+\}/g, 'x')}`;
      return [...API_FILTERS, ...(p.includes('coverage') ? CAMPAIGNS : [])].map((f) => `${path}${f}`);
    }),
  ];
}

function expectNothingLeaks(path: string, body: string): void {
  const seeded = [SECRET_QUERY, DROP_PATH, ENGINE_ERROR, FAILED_RUN, OPERATOR, tmpdir(), process.cwd()];
  for (const s of seeded) expect(body.includes(s), `${path} shows ${s}`).toBe(false);
  const shown = personal.filter((s) => body.includes(s));
  expect(shown, `${path} shows personal data`).toEqual([]);
  for (const [what, shape] of FORBIDDEN_SHAPES) expect(body.match(shape)?.[0], `${path} shows ${what}`).toBeUndefined();
}

describe('public answers', () => {
  it('are scanned against data that holds personal fields and a failed run that quotes secrets', async () => {
    expect(personal.length, 'personal values in the loaded data').toBeGreaterThan(20);
    // the quality figures show the failed run once they are computed again (their version moves each minute)
    await expect
      .poll(
        async () => {
          const q = (await (await fetch(url('/api/v1/quality'))).json()) as {
            sources: Array<{ source_id: string; last_run: { status: string } | null }>;
          };
          return q.sources.find((s) => s.source_id === 'longgang')?.last_run?.status;
        },
        { timeout: 150_000, interval: 2_000 },
      )
      .toBe('failed');
  });

  it('of the API leak nothing, whatever the filters', async () => {
    for (const path of await apiPaths()) {
      const res = await fetch(url(path), { redirect: 'manual' });
      expect(res.status, path).toBeLessThan(500);
      expect(res.headers.get('set-cookie'), path).toBeNull();
      expectNothingLeaks(path, await res.text());
    }
  });

  it('of the public pages leak nothing, whatever the filters', async () => {
    for (const path of PAGES.flatMap((p) => PAGE_FILTERS.map((f) => `${p}${f}`))) {
      const res = await fetch(url(path), { redirect: 'manual' });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('set-cookie'), path).toBeNull();
      expectNothingLeaks(path, await res.text());
    }
  });
});
