// fetchDistrictApiPage against the real simulator over HTTP on 127.0.0.1,
// one fault at a time: each failure must become the SourceError kind the
// workflow's retry policy relies on, and bad records must be quarantined
// beside the good ones of the same page.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isoToUtc } from '@liaison/schemas';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import { DISTRICT_API_POISON_KINDS as POISON_KINDS } from '@liaison/simulators';
import { SourceError } from '../errors.ts';
import { fetchDistrictApiPage, type DistrictApiCollection, type DistrictApiPageRequest } from './fetch-page.ts';

const token = 'nanshan-secret-token';
let sim: DistrictApiSimulator;
const req = <C extends DistrictApiCollection>(collection: C, over: Partial<DistrictApiPageRequest<C>> = {}): DistrictApiPageRequest<C> => ({
  baseUrl: sim.url,
  token,
  collection,
  pageSize: 50,
  ...over,
});
const failure = async (over: Partial<DistrictApiPageRequest<'enterprises'>> = {}) => {
  const err = await fetchDistrictApiPage(req('enterprises', over)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
};

beforeAll(async () => {
  sim = await startDistrictApiSimulator({ district: 'nanshan', token, seed: 11, sizes: { enterprises: 120, visits: 150, projects: 40 } });
});
afterAll(() => sim.stop());
beforeEach(() => sim.setFaults({}));

describe('fetchDistrictApiPage', () => {
  it('returns validated records, keyed positions, the next token and Chinese text intact', async () => {
    const page = await fetchDistrictApiPage(req('enterprises', { pageNo: 3 }));
    expect(page.received).toBe(50);
    expect(page.invalid).toEqual([]);
    expect(page.valid.map((v) => v.position)).toEqual(Array.from({ length: 50 }, (_, index) => ({ page: 3, index })));
    expect(page.next).toEqual(expect.any(String));
    expect(page.serverTime).toMatch(/\+08:00$/);
    const first = sim.records('enterprises')[0]!;
    expect(page.valid[0]!.record.name).toBe(first.name);
    expect(page.valid[0]!.record.name).toMatch(/[\u4e00-\u9fff]/);
    expect(page.valid[0]!.record.updated_at).toBe(isoToUtc(String(first.updated_at)));
  });

  it('treats updatedSince as inclusive', async () => {
    const pivot = sim.records('visits')[40]!;
    const page = await fetchDistrictApiPage(req('visits', { pageSize: 500, updatedSince: String(pivot.updated_at) }));
    const since = isoToUtc(String(pivot.updated_at))!;
    expect(page.valid[0]!.record.updated_at).toBe(since);
    expect(page.valid.every((v) => v.record.updated_at >= since)).toBe(true);
    const expected = sim.records('visits').filter((r) => isoToUtc(String(r.updated_at))! >= since);
    expect(page.valid.map((v) => v.record.visit_id)).toEqual(expected.map((r) => r.visit_id));
  });

  it('quarantines every kind of poison with path, code and message, keeping the good records', async () => {
    for (const collection of ['enterprises', 'visits', 'projects'] as const) {
      sim.setFaults({ poison: {} });
      const page = await fetchDistrictApiPage(req(collection, { pageSize: 30, pageNo: 1 }));
      const kinds = POISON_KINDS[collection];
      expect(page.invalid).toHaveLength(kinds.length);
      expect(page.valid).toHaveLength(30 - kinds.length);
      expect(page.received).toBe(30);
      for (const [i, bad] of page.invalid.entries()) {
        expect(bad.position).toMatchObject({ page: 1 });
        expect(bad.issues.map((x) => x.path)).toContain(kinds[i]!.field);
        for (const issue of bad.issues)
          expect(issue).toEqual({ path: expect.any(String), code: expect.any(String), message: expect.any(String) });
      }
      if (collection !== 'enterprises') expect(page.invalid.filter((b) => b.key?.startsWith('nanshan/POISON')).length).toBeGreaterThan(0);
    }
  });

  it('turns 429 into rate_limited with Retry-After in ms, as seconds or as an HTTP date', async () => {
    sim.setFaults({ rateLimit: { retryAfterSeconds: 7 } });
    const err = await failure();
    expect([err.kind, err.retryable, err.retryAfterMs, err.status]).toEqual(['rate_limited', true, 7000, 429]);
    expect(err.message).toContain(`${sim.url}/v1/enterprises`);
    sim.setFaults({ rateLimit: { retryAfterSeconds: 30, httpDate: true } });
    const dated = await failure();
    expect(dated.retryAfterMs).toBeGreaterThan(28_000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('turns 500, 502 and 503 into retryable unavailable errors naming the status', async () => {
    sim.setFaults({ serverError: {} });
    for (const status of [500, 502, 503]) {
      const err = await failure();
      expect([err.kind, err.retryable, err.status]).toEqual(['unavailable', true, status]);
      expect(err.message).toContain(`HTTP ${status}`);
    }
  });

  it('turns a body that is not the JSON envelope into bad_response', async () => {
    for (const body of ['html', 'truncated', 'envelope'] as const) {
      sim.setFaults({ badJson: { body } });
      const err = await failure();
      expect([err.kind, err.retryable]).toEqual(['bad_response', true]);
      expect(err.message).toContain(sim.url);
      expect(err.message).not.toMatch(/nginx|<html|\{"data"/); // described, not quoted
    }
  });

  it('turns 401 and 403 into non-retryable unauthorized errors that never show credentials', async () => {
    const wrong = await failure({ token: 'expired' });
    expect([wrong.kind, wrong.retryable, wrong.status]).toEqual(['unauthorized', false, 401]);
    expect(wrong.message).toMatch(/refused the token/);
    expect(wrong.message).toContain(sim.url);
    sim.setFaults({ unauthorized: { status: 403 } });
    const forbidden = await failure();
    expect([forbidden.kind, forbidden.status]).toEqual(['unauthorized', 403]);
    expect(forbidden.message).not.toContain(token);
    const withUser = await failure({ token: 'expired', baseUrl: sim.url.replace('//', '//ops:hunter2@') });
    expect([withUser.kind, withUser.message.includes('hunter2')]).toEqual(['unauthorized', false]);
  });

  it('turns other 4xx into bad_request and refuses page sizes above 500 before asking', async () => {
    const err = await failure({ pageToken: 'not-a-token' });
    expect([err.kind, err.retryable, err.status]).toEqual(['bad_request', false, 400]);
    sim.clearRequests();
    expect((await failure({ pageSize: 501 })).kind).toBe('bad_request');
    expect(sim.requests).toHaveLength(0);
  });

  it('turns timeouts and refused connections into unavailable, but passes caller cancellation through', async () => {
    sim.setFaults({ slow: { delayMs: 2000 } });
    const slow = await failure({ timeoutMs: 100 });
    expect(slow.kind).toBe('unavailable');
    expect(slow.message).toMatch(/timed out after 100 ms/);
    const cancel = new AbortController();
    const pending = fetchDistrictApiPage(req('enterprises', { signal: cancel.signal }));
    cancel.abort(new Error('activity cancelled'));
    await expect(pending).rejects.toThrow('activity cancelled');
    const closed = await startDistrictApiSimulator({ district: 'futian', token, data: {} });
    await closed.stop();
    const refused = await failure({ baseUrl: closed.url });
    expect([refused.kind, refused.retryable]).toEqual(['unavailable', true]);
    expect(refused.message).toContain(closed.url);
  });
});
