// The simulator over real HTTP, spoken to with a hand-rolled client so the
// protocol of sources.md §2 is checked without the connector: signing, the
// 300 s window, limits, and each switchable fault.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demandEvent } from '@liaison/schemas';
import { startDemandPlatformSimulator, type DemandPlatformSimulator } from './server.ts';
import { POISON_KINDS } from './poison.ts';

const KEY = 'test-key';
const SECRET = 'test-secret';
let sim: DemandPlatformSimulator;

beforeAll(async () => {
  sim = await startDemandPlatformSimulator({ apiKey: KEY, secret: SECRET, seed: 3, demands: 300 });
});
afterAll(() => sim.stop());
beforeEach(() => sim.setFaults({}));

interface Call {
  key?: string;
  secret?: string;
  skew?: number;
  signed?: string;
}
function get(pathAndQuery: string, call: Call = {}): Promise<Response> {
  const ts = String(Math.floor(Date.now() / 1000) + (call.skew ?? 0));
  const sig = createHmac('sha256', call.secret ?? SECRET)
    .update(`${ts}\n${call.signed ?? pathAndQuery}`)
    .digest('hex');
  return fetch(sim.url + pathAndQuery, { headers: { 'X-Api-Key': call.key ?? KEY, 'X-Timestamp': ts, 'X-Signature': sig } });
}
const page = '/v2/demand-events?after_seq=0&limit=100';

describe('demand platform simulator', () => {
  it('serves a signed page as { events, last_seq, has_more } with Chinese intact', async () => {
    const res = await get(page);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('charset=utf-8');
    const body = (await res.json()) as { events: { seq: number }[]; last_seq: number; has_more: boolean };
    expect(body.events).toEqual(sim.events.slice(0, 100));
    expect(body).toMatchObject({ last_seq: 100, has_more: true });
    expect(JSON.stringify(body)).toContain('的诉求');
  });

  it.each([
    ['a wrong key', { key: 'other' }],
    ['a wrong secret', { secret: 'other' }],
    ['a timestamp 301 s behind', { skew: -301 }],
    ['a timestamp 301 s ahead', { skew: 301 }],
    ['a signature over another query', { signed: '/v2/demand-events?after_seq=0&limit=99' }],
  ])('refuses %s with 401', async (_, call: Call) => {
    const res = await get(page, call);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('accepts a timestamp 299 s off, and rejects limit > 1000 with 400', async () => {
    expect((await get(page, { skew: -299 })).status).toBe(200);
    expect((await get('/v2/demand-events?after_seq=0&limit=1000')).status).toBe(200);
    expect((await get('/v2/demand-events?after_seq=0&limit=1001')).status).toBe(400);
    expect((await get('/v2/demand-events?after_seq=-1&limit=10')).status).toBe(400);
  });

  it('rate-limits, fails and cuts JSON for exactly `times` requests', async () => {
    sim.setFaults({ rateLimit: { times: 1, retryAfterSeconds: 7 }, serverError: { times: 1, status: 502 }, badJson: { times: 1 } });
    const limited = await get(page);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await get(page)).status).toBe(502);
    const cut = await get(page);
    expect(cut.status).toBe(200);
    await expect(cut.json()).rejects.toThrow();
    expect((await get(page)).status).toBe(200);
    sim.setFaults({ badJson: { body: 'html' } });
    expect(await (await get(page)).text()).toContain('<html>');
  });

  it('refuses correct signatures when its clock is skewed or it rejects every signature', async () => {
    sim.setFaults({ clockSkewSeconds: 400 });
    expect((await get(page)).status).toBe(401);
    sim.setFaults({ rejectSignatures: true });
    expect((await get(page)).status).toBe(401);
  });

  it('poisons every n-th seq with each kind, and each one fails the shared schema', async () => {
    sim.setFaults({ poison: { every: 10 } });
    const body = (await (await get(page)).json()) as { events: { seq: number }[] };
    const bad = body.events.filter((e) => !demandEvent.safeParse(e).success).map((e) => e.seq);
    expect(bad).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(POISON_KINDS.length).toBeLessThanOrEqual(bad.length);
    expect(body.events[0]).toEqual(sim.events[0]); // untouched neighbours
  });

  it('records requests with their status', async () => {
    const before = sim.requests.length;
    await get('/v1/other');
    expect(sim.requests.slice(before)).toEqual([{ pathAndQuery: '/v1/other', status: 404 }]);
  });
});
