// Reading the whole feed page by page from the simulator: every event
// arrives, re-deliveries come on later pages and collapse by event_id, and
// arrival order differs from occurred_at order as sources.md §2 warns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemandEvent } from '@liaison/schemas';
import { startDemandPlatformSimulator, type DemandPlatformSimulator } from '@liaison/simulators';
import { readDemandEvents } from './read.ts';
import type { DemandEventsPageResult } from './fetch-page.ts';

let sim: DemandPlatformSimulator;
const pages: DemandEventsPageResult[] = [];

beforeAll(async () => {
  sim = await startDemandPlatformSimulator({ apiKey: 'k', secret: 's', seed: 5, demands: 800 });
  for await (const page of readDemandEvents({ baseUrl: sim.url, apiKey: 'k', secret: 's', limit: 500 })) pages.push(page);
});
afterAll(() => sim.stop());

describe('readDemandEvents', () => {
  it('yields every event of the feed once per delivery, then stops', () => {
    const records = pages.flatMap((p) => p.valid.map((v) => v.record));
    expect(records.map((r) => r.seq)).toEqual(sim.events.map((e) => e.seq));
    expect(pages.every((p) => p.invalid.length === 0)).toBe(true);
    expect(pages.at(-1)).toMatchObject({ hasMore: false, next: null, lastSeq: sim.events.length });
    expect(pages.slice(0, -1).every((p) => p.received === 500 && p.next === String(p.lastSeq))).toBe(true);
  });

  it('delivers duplicates on later pages, which dedupe by event_id', () => {
    const pageOf = new Map<string, number>();
    let acrossPages = 0;
    pages.forEach((p, n) => {
      for (const { record } of p.valid) {
        const first = pageOf.get(record.event_id);
        if (first === undefined) pageOf.set(record.event_id, n);
        else if (first < n) acrossPages++;
      }
    });
    expect(acrossPages).toBeGreaterThan(0);
    expect(pageOf.size).toBe(new Set(sim.events.map((e) => e.event_id)).size);
    expect(pages.reduce((n, p) => n + p.duplicates, 0)).toBeGreaterThan(0); // some repeat within a page too
  });

  it('has demands whose events arrive out of occurred_at order, and keeps Chinese text intact', () => {
    const byDemand = new Map<string, DemandEvent[]>();
    for (const p of pages)
      for (const { record } of p.valid) byDemand.set(record.demand_id, [...(byDemand.get(record.demand_id) ?? []), record]);
    const outOfOrder = [...byDemand.values()].filter((es) => es.some((e, i) => i > 0 && e.occurred_at < es[i - 1]!.occurred_at));
    expect(outOfOrder.length).toBeGreaterThan(0);
    const wireNames = sim.events.filter((e) => e.type === 'created').map((e) => e.payload.enterprise_name);
    const readNames = pages
      .flatMap((p) => p.valid.map((v) => v.record))
      .flatMap((r) => (r.type === 'created' ? [r.payload.enterprise_name] : []));
    expect(readNames).toEqual(wireNames);
    expect(readNames.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
  });
});
