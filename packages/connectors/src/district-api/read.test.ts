// readDistrictApi pages a whole collection from the real simulator: every
// record arrives at least once and nothing else arrives, whatever the
// overlaps and repeats, and nothing is deduplicated on the way (that is the
// loader's job, and it needs to see the repeats to prove it does it).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COLLECTIONS, recordKey, type Collection } from '@liaison/schemas';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import { readDistrictApi } from './read.ts';

const token = 't0ken';
let sim: DistrictApiSimulator;

async function readAll(collection: Collection, pageSize: number, updatedSince?: string) {
  const keys: string[] = [];
  const pages: number[] = [];
  let invalid = 0;
  for await (const page of readDistrictApi({ baseUrl: sim.url, token, collection, pageSize, updatedSince })) {
    for (const v of page.valid) keys.push(recordKey(collection, v.record)!);
    for (const v of page.valid) pages.push(v.position.page!);
    invalid += page.invalid.length;
  }
  return { keys, pages, invalid };
}
const keysOf = (collection: Collection) => sim.records(collection).map((r) => recordKey(collection, r)!);

beforeAll(async () => {
  sim = await startDistrictApiSimulator({ district: 'longgang', token, seed: 3, sizes: { enterprises: 97, visits: 131, projects: 23 } });
});
afterAll(() => sim.stop());
beforeEach(() => {
  sim.setFaults({});
  sim.clearRequests();
});

describe('readDistrictApi', () => {
  it('covers every record of every collection exactly once when pages do not overlap', async () => {
    for (const collection of COLLECTIONS) {
      const { keys, pages } = await readAll(collection, 10);
      expect(keys).toEqual(keysOf(collection));
      expect(pages[0]).toBe(1);
      expect(pages.at(-1)).toBe(Math.ceil(keys.length / 10));
    }
  });

  it('passes on records repeated by overlapping pages and duplicates, and covers the rest once', async () => {
    sim.setFaults({ overlap: true, duplicates: { every: 3, count: 2 } });
    const { keys } = await readAll('visits', 12);
    const expected = keysOf('visits');
    expect(new Set(keys)).toEqual(new Set(expected));
    expect(keys.length).toBeGreaterThan(expected.length);
    // repeats only ever come right after the page they were first on: order holds once collapsed
    expect(keys.filter((k, i) => keys.indexOf(k) === i)).toEqual(expected);
    const repeated = sim.requests.reduce((n, r) => n + r.repeated, 0);
    const pages = sim.requests.filter((r) => r.status === 200).length;
    expect(keys.length - expected.length).toBe(repeated + pages - 1);
  });

  it('serves a record changed during the read again at the end', async () => {
    const reader = readDistrictApi({ baseUrl: sim.url, token, collection: 'enterprises', pageSize: 40 });
    const first = await reader.next();
    const original = sim.records('enterprises')[0]!;
    sim.upsert('enterprises', [{ ...original, name: '深圳市更名科技有限公司', updated_at: '2025-03-01T09:00:00+08:00' }]);
    const rest: { name: string; uscc: string }[] = [];
    for await (const page of reader) rest.push(...page.valid.map((v) => v.record));
    expect(first.done).toBe(false);
    expect(rest.at(-1)).toMatchObject({ uscc: original.uscc, name: '深圳市更名科技有限公司' });
  });

  it('reads only what changed since a cursor, inclusive of the cursor itself', async () => {
    const all = sim.records('projects');
    const since = String(all[all.length - 5]!.updated_at);
    const { keys } = await readAll('projects', 2, since);
    const expected = all.filter((r) => Date.parse(String(r.updated_at)) >= Date.parse(since));
    expect(keys).toEqual(expected.map((r) => recordKey('projects', r)));
    expect(keys.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps paging past poison pages, quarantining without losing good records', async () => {
    sim.setFaults({ poison: { every: 2 } });
    const { keys, invalid } = await readAll('enterprises', 25);
    expect(invalid).toBeGreaterThan(0);
    expect(keys).toEqual(keysOf('enterprises'));
  });
});
