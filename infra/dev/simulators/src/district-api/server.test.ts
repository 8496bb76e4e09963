// The simulator itself must keep sources.md §1a: auth, page_size bound,
// ascending keyset paging with inclusive updated_since, and each fault
// answering as configured. Plain fetch over real HTTP on 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDistrictApiSimulator, type DistrictApiSimulator } from './server.ts';
import { POISON_KINDS } from './poison.ts';

const token = 'test-token';
let sim: DistrictApiSimulator;
const auth = { authorization: `Bearer ${token}` };
const get = (path: string, headers: Record<string, string> = auth) => fetch(`${sim.url}${path}`, { headers });
const page = async (path: string) =>
  (await (await get(path)).json()) as { data: Record<string, unknown>[]; next_page_token: string | null; server_time: string };

beforeAll(async () => {
  sim = await startDistrictApiSimulator({ district: 'nanshan', token, seed: 5, sizes: { enterprises: 60, visits: 90, projects: 25 } });
});
afterAll(() => sim.stop());
beforeEach(() => sim.setFaults({}));

describe('district-api simulator', () => {
  it('refuses a missing or wrong token with 401', async () => {
    expect((await get('/v1/enterprises', {})).status).toBe(401);
    expect((await get('/v1/enterprises', { authorization: 'Bearer nope' })).status).toBe(401);
    expect((await get('/v1/enterprises')).status).toBe(200);
  });

  it('answers 400 for page_size above 500 or malformed parameters, 404 elsewhere', async () => {
    expect((await get('/v1/visits?page_size=501')).status).toBe(400);
    expect((await get('/v1/visits?page_size=500')).status).toBe(200);
    expect((await get('/v1/visits?page_size=0')).status).toBe(400);
    expect((await get('/v1/visits?updated_since=2024-05-17T09:30:00')).status).toBe(400);
    expect((await get('/v1/visits?page_token=garbage')).status).toBe(400);
    expect((await get('/v1/members')).status).toBe(404);
  });

  it('pages through every record once, ascending, with an ISO server_time', async () => {
    const seen: Record<string, unknown>[] = [];
    let next: string | null = null;
    do {
      const p = await page(`/v1/visits?page_size=7${next ? `&page_token=${next}` : ''}`);
      expect(p.data.length).toBeLessThanOrEqual(7);
      expect(p.server_time).toMatch(/\+08:00$/);
      seen.push(...p.data);
      next = p.next_page_token;
    } while (next);
    expect(seen).toEqual(sim.records('visits'));
    const times = seen.map((r) => Date.parse(String(r.updated_at)));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('treats updated_since as inclusive', async () => {
    const all = sim.records('projects');
    const pivot = all[10]!;
    const p = await page(`/v1/projects?page_size=500&updated_since=${encodeURIComponent(String(pivot.updated_at))}`);
    expect(p.data[0]!.updated_at).toBe(pivot.updated_at);
    expect(p.data).toEqual(all.filter((r) => Date.parse(String(r.updated_at)) >= Date.parse(String(pivot.updated_at))));
  });

  it('overlaps consecutive pages by one record when asked', async () => {
    sim.setFaults({ overlap: true });
    const first = await page('/v1/enterprises?page_size=5');
    const second = await page(`/v1/enterprises?page_size=5&page_token=${first.next_page_token}`);
    expect(second.data[0]).toEqual(first.data[4]);
  });

  it('serves the gateway faults deterministically', async () => {
    sim.setFaults({ rateLimit: { every: 2, retryAfterSeconds: 3 } });
    expect((await get('/v1/visits')).status).toBe(200);
    const limited = await get('/v1/visits');
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '3']);
    sim.setFaults({ serverError: {} });
    expect([(await get('/v1/visits')).status, (await get('/v1/visits')).status, (await get('/v1/visits')).status]).toEqual([500, 502, 503]);
    sim.setFaults({ unauthorized: { status: 403, times: 1 } });
    expect((await get('/v1/visits')).status).toBe(403);
    expect((await get('/v1/visits')).status).toBe(200);
    sim.setFaults({ badJson: {} });
    const bad = await get('/v1/visits');
    expect(bad.status).toBe(200);
    expect(await bad.text()).toContain('<html>');
  });

  it('injects one poison record per kind without exceeding page_size', async () => {
    sim.setFaults({ poison: { times: 1 } });
    const p = await page('/v1/enterprises?page_size=20');
    expect(p.data).toHaveLength(20);
    const known = new Set(sim.records('enterprises').map((r) => JSON.stringify(r)));
    const extra = p.data.filter((r) => !known.has(JSON.stringify(r)));
    expect(extra).toHaveLength(POISON_KINDS.enterprises.length);
    expect(sim.requests.at(-1)).toMatchObject({ status: 200, fault: 'poison', poison: extra.length });
  });

  it('repeats records of the previous page under the duplicates fault', async () => {
    const first = await page('/v1/projects?page_size=6');
    sim.setFaults({ duplicates: { count: 2 } });
    const second = await page(`/v1/projects?page_size=6&page_token=${first.next_page_token}`);
    expect(second.data.slice(0, 2)).toEqual(first.data.slice(4, 6));
  });

  it('serves upserted records after the ones it already had', async () => {
    const before = sim.records('visits');
    const changed = { ...before[0]!, demands_raised: 9, updated_at: '2025-01-05T10:00:00+08:00' };
    sim.upsert('visits', [changed]);
    const after = sim.records('visits');
    expect(after).toHaveLength(before.length);
    expect(after.at(-1)).toEqual(changed);
    sim.setData({ visits: before });
  });
});
