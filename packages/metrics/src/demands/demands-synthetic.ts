// Synthetic demand lifecycles for the cross-check test and the benchmark:
// created, then some of classified / transferred / progress, then resolved
// (feedback, closed, sometimes reopened and resolved again), withdrawn
// (sometimes reopened) or still open. Seeded, so a failure can be replayed.
// With `chaos`, lifecycles also lose their `created`, share instants, and
// have events stamped before their creation: the cases the fold must survive.
import { DEMAND_CATEGORIES_CODES, DEMAND_CHANNELS, DISTRICTS_CODES } from '@liaison/schemas';
import type { DemandEvent, DemandEventType, DemandPayload } from '@liaison/schemas';

export type Rand = () => number;

/** mulberry32: small, fast, good enough to draw test data from. */
export function seededRand(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const DEPARTMENTS = ['市工信局', '市发改委', '市人社局', '市规划和自然资源局', '市住建局', '市市场监管局', '区投资推广署', '区税务局'];
const DAY = 86_400_000;
const START = Date.parse('2023-01-01T00:00:00+08:00');

function uuid(rand: Rand): string {
  const b = Array.from({ length: 16 }, () => Math.floor(rand() * 256));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.map((x) => HEX[x]);
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
}

const isoDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

export interface SyntheticOptions {
  rand: Rand;
  /** Demand ids are `D-{index}`, zero-padded so they sort by creation. */
  firstIndex: number;
  count: number;
  /**
   * Time between successive creations (the platform's ids grow with time):
   * default 63 s, so ~1.5 M demands span three years from 2023-01-01 CST.
   */
  spacingMs?: number;
  chaos?: boolean;
}

/** Events of `count` demands in generation order, seq 0 (the caller numbers arrivals). */
export function syntheticDemandEvents(o: SyntheticOptions): DemandEvent[] {
  const { rand } = o;
  const out: DemandEvent[] = [];
  for (let i = o.firstIndex; i < o.firstIndex + o.count; i++) {
    const demandId = `D-${String(i).padStart(9, '0')}`;
    const life: DemandEvent[] = [];
    const spacing = o.spacingMs ?? 63_000;
    let t = START + i * spacing + Math.floor(rand() * spacing);
    const at = (maxDays: number) => (t += o.chaos && rand() < 0.08 ? 0 : Math.floor(rand() * maxDays * DAY) + 60_000);
    const ev = <T extends DemandEventType>(type: T, ms: number, payload: DemandPayload<T>) =>
      life.push({
        seq: 0,
        event_id: uuid(rand),
        demand_id: demandId,
        type,
        occurred_at: new Date(ms).toISOString(),
        payload,
      } as DemandEvent);
    ev('created', t, {
      uscc: '91440300MA5DC6QX8G',
      enterprise_name: `深圳示例企业${i % 997}有限公司`,
      district: pick(rand, DISTRICTS_CODES),
      category: pick(rand, DEMAND_CATEGORIES_CODES),
      channel: pick(rand, DEMAND_CHANNELS),
      title: `关于用地与融资的诉求（联系人：张三）#${i}`,
      deadline: rand() < 0.6 ? isoDate(t + (5 + Math.floor(rand() * 55)) * DAY) : null,
    });
    if (rand() < 0.6)
      ev('classified', at(2), { category: pick(rand, DEMAND_CATEGORIES_CODES), priority: rand() < 0.2 ? 'urgent' : 'normal' });
    for (let k = Math.floor(rand() * 3); k > 0; k--) {
      ev('transferred', at(5), { department: pick(rand, DEPARTMENTS), deadline: isoDate(t + (5 + Math.floor(rand() * 40)) * DAY) });
    }
    for (let k = Math.floor(rand() * 6); k > 0; k--) ev('progress', at(10), { note: `已联系李四跟进 ${k}` });
    const outcome = rand();
    if (outcome < 0.65) {
      ev('resolved', at(60), { resolution: '已协调解决' });
      if (rand() < 0.6) ev('feedback', at(5), { satisfaction: 1 + Math.floor(rand() * 5) });
      if (rand() < 0.5) ev('closed', at(3), {});
      if (rand() < 0.15) {
        ev('reopened', at(20), { reason: '企业反映问题仍存在' });
        if (rand() < 0.6) ev('resolved', at(30), { resolution: '再次协调' });
        if (rand() < 0.4) ev('feedback', at(5), { satisfaction: 1 + Math.floor(rand() * 5) });
      }
    } else if (outcome < 0.75) {
      ev('withdrawn', at(30), { reason: '企业撤回' });
      if (rand() < 0.25) {
        ev('reopened', at(20), { reason: '企业重新提出' });
        if (rand() < 0.5) ev('resolved', at(30), { resolution: '已解决' });
      }
    }
    if (o.chaos) {
      if (rand() < 0.05) life.shift(); // its `created` never arrives
      const stray = life[1 + Math.floor(rand() * Math.max(0, life.length - 1))];
      if (stray && rand() < 0.05) stray.occurred_at = new Date(Date.parse(life[0]!.occurred_at) - DAY).toISOString();
    }
    out.push(...life);
  }
  return out;
}

/** Shuffles arrivals (Fisher–Yates) and numbers them: seq order is not occurred_at order. */
export function arrive(events: DemandEvent[], rand: Rand, firstSeq = 1): DemandEvent[] {
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [events[i], events[j]] = [events[j] as DemandEvent, events[i] as DemandEvent];
  }
  events.forEach((e, i) => {
    e.seq = firstSeq + i;
  });
  return events;
}
