// The generated feed: valid per the shared schema, deterministic, and with
// the delivery quirks sources.md §2 promises (duplicates, out-of-order
// arrival, lost `created`), plus paging that agrees with the whole.
import { describe, expect, it } from 'vitest';
import { demandEvent, DISTRICTS_CODES, foldDemands, type DemandEvent } from '@liaison/schemas';
import { demoRegistry } from '../demo-data/district.ts';
import { DemandFeed } from './feed.ts';
import type { WireDemandEvent } from './wire.ts';

const enterprises = demoRegistry({ seed: 7, districts: DISTRICTS_CODES, perDistrict: 40 });
const feed = new DemandFeed({ seed: 7, demands: 1500, enterprises });
const all = [...feed.all()];

function byDemand(events: readonly WireDemandEvent[]): Map<string, WireDemandEvent[]> {
  const out = new Map<string, WireDemandEvent[]>();
  for (const e of events) out.set(e.demand_id, [...(out.get(e.demand_id) ?? []), e]);
  return out;
}

describe('DemandFeed', () => {
  it('numbers events 1..n and every generated event passes the shared schema', () => {
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    const bad = all.filter((e) => !demandEvent.safeParse(e).success);
    expect(bad).toEqual([]);
  });

  it('is deterministic for a seed and differs for another', () => {
    const again = [...new DemandFeed({ seed: 7, demands: 1500, enterprises }).all()];
    expect(again).toEqual(all);
    const other = [...new DemandFeed({ seed: 8, demands: 1500, enterprises }).all()];
    expect(other.slice(0, 50)).not.toEqual(all.slice(0, 50));
  });

  it('pages through slice() to exactly the whole feed, with has_more false only at the end', () => {
    const fresh = new DemandFeed({ seed: 7, demands: 1500, enterprises });
    const paged: WireDemandEvent[] = [];
    let after = 0;
    for (;;) {
      const page = fresh.slice(after, 333);
      paged.push(...page.events);
      if (!page.hasMore) break;
      after = page.lastSeq;
    }
    expect(paged).toEqual(all);
    // random access on a cold feed gives the same events as reading from the start
    const middle = new DemandFeed({ seed: 7, demands: 1500, enterprises }).slice(4000, 50).events;
    expect(middle).toEqual(all.slice(4000, 4050));
    expect(feed.slice(all.length, 10)).toEqual({ events: [], lastSeq: all.length, hasMore: false });
  });

  it('re-delivers some events later with the same event_id and content', () => {
    const first = new Map<string, WireDemandEvent>();
    const repeats: [WireDemandEvent, WireDemandEvent][] = [];
    for (const e of all) {
      const seen = first.get(e.event_id);
      if (seen) repeats.push([seen, e]);
      else first.set(e.event_id, e);
    }
    expect(repeats.length).toBeGreaterThan(5);
    for (const [a, b] of repeats) {
      expect(b.seq).toBeGreaterThan(a.seq);
      expect({ ...b, seq: 0 }).toEqual({ ...a, seq: 0 });
    }
    expect(repeats.some(([a, b]) => b.seq - a.seq > 1000)).toBe(true); // on a later page of 1000
  });

  it('delivers some demands out of occurred_at order and loses a few `created` events', () => {
    const demands = byDemand(all);
    const outOfOrder = [...demands.values()].filter((evs) =>
      evs.some((e, i) => i > 0 && Date.parse(e.occurred_at) < Date.parse(evs[i - 1]!.occurred_at)),
    );
    const noCreated = [...demands.values()].filter((evs) => !evs.some((e) => e.type === 'created'));
    expect(outOfOrder.length).toBeGreaterThan(20);
    expect(noCreated.length).toBeGreaterThan(0);
    expect(noCreated.length).toBeLessThan(demands.size * 0.02);
  });

  it('raises demands from the demo enterprises, in Chinese, over 2023–2025', () => {
    const usccs = new Set(enterprises.map((e) => e.uscc));
    const created = all.filter((e) => e.type === 'created');
    for (const e of created) {
      expect(usccs.has(e.payload.uscc as string)).toBe(true);
      expect(e.payload.title).toMatch(/^关于.+的诉求$/);
    }
    const years = new Set(created.map((e) => e.occurred_at.slice(0, 4)));
    expect([...years].sort()).toEqual(['2023', '2024', '2025']);
    expect(all.every((e) => e.occurred_at.endsWith('+08:00'))).toBe(true);
  });

  it('folds into a plausible mix of resolved, open and withdrawn demands', () => {
    const events = all.map((e) => demandEvent.parse(e) as DemandEvent);
    const states = { resolved: 0, open: 0, withdrawn: 0 };
    for (const fold of foldDemands(events).values()) states[fold.state]++;
    const total = states.resolved + states.open + states.withdrawn;
    expect(states.resolved / total).toBeGreaterThan(0.5);
    expect(states.resolved / total).toBeLessThan(0.85);
    expect(states.open / total).toBeGreaterThan(0.08);
    expect(states.withdrawn / total).toBeGreaterThan(0.03);
    expect(all.some((e) => e.type === 'reopened')).toBe(true);
  });

  it('appends after the generated events and serves them next', () => {
    const small = new DemandFeed({ seed: 1, demands: 10, enterprises });
    const n = small.generatedCount();
    const [added] = small.append([{ event_id: 'x', type: 'escalated' }]);
    expect(added?.seq).toBe(n + 1);
    expect(small.slice(n, 10).events).toEqual([added]);
  });
});
