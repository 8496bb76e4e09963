// One demand's life as the platform records it: created, then some of
// classified / transferred / progress, then resolved (with feedback and
// closing), withdrawn, or still open; sometimes reopened. Everything is drawn
// from a stream keyed by (seed, demand index), so any demand can be rebuilt
// alone: the feed never has to keep the whole history in memory.
import { DEMAND_CATEGORIES_CODES, type DemandCategoryCode, type DemandChannel } from '@liaison/schemas';
import { chance, int, pick, seededRand, weighted, type Rand } from '../demo-data/random.ts';
import { DAY_MS, shanghaiMs, toShanghaiDate, toShanghaiIso } from '../demo-data/time.ts';
import type { EnterpriseJson } from '../demo-data/types.ts';
import type { DemandEventBody } from './wire.ts';
import { DEPARTMENTS, PROGRESS_NOTES, REOPEN_REASONS, RESOLUTIONS, TOPICS, WITHDRAW_REASONS } from './vocabulary.ts';

/** Who raises demands: the demo enterprises of the district simulators. */
export type DemandEnterprise = Pick<EnterpriseJson, 'uscc' | 'name' | 'district'>;

/** Demands are created over 2023–2025; later events past the end are cut off. */
export const WINDOW_START_MS = shanghaiMs('2023-01-01');
export const WINDOW_END_MS = shanghaiMs('2026-01-01');
const HOUR_MS = 3600_000;

/** An event plus its instant, which the feed needs to order arrivals. */
export interface LifecycleEvent extends DemandEventBody {
  atMs: number;
}

const CATEGORY_WEIGHTS: Readonly<Record<DemandCategoryCode, number>> = {
  housing: 10,
  financing: 16,
  recruitment: 14,
  land_space: 12,
  policy: 20,
  permits: 10,
  infrastructure: 8,
  market: 7,
  other: 3,
};
const CHANNEL_WEIGHTS: Readonly<Record<DemandChannel, number>> = {
  visit: 35,
  platform: 30,
  association: 12,
  hotline: 15,
  publication: 8,
};
const SATISFACTION = { '5': 45, '4': 30, '3': 12, '2': 8, '1': 5 } as const;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Deterministic v4-shaped UUID from the stream (crypto.randomUUID is not seedable); table-driven, as it is the hot spot. */
function uuidFrom(rand: Rand): string {
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const w = Math.floor(rand() * 2 ** 32);
    b.push(w >>> 24, (w >>> 16) & 255, (w >>> 8) & 255, w & 255);
  }
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.map((x) => HEX[x]!);
  return `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-${h[10]}${h[11]}${h[12]}${h[13]}${h[14]}${h[15]}`;
}

/** The demand's creation instant: spread evenly by index over the window. */
function createdAt(rand: Rand, index: number, total: number): number {
  return officeHours(rand, WINDOW_START_MS + ((index + rand()) / total) * (WINDOW_END_MS - WINDOW_START_MS));
}

/** Staff record events 08:30–18:30 Shanghai time: an instant outside moves into the next such span. */
function officeHours(rand: Rand, ms: number): number {
  const dayStart = Math.floor((ms - WINDOW_START_MS) / DAY_MS) * DAY_MS + WINDOW_START_MS; // Shanghai midnight
  const open = dayStart + 8.5 * HOUR_MS;
  const close = dayStart + 18.5 * HOUR_MS;
  const at = ms < open ? open + rand() * 10 * HOUR_MS : ms > close ? open + DAY_MS + rand() * 10 * HOUR_MS : ms;
  return Math.floor(at / 1000) * 1000;
}

/** All events of demand `index` (of `total`), in occurred_at order. */
export function demandLifecycle(
  seed: number | string,
  index: number,
  total: number,
  enterprises: readonly DemandEnterprise[],
): LifecycleEvent[] {
  const rand = seededRand(seed, 'demand', String(index));
  let at = createdAt(rand, index, total);
  const demandId = `SQ${toShanghaiDate(at).slice(0, 4)}${String(index + 1).padStart(8, '0')}`;
  const events: LifecycleEvent[] = [];
  const add = (type: string, payload: Record<string, unknown>) => {
    events.push({ event_id: uuidFrom(rand), demand_id: demandId, type, occurred_at: toShanghaiIso(at), payload, atMs: at });
  };
  const later = (minDays: number, maxDays: number) => {
    at = officeHours(rand, at + (minDays + rand() * (maxDays - minDays)) * DAY_MS);
  };
  const deadline = (minDays: number, maxDays: number) => toShanghaiDate(at + int(rand, minDays, maxDays) * DAY_MS);

  const enterprise = pick(rand, enterprises);
  let category = weighted(rand, CATEGORY_WEIGHTS);
  add('created', {
    uscc: enterprise.uscc,
    enterprise_name: enterprise.name,
    district: enterprise.district,
    category,
    channel: weighted(rand, CHANNEL_WEIGHTS),
    title: `关于${pick(rand, TOPICS[category])}的诉求`,
    deadline: chance(rand, 0.55) ? deadline(15, 60) : null,
  });
  if (chance(rand, 0.85)) {
    later(0.05, 3);
    if (chance(rand, 0.15)) category = pick(rand, DEMAND_CATEGORIES_CODES);
    add('classified', { category, priority: chance(rand, 0.2) ? 'urgent' : 'normal' });
  }
  for (let n = chance(rand, 0.6) ? (chance(rand, 0.15) ? 2 : 1) : 0; n > 0; n--) {
    later(0.5, 5);
    add('transferred', { department: pick(rand, DEPARTMENTS[category]), deadline: deadline(10, 45) });
  }
  work(rand, add, later);
  return events.filter((e) => e.atMs < WINDOW_END_MS);
}

type Add = (type: string, payload: Record<string, unknown>) => void;
type Later = (minDays: number, maxDays: number) => void;

/** Progress, then an outcome; a reopened demand goes round once more. */
function work(rand: Rand, add: Add, later: Later, round = 0): void {
  for (let n = int(rand, 0, 3); n > 0; n--) {
    later(1, 15);
    add('progress', { note: pick(rand, PROGRESS_NOTES) });
  }
  const outcome = rand();
  if (outcome < (round === 0 ? 0.74 : 0.6)) {
    later(1, 40);
    add('resolved', { resolution: pick(rand, RESOLUTIONS) });
    if (chance(rand, 0.7)) {
      later(1, 10);
      add('feedback', { satisfaction: Number(weighted(rand, SATISFACTION)) });
    }
    if (round === 0 && chance(rand, 0.08)) return reopen(rand, add, later);
    if (chance(rand, 0.6)) {
      if (!chance(rand, 0.05)) later(1, 15); // sometimes closed in the same second: ties are real
      add('closed', {});
    }
  } else if (outcome < 0.82) {
    later(2, 60);
    add('withdrawn', { reason: pick(rand, WITHDRAW_REASONS) });
    if (round === 0 && chance(rand, 0.1)) reopen(rand, add, later);
  }
}

function reopen(rand: Rand, add: Add, later: Later): void {
  later(1, 20);
  add('reopened', { reason: pick(rand, REOPEN_REASONS) });
  work(rand, add, later, 1);
}
