// The connector against the real simulator over HTTP on 127.0.0.1: good
// pages, poison events quarantined beside valid ones, and every failure
// mapped to the SourceError kind that tells the workflow whether to retry.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemandPlatformSimulator, type DemandPlatformSimulator } from '@liaison/simulators';
import { SourceError } from '../errors.ts';
import { sourceFailure as failure } from '../testing.ts';
import { fetchDemandEventsPage, demandEventsUrl } from './fetch-page.ts';

const KEY = 'k-test';
const SECRET = '测试-secret';
let sim: DemandPlatformSimulator;
const opts = (extra: Partial<Parameters<typeof fetchDemandEventsPage>[0]> = {}) => ({
  baseUrl: sim.url,
  apiKey: KEY,
  secret: SECRET,
  afterSeq: 0,
  limit: 100,
  ...extra,
});

beforeAll(async () => {
  sim = await startDemandPlatformSimulator({ apiKey: KEY, secret: SECRET, seed: 11, demands: 200 });
});
afterAll(() => sim.stop());
beforeEach(() => sim.setFaults({}));

describe('fetchDemandEventsPage', () => {
  it('returns one validated page, its cursor, and Chinese text unchanged', async () => {
    const page = await fetchDemandEventsPage(opts());
    expect(page).toMatchObject({ received: 100, lastSeq: 100, hasMore: true, next: '100', invalid: [] });
    expect(page.valid).toHaveLength(100);
    expect(page.valid[3]?.position).toEqual({ seq: 4, index: 3 });
    const wire = sim.events.slice(0, 100);
    expect(page.valid.map((v) => v.record.event_id)).toEqual(wire.map((e) => e.event_id));
    const titles = (es: { type: string; payload: object }[]) =>
      es.filter((e) => e.type === 'created').map((e) => (e.payload as { title: string }).title);
    expect(titles(page.valid.map((v) => v.record))).toEqual(titles(wire));
    expect(page.valid[0]?.record.occurred_at).toBe(new Date(wire[0]!.occurred_at).toISOString());
  });

  it('puts poison events in `invalid` with seq, key and every reason, keeping the rest valid', async () => {
    sim.setFaults({ poison: { every: 10 } });
    const page = await fetchDemandEventsPage(opts());
    expect(page.valid).toHaveLength(90);
    expect(page.invalid.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) => ({ seq: k * 10, index: k * 10 - 1 })));
    const paths = Object.fromEntries(page.invalid.map((i) => [i.position.seq, i.issues.map((x) => x.path)]));
    expect(paths[10]).toEqual(['payload.satisfaction']);
    expect(paths[20]).toEqual(['event_id']);
    expect(paths[30]?.[0]).toMatch(/^payload/);
    expect(paths[40]).toEqual(['occurred_at']);
    expect(paths[50]).toEqual(['payload.category']);
    expect(paths[60]).toEqual(['type']);
    for (const bad of page.invalid) {
      expect(bad.key).toBe((bad.raw as { event_id: string }).event_id);
      for (const issue of bad.issues) expect(issue.code && issue.message).toBeTruthy();
    }
  });

  it('keys an event without event_id by its seq (an appended poison event)', async () => {
    const [added] = sim.append([{ demand_id: 'SQ202500000001', type: 'closed', occurred_at: '2025-03-01T10:00:00+08:00', payload: {} }]);
    const seq = added!.seq;
    const page = await fetchDemandEventsPage(opts({ afterSeq: seq - 2 }));
    expect(page).toMatchObject({ received: 2, hasMore: false, next: null, lastSeq: seq });
    expect(page.invalid).toEqual([
      {
        raw: added,
        key: `seq:${seq}`,
        position: { seq, index: 1 },
        issues: [{ path: 'event_id', code: 'invalid_type', message: 'required' }],
      },
    ]);
  });

  it('maps 429 to rate_limited with the Retry-After delay', async () => {
    sim.setFaults({ rateLimit: { times: 1, retryAfterSeconds: 2 } });
    const err = await failure(fetchDemandEventsPage(opts()));
    expect(err).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 2000, status: 429 });
    expect((await fetchDemandEventsPage(opts())).received).toBe(100); // the fault was for one request
  });

  it.each([500, 502, 503] as const)('maps %i to unavailable (retryable)', async (status) => {
    sim.setFaults({ serverError: { status } });
    expect(await failure(fetchDemandEventsPage(opts()))).toMatchObject({ kind: 'unavailable', retryable: true, status });
  });

  it.each(['truncated', 'html', 'envelope'] as const)('maps a 200 with a %s body to bad_response (retryable)', async (body) => {
    sim.setFaults({ badJson: { body } });
    expect(await failure(fetchDemandEventsPage(opts()))).toMatchObject({ kind: 'bad_response', retryable: true });
  });

  it.each([
    ['a wrong secret', { secret: 'wrong' }, {}],
    ['a wrong key', { apiKey: 'wrong' }, {}],
    ['our clock 10 minutes slow', { now: () => Date.now() - 600_000 }, {}],
    ['a platform that refuses every signature', {}, { rejectSignatures: true }],
  ])('maps 401 for %s to unauthorized, not retryable, naming the URL', async (_, extra, faults) => {
    sim.setFaults(faults);
    const err = await failure(fetchDemandEventsPage(opts(extra)));
    expect(err).toMatchObject({ kind: 'unauthorized', retryable: false, status: 401 });
    expect(err.message).toContain('signature or API key');
    expect(err.message).toContain(`${sim.url}/v2/demand-events?after_seq=&limit=`); // query values are not shown
  });

  it('maps other 4xx to bad_request (limit > 1000)', async () => {
    expect(await failure(fetchDemandEventsPage(opts({ limit: 1001 })))).toMatchObject({
      kind: 'bad_request',
      retryable: false,
      status: 400,
    });
  });

  it('maps a timeout and a refused connection to unavailable, but passes caller cancellation through', async () => {
    sim.setFaults({ delayMs: 300 });
    const slow = await failure(fetchDemandEventsPage(opts({ timeoutMs: 50 })));
    expect(slow).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(slow.message).toContain('timed out after 50 ms');
    const cancelled = fetchDemandEventsPage(opts({ signal: AbortSignal.abort(new Error('cancelled by workflow')) }));
    await expect(cancelled).rejects.toThrow('cancelled by workflow');
    await expect(cancelled).rejects.not.toBeInstanceOf(SourceError);
    const closed = await startDemandPlatformSimulator({ apiKey: KEY, secret: SECRET, demands: 0, enterprises: [] });
    await closed.stop();
    expect(await failure(fetchDemandEventsPage(opts({ baseUrl: closed.url })))).toMatchObject({ kind: 'unavailable' });
  });

  it('keeps a path prefix of baseUrl in the signed URL', () => {
    expect(demandEventsUrl('http://h:1/api/', 5, 10).href).toBe('http://h:1/api/v2/demand-events?after_seq=5&limit=10');
  });
});

describe('fetchDemandEventsPage against a broken platform', () => {
  let body = '';
  const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body));
  let baseUrl = '';
  beforeAll(() =>
    new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok)).then(() => {
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }),
  );
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it.each([
    ['a wrong envelope', '{"items":[]}', /not \{ events, last_seq, has_more \}/],
    ['a cursor that does not move', '{"events":[],"last_seq":5,"has_more":true}', /last_seq 5 after_seq 5/],
    ['a cursor that moves back', '{"events":[],"last_seq":2,"has_more":false}', /last_seq 2 after_seq 5/],
  ])('rejects %s as bad_response', async (_, text, message) => {
    body = text;
    const err = await failure(fetchDemandEventsPage({ baseUrl, apiKey: KEY, secret: SECRET, afterSeq: 5 }));
    expect(err).toMatchObject({ kind: 'bad_response', retryable: true });
    expect(err.message).toMatch(message);
  });
});
